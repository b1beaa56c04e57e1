# rectrack — GNU make.
#
#   make             build build/rectrack
#   make check       the layers' check, every unit and CLI test, the help's
#                    examples, README.md's session, the HTML report rendered in headless
#                    Chromium, and check-pg
#   make check-pg    the CLI transcripts and the store's contract tests
#                    against a throw-away PostgreSQL server (skipped when
#                    its programs are missing)
#   make check-san   the same, built with AddressSanitizer and
#                    UndefinedBehaviorSanitizer, in build/san
#   make check-valgrind  the CLI tests with rectrack under valgrind
#                    memcheck: no memory error, no leak
#   make check-reliability  kill imports and commands with SIGKILL, run
#                    4 writers at once; the database stays whole
#   make fuzz        each libFuzzer harness for FUZZ_SECONDS (default 60),
#                    built with clang in build/fuzz
#   make demo        load the example data into build/demo and print it
#   make bench       the benchmark (BENCH_N recommendations, default
#                    1000000), each figure beside its floor
#   make check-layers  the layers' rules, from the includes and the
#                    objects (docs/architecture.md)
#   make install     PREFIX=/usr/local DESTDIR= (the program, the man page,
#                    the bash, zsh and fish completion scripts)
#   make uninstall   remove what make install put there
#   make deps        install the Debian packages the build and the tests
#                    need (as root), and the npm packages of tests/oscal
#                    (tests/oscal/package-lock.json); no other target
#                    installs anything
#   make clean
#
# SAN=1 builds with the sanitizers in build/san unless BUILD is given.

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
MANDIR  ?= $(PREFIX)/share/man
# where bash-completion, zsh and fish look for completion scripts
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  ?= $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d
BUILD   ?= $(if $(filter 1,$(SAN)),build/san,build)
CC      ?= cc
PKG_CONFIG ?= pkg-config

# pkg-config module = Debian package that provides it
LIBS_PKG  = sqlite3=libsqlite3-dev yaml-0.1=libyaml-dev libpq=libpq-dev \
            libcrypto=libssl-dev xlsxwriter=libxlsxwriter-dev \
            jansson=libjansson-dev
TEST_PKG  = cmocka=libcmocka-dev
# commands the tests use
TEST_CMDS = sqlite3=sqlite3 python3=python3 chromium=chromium \
            psql=postgresql-client pg_ctlcluster=postgresql node=nodejs \
            npm=npm
# Python modules the tests use (python3, else Debian's /usr/bin/python3)
TEST_PY   = yaml=python3-yaml openpyxl=python3-openpyxl

WARN     = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wformat=2 -Wno-format-nonliteral
OPT      = -O2 -g
ifeq ($(SAN),1)
OPT      = -O1 -g -fno-omit-frame-pointer \
           -fsanitize=address,undefined -fno-sanitize-recover=all
endif
ifeq ($(WERROR),1)
WARN    += -Werror
endif

# pkg-config runs once per make (the results are passed on to the makes
# this one starts); a missing module is named by deps-check.
PKG_MODULES = sqlite3 yaml-0.1 libpq libcrypto xlsxwriter jansson
ifndef RT_PKG_DONE
RT_PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKG_MODULES) 2>/dev/null)
RT_PKG_LIBS   := $(shell $(PKG_CONFIG) --libs $(PKG_MODULES) 2>/dev/null)
RT_CMOCKA_CFLAGS := $(shell $(PKG_CONFIG) --cflags cmocka 2>/dev/null)
RT_CMOCKA_LIBS   := $(shell $(PKG_CONFIG) --libs cmocka 2>/dev/null)
RT_PKG_DONE := 1
endif
export RT_PKG_CFLAGS RT_PKG_LIBS RT_CMOCKA_CFLAGS RT_CMOCKA_LIBS RT_PKG_DONE

ALL_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -Isrc -I$(BUILD) $(CPPFLAGS)
ALL_CFLAGS   = -std=c11 $(OPT) $(WARN) -MMD -MP $(RT_PKG_CFLAGS) $(CFLAGS)
ALL_LDFLAGS  = $(OPT) $(LDFLAGS)
LIBS         = $(RT_PKG_LIBS) -lm
CMOCKA_LIBS  = $(RT_CMOCKA_LIBS)

SCHEMA   = $(sort $(wildcard schema/*.sql))
PG_SCHEMA = $(sort $(wildcard schema/postgresql/*.sql))
# The layers (docs/architecture.md): src/cli is the program, the rest
# the library the tests link.
ALL_SRC  = $(sort $(wildcard src/*/*.c src/*/*/*.c))
CLI_SRC  = $(sort $(wildcard src/cli/*.c))
LIB_SRC  = $(filter-out $(CLI_SRC),$(ALL_SRC))
LIB_OBJ  = $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/schema_sql.o
CLI_OBJ  = $(CLI_SRC:src/%.c=$(BUILD)/obj/%.o)
UNIT_SRC = $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
CLI_TESTS = $(sort $(wildcard tests/cli/*.t))

.PHONY: all check check-unit check-cli check-html check-san demo bench \
        install uninstall clean deps deps-check deps-check-test check-layers
.PHONY: fuzz

all: deps-check $(BUILD)/rectrack

# ---- dependencies -------------------------------------------------------

# Stop with the package to install when a library is missing.
deps-check:
	@command -v $(PKG_CONFIG) >/dev/null 2>&1 || { \
	  echo "Makefile: pkg-config is missing: apt-get install pkg-config (or: make deps)" >&2; exit 1; }
	@for p in $(LIBS_PKG); do \
	  $(PKG_CONFIG) --exists $${p%%=*} || { \
	    echo "Makefile: library $${p%%=*} is missing: apt-get install $${p#*=} (or: make deps)" >&2; exit 1; }; \
	done

# Shell that sets $$missing to the Debian packages of the test
# libraries, commands and Python modules that are not there.
MISSING_TEST = \
	for p in $(TEST_PKG); do \
	  $(PKG_CONFIG) --exists $${p%%=*} 2>/dev/null || missing="$$missing $${p\#*=}"; \
	done; \
	for c in $(TEST_CMDS); do \
	  command -v $${c%%=*} >/dev/null 2>&1 || missing="$$missing $${c\#*=}"; \
	done; \
	for m in $(TEST_PY); do \
	  python3 -c "import $${m%%=*}" >/dev/null 2>&1 || \
	  /usr/bin/python3 -c "import $${m%%=*}" >/dev/null 2>&1 || \
	  missing="$$missing $${m\#*=}"; \
	done

# Stop with the packages to install when something the tests use is
# missing (make deps installs them).
deps-check-test: deps-check
	@missing=""; $(MISSING_TEST); \
	if [ -n "$$missing" ]; then \
	  echo "Makefile: the tests need:$$missing; install them: apt-get install$$missing (or, as root: make deps)" >&2; exit 1; \
	fi
	@[ -f tests/oscal/node_modules/ajv-formats/package.json ] || { \
	  echo "Makefile: the tests need the npm packages of tests/oscal (Ajv, to validate OSCAL documents): npm ci --prefix tests/oscal (or: make deps)" >&2; exit 1; }

# Install what is missing (build and test packages) with apt-get; as
# root only.  Does nothing when everything is there.
deps:
	@missing=""; \
	command -v $(PKG_CONFIG) >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	for p in $(LIBS_PKG); do \
	  $(PKG_CONFIG) --exists $${p%%=*} 2>/dev/null || missing="$$missing $${p#*=}"; \
	done; \
	$(MISSING_TEST); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" != 0 ]; then \
	    echo "Makefile: missing packages:$$missing; run as root: apt-get install$$missing" >&2; exit 1; \
	  fi; \
	  echo "installing:$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi
	@[ -f tests/oscal/node_modules/ajv-formats/package.json ] || \
	  npm ci --prefix tests/oscal --no-audit --no-fund

# ---- build --------------------------------------------------------------

$(BUILD)/rectrack: $(CLI_OBJ) $(LIB_OBJ)
	$(CC) $(ALL_LDFLAGS) -o $@ $(CLI_OBJ) $(LIB_OBJ) $(LIBS)

$(BUILD)/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/obj/schema_sql.o: $(BUILD)/schema_sql.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

# The schema scripts, embedded as byte arrays (NUL-terminated), in order:
# rt_schema (SQLite) and rt_pg_schema (PostgreSQL).
$(BUILD)/schema_sql.c: $(SCHEMA) $(PG_SCHEMA) Makefile
	@mkdir -p $(@D)
	@{ echo '/* generated from the schema scripts by the Makefile: do not edit */'; \
	  echo '#include "store/schema.h"'; \
	  for set in "rt_schema:$(SCHEMA)" "rt_pg_schema:$(PG_SCHEMA)"; do \
	    name=$${set%%:*}; files=$${set#*:}; i=0; \
	    for f in $$files; do \
	      echo "static const unsigned char $${name}_$$i[] = {"; \
	      od -An -v -tx1 $$f | sed -e 's/[0-9a-f][0-9a-f]/0x&,/g'; \
	      echo '0x00};'; i=$$((i+1)); \
	    done; \
	    echo "const struct rt_schema_script $$name[] = {"; \
	    i=0; for f in $$files; do \
	      echo "	{ \"$$f\", (const char *)$${name}_$$i },"; i=$$((i+1)); \
	    done; \
	    echo '	{ 0, 0 }'; \
	    echo '};'; \
	    echo "const int $${name}_count = $$i;"; \
	  done; \
	} > $@.tmp && mv $@.tmp $@

# ---- tests --------------------------------------------------------------

$(BUILD)/tests/%: tests/unit/%.c tests/unit/harness.h $(LIB_OBJ)
	@mkdir -p $(@D)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) \
	  -Itests/unit $(RT_CMOCKA_CFLAGS) \
	  -o $@ $< $(LIB_OBJ) $(ALL_LDFLAGS) $(LIBS) $(CMOCKA_LIBS)

check: deps-check-test
	@$(MAKE) --no-print-directory check-layers check-unit check-cli \
	  check-help check-readme check-html check-pg

check-unit: all $(UNIT_BIN)
	@fail=0; for t in $(UNIT_BIN); do \
	  $$t || fail=1; \
	done; \
	[ $$fail = 0 ] || { echo "unit tests failed" >&2; exit 1; }

check-cli: all
	@sh tests/cli/run.sh $(BUILD)/rectrack $(CLI_TESTS)

# Every command's --help, each of its examples run against the example
# data, and the zsh and fish completion scripts (where those shells are
# installed; the bash script is tested by tests/cli/completion.t).
.PHONY: check-help
check-help: all
	@sh tests/help/examples.sh $(BUILD)/rectrack
	@sh tests/help/shells.sh $(BUILD)/rectrack

# The layers' rules (docs/architecture.md) from the includes and the
# objects; fails with one line per violation.
check-layers: all
	@sh tests/layers/run.sh $(BUILD)

# README.md's session, run as printed: the output it shows is what
# rectrack prints.
.PHONY: check-readme
check-readme: all
	@sh tests/readme/run.sh $(BUILD)/rectrack

# The HTML report rendered by headless Chromium; keeps
# $(BUILD)/outstanding.png.
check-html: all
	@sh tests/html/run.sh $(BUILD)

check-san: deps-check-test
	@$(MAKE) --no-print-directory BUILD=$(BUILD)/san SAN=1 check-unit check-cli \
	  check-pg

# The same CLI transcripts against a throw-away PostgreSQL server, and the
# scenarios of tests/pg (roles, copy, concurrent writers); skipped, and
# said so, when the server programs are not installed
# (RECTRACK_REQUIRE_PG=1 makes that a failure).  Left out: the
# transcripts about the SQLite file itself (backup, check, hostile, init,
# concurrency, config: where the file is found), and history.t and
# closure-doc.t, which record changes under several --actor names: on a
# server the actor is the database user (tests/pg/roles.t.sh).
PG_SKIP   = backup.t check.t hostile.t init.t concurrency.t config.t \
            history.t closure-doc.t
PG_SKIP  += paths.t
PG_TESTS  = $(filter-out $(addprefix tests/cli/,$(PG_SKIP)),$(CLI_TESTS))
.PHONY: check-pg
check-pg: all
	@sh tests/pg/run.sh $(BUILD) $(PG_TESTS)

# The CLI tests with every rectrack run under valgrind memcheck: no
# memory error and no leak (tests/valgrind/run.sh).  Slow: 40 minutes
# and more on 2 cores; RECTRACK_VALGRIND_PART=K/N runs one part of the
# files.
.PHONY: check-valgrind
check-valgrind: all
	@sh tests/valgrind/run.sh $(BUILD) $(CLI_TESTS)

# Crash safety and concurrent writers (docs/reliability.md): an import of
# KILL_N recommendations and bursts of commands killed with SIGKILL, then
# 4 writers at once.  About a minute; the import is smaller with SAN=1.
KILL_N ?= $(if $(filter 1,$(SAN)),5000,20000)
.PHONY: check-reliability
check-reliability: all
	@sh tests/reliability/kill-import.sh $(BUILD) $(KILL_N)
	@sh tests/reliability/kill-evidence.sh $(BUILD)
	@sh tests/reliability/kill-burst.sh $(BUILD)
	@sh tests/reliability/concurrent-writers.sh $(BUILD)

# ---- fuzzing --------------------------------------------------------------

# make fuzz FUZZ_SECONDS=60: each libFuzzer harness (tests/fuzz/*.c) for
# that long, built with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in $(BUILD)/fuzz (see docs/reliability.md).
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_FLAGS    = -g -O1 -fno-omit-frame-pointer \
                -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_BIN      = $(patsubst tests/fuzz/%.c,$(BUILD)/fuzz/%,\
                $(sort $(wildcard tests/fuzz/*.c)))
FUZZ_OBJ      = $(LIB_SRC:src/%.c=$(BUILD)/fuzz/obj/%.o) \
                $(BUILD)/fuzz/obj/schema_sql.o

.SECONDARY: $(FUZZ_OBJ)

$(BUILD)/fuzz/obj/%.o: src/%.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(ALL_CPPFLAGS) -std=c11 $(FUZZ_FLAGS) \
	  -fsanitize=fuzzer-no-link -MMD -MP \
	  $(RT_PKG_CFLAGS) -c -o $@ $<

$(BUILD)/fuzz/obj/schema_sql.o: $(BUILD)/schema_sql.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(ALL_CPPFLAGS) -std=c11 $(FUZZ_FLAGS) -c -o $@ $<

$(BUILD)/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz.h $(FUZZ_OBJ)
	$(FUZZ_CC) $(ALL_CPPFLAGS) -std=c11 $(FUZZ_FLAGS) -fsanitize=fuzzer \
	  $(WARN) -o $@ $< $(FUZZ_OBJ) $(LIBS)

fuzz: deps-check
	@command -v $(FUZZ_CC) >/dev/null 2>&1 || { \
	  echo "Makefile: $(FUZZ_CC) is missing: apt-get install clang" >&2; exit 1; }
	@$(MAKE) --no-print-directory $(FUZZ_BIN)
	@sh tests/fuzz/run.sh $(BUILD)/fuzz $(FUZZ_SECONDS) $(FUZZ_BIN)

-include $(wildcard $(BUILD)/fuzz/obj/*.d $(BUILD)/fuzz/obj/*/*.d \
  $(BUILD)/fuzz/obj/*/*/*.d)

# ---- example --------------------------------------------------------------

demo: deps-check
	@$(MAKE) --no-print-directory all
	@rm -rf $(BUILD)/demo && mkdir -p $(BUILD)/demo
	@$(BUILD)/rectrack --db $(BUILD)/demo/rectrack.db init
	@$(BUILD)/rectrack --db $(BUILD)/demo/rectrack.db --actor demo \
	  import config/examples/port-of-entry.yaml
	@echo
	@$(BUILD)/rectrack --db $(BUILD)/demo/rectrack.db report list
	@echo
	@$(BUILD)/rectrack --db $(BUILD)/demo/rectrack.db list
	@echo
	@echo "rectrack is $(abspath $(BUILD))/rectrack; to type 'rectrack ...' as"
	@echo "README.md does, put it on your PATH, for this shell:"
	@echo '  export PATH="$(abspath $(BUILD)):$$PATH"'
	@echo "or for good (~/.local/bin on PATH): make install PREFIX=~/.local"
	@echo "The example database: rectrack --db $(BUILD)/demo/rectrack.db list"

# ---- benchmark ----------------------------------------------------------

BENCH_N   ?= 1000000
BENCH_BIN  = $(BUILD)/bench/measure $(BUILD)/bench/floor_parse \
             $(BUILD)/bench/floor_insert

$(BUILD)/bench/%: tests/bench/%.c
	@mkdir -p $(@D)
	$(CC) -O2 -g -Wall -Wextra $(RT_PKG_CFLAGS) \
	  -o $@ $< $(LIBS)

bench: deps-check
	@$(MAKE) --no-print-directory all $(BENCH_BIN)
	@sh tests/bench/run.sh $(BUILD) $(BENCH_N)

# ---- install ------------------------------------------------------------

# The completion scripts, written by the program from its command table.
COMPLETIONS = $(BUILD)/completion/rectrack.bash $(BUILD)/completion/_rectrack \
              $(BUILD)/completion/rectrack.fish

$(BUILD)/completion/rectrack.bash: $(BUILD)/rectrack
	@mkdir -p $(@D)
	$(BUILD)/rectrack completion bash > $@.tmp && mv $@.tmp $@
$(BUILD)/completion/_rectrack: $(BUILD)/rectrack
	@mkdir -p $(@D)
	$(BUILD)/rectrack completion zsh > $@.tmp && mv $@.tmp $@
$(BUILD)/completion/rectrack.fish: $(BUILD)/rectrack
	@mkdir -p $(@D)
	$(BUILD)/rectrack completion fish > $@.tmp && mv $@.tmp $@

install: all $(COMPLETIONS)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	  $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR)
	install -m 755 $(BUILD)/rectrack $(DESTDIR)$(BINDIR)/rectrack
	install -m 644 docs/rectrack.1 $(DESTDIR)$(MANDIR)/man1/rectrack.1
	install -m 644 $(BUILD)/completion/rectrack.bash \
	  $(DESTDIR)$(BASHCOMPDIR)/rectrack
	install -m 644 $(BUILD)/completion/_rectrack \
	  $(DESTDIR)$(ZSHCOMPDIR)/_rectrack
	install -m 644 $(BUILD)/completion/rectrack.fish \
	  $(DESTDIR)$(FISHCOMPDIR)/rectrack.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/rectrack $(DESTDIR)$(MANDIR)/man1/rectrack.1 \
	  $(DESTDIR)$(BASHCOMPDIR)/rectrack $(DESTDIR)$(ZSHCOMPDIR)/_rectrack \
	  $(DESTDIR)$(FISHCOMPDIR)/rectrack.fish

clean:
	rm -rf $(BUILD)

-include $(wildcard $(BUILD)/obj/*.d $(BUILD)/obj/*/*.d \
  $(BUILD)/obj/*/*/*.d $(BUILD)/tests/*.d)
