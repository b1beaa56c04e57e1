/*
 * Unit tests of the configuration (src/core/config.c,
 * src/formats/config_file.c): loading from strings and files, every
 * refusal with its exact message, and the lookup order of the file.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness.h"

#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/config.h"
#include "formats/config_file.h"

#define TOP_KEYS "database, actor, fiscal_year_start_month, " \
    "resolution_deadline_days, aging_buckets_days, require, vocabulary, follow_up, evidence, " \
    "csv, oscal"
#define NOT_MAP "must be a mapping with the keys " TOP_KEYS

/* ---- helpers ------------------------------------------------------------ */

static void
load_ok(struct rt_config *cfg, const char *text)
{
	struct rt_error *err;

	err = rt_config_load_string(cfg, "t.yaml", text, strlen(text));
	if (err != NULL)
		fail_msg("unexpected error: %s", err->msg);
}

static void
assert_defaults(const struct rt_config *cfg)
{
	assert_null(cfg->database);
	assert_null(cfg->actor);
	assert_int_equal(cfg->fy_start_month, 10);
	assert_int_equal(cfg->resolution_deadline_days, 183);
	assert_int_equal(cfg->nbuckets, 4);
	assert_int_equal(cfg->buckets[0], 183);
	assert_int_equal(cfg->buckets[1], 365);
	assert_int_equal(cfg->buckets[2], 730);
	assert_int_equal(cfg->buckets[3], 1826);
	assert_int_equal(cfg->require_resolve, RT_REQ_TARGET_DATE);
	assert_int_equal(cfg->require_close_implemented, 0);
	assert_int_equal(cfg->follow_up.due_within_days, 30);
	assert_int_equal(cfg->follow_up.escalate_after_days, 30);
	assert_null(cfg->follow_up.from);
	assert_int_equal(cfg->follow_up.ncc, 0);
	assert_int_equal(cfg->follow_up.nagency_cc, 0);
	assert_null(cfg->follow_up.sendmail);
	assert_int_equal(cfg->require_approval, 0);
	assert_int_equal(cfg->require_separate_approver, 0);
	assert_true(cfg->evidence_max_file == (int64_t)50 << 20);
	assert_true(cfg->evidence_max_total == 0);
}

/* Loading text over the defaults fails with exactly msg; cfg unchanged. */
static void
check_err(const char *text, const char *msg)
{
	struct rt_config cfg;
	struct rt_error *err;

	rt_config_defaults(&cfg);
	err = rt_config_load_string(&cfg, "t.yaml", text, strlen(text));
	assert_non_null(err);
	assert_string_equal(err->msg, msg);
	assert_int_equal(err->code, RT_EINVAL);
	rt_error_free(err);
	assert_null(cfg.path);
	assert_defaults(&cfg);
}

/* A scratch directory per test, and the files made in it. */
static char dir[64];
static char *made[16];
static size_t nmade;
static char *saved_cwd, *saved_env[3];
static const char *const env_names[3] = {
	"RECTRACK_CONFIG", "XDG_CONFIG_HOME", "HOME"
};

/* dir/rel as a new string, remembered for removal. */
static char *
make_path(const char *rel)
{
	struct rt_buf b = { 0 };

	assert_int_equal(rt_buf_printf(&b, "%s/%s", dir, rel), 0);
	assert_true(nmade < sizeof(made) / sizeof(made[0]));
	return made[nmade++] = b.s;
}

static const char *
make_dir(const char *rel)
{
	const char *p = make_path(rel);

	assert_int_equal(mkdir(p, 0700), 0);
	return p;
}

static const char *
make_file(const char *rel, const char *text)
{
	const char *p = make_path(rel);
	FILE *fp;

	assert_non_null(fp = fopen(p, "w"));
	assert_int_equal(fputs(text, fp) >= 0, 1);
	assert_int_equal(fclose(fp), 0);
	return p;
}

static int
setup_dir(void **state)
{
	size_t i;

	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/rt_config.XXXXXX");
	if (mkdtemp(dir) == NULL || (saved_cwd = getcwd(NULL, 0)) == NULL)
		return -1;
	for (i = 0; i < 3; i++)
		saved_env[i] = rt_strdup(getenv(env_names[i]));
	unsetenv("RECTRACK_CONFIG");
	unsetenv("XDG_CONFIG_HOME");
	return chdir(dir);
}

static int
teardown_dir(void **state)
{
	int rc = 0;
	size_t i;

	(void)state;
	rc |= chdir(saved_cwd);
	free(saved_cwd);
	for (i = 0; i < 3; i++) {
		if (saved_env[i] != NULL)
			rc |= setenv(env_names[i], saved_env[i], 1);
		else
			rc |= unsetenv(env_names[i]);
		free(saved_env[i]);
	}
	while (nmade > 0) {
		nmade--;
		if (remove(made[nmade]) == -1)
			rc = -1;
		free(made[nmade]);
	}
	return rc | rmdir(dir);
}

/* ---- loading ------------------------------------------------------------ */

static void
test_defaults(void **state)
{
	struct rt_config cfg;

	(void)state;
	memset(&cfg, 0xa5, sizeof(cfg));
	rt_config_defaults(&cfg);
	assert_null(cfg.path);
	assert_defaults(&cfg);
	rt_config_free(&cfg);
}

static void
test_empty(void **state)
{
	static const char *const texts[] = {
		"", "# nothing but a comment\n", "---\n", "--- ~\n...\n",
		"null\n", "%YAML 1.1\n---\n",
	};
	struct rt_config cfg;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		rt_config_defaults(&cfg);
		load_ok(&cfg, texts[i]);
		assert_string_equal(cfg.path, "t.yaml");
		assert_defaults(&cfg);
		rt_config_free(&cfg);
	}
}

static void
test_full_block(void **state)
{
	struct rt_config cfg;

	(void)state;
	rt_config_defaults(&cfg);
	load_ok(&cfg,
	    "# every key\n"
	    "database: /var/db/recs.db\n"
	    "actor: \"audit followup\"\n"
	    "fiscal_year_start_month: 1\n"
	    "resolution_deadline_days: 36500\n"
	    "aging_buckets_days:\n"
	    "  - 30\n"
	    "  - 90\n"
	    "  - 36500\n"
	    "require:\n"
	    "  resolve:\n"
	    "    - official\n"
	    "    - corrective_action\n"
	    "  close_implemented:\n"
	    "    - evidence\n");
	assert_string_equal(cfg.path, "t.yaml");
	assert_string_equal(cfg.database, "/var/db/recs.db");
	assert_string_equal(cfg.actor, "audit followup");
	assert_int_equal(cfg.fy_start_month, 1);
	assert_int_equal(cfg.resolution_deadline_days, 36500);
	assert_int_equal(cfg.nbuckets, 3);
	assert_int_equal(cfg.buckets[0], 30);
	assert_int_equal(cfg.buckets[1], 90);
	assert_int_equal(cfg.buckets[2], 36500);
	assert_int_equal(cfg.require_resolve,
	    RT_REQ_OFFICIAL | RT_REQ_CORRECTIVE_ACTION);
	assert_int_equal(cfg.require_close_implemented, RT_REQ_EVIDENCE);
	rt_config_free(&cfg);
}

static void
test_full_flow(void **state)
{
	struct rt_config cfg;
	size_t i;

	(void)state;
	rt_config_defaults(&cfg);
	load_ok(&cfg, "{database: 'null', actor: ~x, fiscal_year_start_month: "
	    "12, require: {resolve: [], close_implemented: [evidence]}, "
	    "aging_buckets_days: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, "
	    "14, 15, 16]}");
	assert_string_equal(cfg.database, "null");	/* quoted: a name */
	assert_string_equal(cfg.actor, "~x");
	assert_int_equal(cfg.fy_start_month, 12);
	assert_int_equal(cfg.resolution_deadline_days, 183);
	assert_int_equal(cfg.nbuckets, RT_MAX_BUCKETS);
	for (i = 0; i < RT_MAX_BUCKETS; i++)
		assert_int_equal(cfg.buckets[i], (int)i + 1);
	assert_int_equal(cfg.require_resolve, 0);	/* [] replaces */
	assert_int_equal(cfg.require_close_implemented, RT_REQ_EVIDENCE);
	rt_config_free(&cfg);
}

/* A second load changes only what it names, and takes the new path. */
static void
test_load_over(void **state)
{
	struct rt_config cfg;
	const char *text;

	(void)state;
	rt_config_defaults(&cfg);
	load_ok(&cfg, "actor: a\ndatabase: one.db\nrequire:\n  resolve: []\n");
	text = "database: two.db\nrequire: {}\n";
	assert_null(rt_config_load_string(&cfg, "u.yaml", text, strlen(text)));
	assert_string_equal(cfg.path, "u.yaml");
	assert_string_equal(cfg.database, "two.db");
	assert_string_equal(cfg.actor, "a");
	assert_int_equal(cfg.require_resolve, 0);
	text = "fiscal_year_start_month: 3\n";
	assert_null(rt_config_load_string(&cfg, "v.yaml", text, strlen(text)));
	assert_string_equal(cfg.path, "v.yaml");
	assert_string_equal(cfg.database, "two.db");
	assert_string_equal(cfg.actor, "a");
	assert_int_equal(cfg.fy_start_month, 3);
	assert_int_equal(cfg.require_resolve, 0);
	rt_config_free(&cfg);
	assert_null(cfg.path);
	assert_null(cfg.database);
	assert_null(cfg.actor);
}

/* A failed load leaves everything, strings included, as it was. */
static void
test_unchanged_on_error(void **state)
{
	static const char *const bad[] = {
		"database: new.db\nactor: b\nfiscal_year_start_month: 13\n",
		"aging_buckets_days: [5, 6]\nrequire: {resolve: [x]}\n",
		"require: {resolve: [official]}\ncolour: red\n",
		"actor: b\ndatabase: \"unterminated\n",
		"resolution_deadline_days: 9\n---\nactor: c\n",
	};
	struct rt_config cfg;
	struct rt_error *err;
	char *path, *db, *actor;
	size_t i;

	(void)state;
	rt_config_defaults(&cfg);
	load_ok(&cfg, "database: old.db\nactor: a\nfiscal_year_start_month: 7\n"
	    "aging_buckets_days: [10, 20]\nresolution_deadline_days: 30\n"
	    "require: {resolve: [corrective_action]}\n");
	path = cfg.path;
	db = cfg.database;
	actor = cfg.actor;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		err = rt_config_load_string(&cfg, "u.yaml", bad[i],
		    strlen(bad[i]));
		assert_non_null(err);
		rt_error_free(err);
		assert_ptr_equal(cfg.path, path);
		assert_ptr_equal(cfg.database, db);
		assert_ptr_equal(cfg.actor, actor);
		assert_string_equal(cfg.path, "t.yaml");
		assert_string_equal(cfg.database, "old.db");
		assert_string_equal(cfg.actor, "a");
		assert_int_equal(cfg.fy_start_month, 7);
		assert_int_equal(cfg.resolution_deadline_days, 30);
		assert_int_equal(cfg.nbuckets, 2);
		assert_int_equal(cfg.buckets[0], 10);
		assert_int_equal(cfg.buckets[1], 20);
		assert_int_equal(cfg.require_resolve, RT_REQ_CORRECTIVE_ACTION);
		assert_int_equal(cfg.require_close_implemented, 0);
	}
	rt_config_free(&cfg);
}

/* ---- refusals ----------------------------------------------------------- */

static void
test_unknown_key(void **state)
{
	(void)state;
	check_err("database: x\nactor: y\nfiscal_yaer_start_month: 1\n",
	    "t.yaml:3:1: fiscal_yaer_start_month: unknown key "
	    "(expected one of " TOP_KEYS ")");
	check_err("{database: x,  Actor: y}",
	    "t.yaml:1:16: Actor: unknown key (expected one of " TOP_KEYS ")");
	check_err("require:\n  resolve: []\n  close: [evidence]\n",
	    "t.yaml:3:3: require.close: unknown key "
	    "(expected one of resolve, close_implemented, approval, "
	    "separate_approver)");
	check_err("? [database]\n: x\n",
	    "t.yaml:1:3: a key must be a name, not a list or a mapping");
	check_err("require: {{resolve: []}: x}",
	    "t.yaml:1:11: require: a key must be a name, not a list or a "
	    "mapping");
}

static void
test_duplicate_key(void **state)
{
	(void)state;
	check_err("database: a.db\nactor: x\n'database': b.db\n",
	    "t.yaml:3:1: database: duplicate key (first on line 1)");
	check_err("require:\n  resolve: []\n  resolve: [official]\n",
	    "t.yaml:3:3: require.resolve: duplicate key (first on line 2)");
	check_err("require: {}\nrequire: {}\n",
	    "t.yaml:2:1: require: duplicate key (first on line 1)");
	check_err("{aging_buckets_days: [1], aging_buckets_days: [2]}",
	    "t.yaml:1:27: aging_buckets_days: duplicate key "
	    "(first on line 1)");
}

static void
test_anchors_aliases(void **state)
{
	(void)state;
	check_err("database: &db x.db\nactor: *db\n",
	    "t.yaml:1:11: database: anchors are not allowed");
	check_err("actor: *db\n",
	    "t.yaml:1:8: actor: aliases are not allowed");
	check_err("aging_buckets_days: &b [1, *b]\n",
	    "t.yaml:1:21: aging_buckets_days: anchors are not allowed");
	check_err("require:\n  resolve: [*x]\n",
	    "t.yaml:2:13: require.resolve: aliases are not allowed");
	check_err("&top\ndatabase: x\n",
	    "t.yaml:1:1: anchors are not allowed");
	check_err("*k : x\n", "t.yaml:1:1: aliases are not allowed");
	check_err("require: &r {}\n",
	    "t.yaml:1:10: require: anchors are not allowed");
}

static void
test_tags(void **state)
{
	(void)state;
	check_err("database: !!str x.db\n",
	    "t.yaml:1:11: database: tags are not allowed");
	check_err("fiscal_year_start_month: !!int 3\n",
	    "t.yaml:1:26: fiscal_year_start_month: tags are not allowed");
	check_err("actor: ! x\n", "t.yaml:1:8: actor: tags are not allowed");
	check_err("--- !!map\ndatabase: x\n",
	    "t.yaml:1:5: tags are not allowed");
	check_err("aging_buckets_days: !!seq [1]\n",
	    "t.yaml:1:21: aging_buckets_days: tags are not allowed");
	check_err("require: {resolve: [!e official]}\n",
	    "t.yaml:1:21: require.resolve: tags are not allowed");
}

static void
test_top_level(void **state)
{
	(void)state;
	check_err("- database: x\n", "t.yaml:1:1: " NOT_MAP);
	check_err("just words\n", "t.yaml:1:1: " NOT_MAP);
	check_err("''\n", "t.yaml:1:1: " NOT_MAP);
	check_err("---\n42\n", "t.yaml:2:1: " NOT_MAP);
	check_err("database: x\n---\nactor: y\n",
	    "t.yaml:2:1: only one document is allowed");
	check_err("---\n---\n", "t.yaml:2:1: only one document is allowed");
}

static void
test_wrong_types(void **state)
{
	(void)state;
	check_err("database: [a.db]\n",
	    "t.yaml:1:11: database: must be a single value, not a list");
	check_err("actor:\n  - a\n",
	    "t.yaml:2:3: actor: must be a single value, not a list");
	check_err("fiscal_year_start_month: {month: 3}\n",
	    "t.yaml:1:26: fiscal_year_start_month: must be a single value, "
	    "not a mapping");
	check_err("resolution_deadline_days:\n  days: 3\n",
	    "t.yaml:2:3: resolution_deadline_days: must be a single value, "
	    "not a mapping");
	check_err("aging_buckets_days: 183\n",
	    "t.yaml:1:21: aging_buckets_days: must be a list of day counts, "
	    "e.g. [183, 365, 730, 1826]");
	check_err("aging_buckets_days: {a: 1}\n",
	    "t.yaml:1:21: aging_buckets_days: must be a list of day counts, "
	    "e.g. [183, 365, 730, 1826]");
	check_err("aging_buckets_days: [1, [2]]\n",
	    "t.yaml:1:25: aging_buckets_days: must be a single value, "
	    "not a list");
	check_err("require: [resolve]\n",
	    "t.yaml:1:10: require: must be a mapping with the keys resolve, "
	    "close_implemented, approval, separate_approver");
	check_err("require:\n  resolve: target_date\n",
	    "t.yaml:2:12: require.resolve: must be a list of target_date, "
	    "corrective_action, official");
	check_err("require:\n  close_implemented:\n    - {evidence: 1}\n",
	    "t.yaml:3:7: require.close_implemented: must be a single value, "
	    "not a mapping");
}

/* Null means "no value" and is refused: leave the key out instead. */
static void
test_null_values(void **state)
{
	(void)state;
	check_err("database:\nactor: x\n",
	    "t.yaml:1:10: database: needs a value");
	check_err("database: ~\n", "t.yaml:1:11: database: needs a value");
	check_err("actor: null\n", "t.yaml:1:8: actor: needs a value");
	check_err("actor: NULL\n", "t.yaml:1:8: actor: needs a value");
	check_err("actor: \"\"\n", "t.yaml:1:8: actor: needs a value");
	check_err("fiscal_year_start_month:\n",
	    "t.yaml:1:25: fiscal_year_start_month: needs a value");
	check_err("aging_buckets_days: [1, ~]\n",
	    "t.yaml:1:25: aging_buckets_days: needs a value");
	check_err("aging_buckets_days:\n",
	    "t.yaml:1:20: aging_buckets_days: must be a list of day counts, "
	    "e.g. [183, 365, 730, 1826]");
	check_err("require:\n",
	    "t.yaml:1:9: require: must be a mapping with the keys resolve, "
	    "close_implemented, approval, separate_approver");
	check_err("require:\n  resolve:\n",
	    "t.yaml:2:11: require.resolve: must be a list of target_date, "
	    "corrective_action, official");
	check_err("require:\n  resolve:\n    -\n",
	    "t.yaml:3:6: require.resolve: needs a value");
}

static void
test_numbers(void **state)
{
	static const char *const bad[] = {
		"+1", "-1", "0", "13", "010", "1.0", "1e1", "0x0A", "10x",
		"1_0", "\" 1\"", "'1 '", "99999999999999999999", "twelve",
	};
	char text[64], msg[160];
	const char *v;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(text, sizeof(text), "fiscal_year_start_month: %s\n",
		    bad[i]);
		v = bad[i];
		if (*v == '"' || *v == '\'')	/* quotes: not in the value */
			snprintf(msg, sizeof(msg), "t.yaml:1:26: "
			    "fiscal_year_start_month: must be a whole number "
			    "from 1 to 12, not \"%.*s\"", (int)strlen(v) - 2,
			    v + 1);
		else
			snprintf(msg, sizeof(msg), "t.yaml:1:26: "
			    "fiscal_year_start_month: must be a whole number "
			    "from 1 to 12, not \"%s\"", v);
		check_err(text, msg);
	}
	check_err("resolution_deadline_days: 36501\n",
	    "t.yaml:1:27: resolution_deadline_days: must be a whole number "
	    "from 1 to 36500, not \"36501\"");
	check_err("resolution_deadline_days: 0\n",
	    "t.yaml:1:27: resolution_deadline_days: must be a whole number "
	    "from 1 to 36500, not \"0\"");
}

static void
test_buckets(void **state)
{
	(void)state;
	check_err("aging_buckets_days: [365, 183]\n",
	    "t.yaml:1:27: aging_buckets_days: 183 after 365: buckets must be "
	    "in ascending order");
	check_err("aging_buckets_days:\n- 30\n- 30\n",
	    "t.yaml:3:3: aging_buckets_days: 30 after 30: buckets must be in "
	    "ascending order");
	check_err("aging_buckets_days: []\n",
	    "t.yaml:1:21: aging_buckets_days: needs at least one bucket");
	check_err("aging_buckets_days: [0, 1]\n",
	    "t.yaml:1:22: aging_buckets_days: must be a whole number from 1 "
	    "to 36500, not \"0\"");
	check_err("aging_buckets_days: [1, -2]\n",
	    "t.yaml:1:25: aging_buckets_days: must be a whole number from 1 "
	    "to 36500, not \"-2\"");
	check_err("aging_buckets_days: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, "
	    "13, 14, 15, 16, 17]\n",
	    "t.yaml:1:77: aging_buckets_days: more than 16 buckets");
}

static void
test_require(void **state)
{
	struct rt_config cfg;

	(void)state;
	check_err("require:\n  resolve: [target_date, signature]\n",
	    "t.yaml:2:26: require.resolve: unknown value \"signature\" "
	    "(expected one of target_date, corrective_action, official)");
	check_err("require:\n  resolve: [evidence]\n",
	    "t.yaml:2:13: require.resolve: unknown value \"evidence\" "
	    "(expected one of target_date, corrective_action, official)");
	check_err("require:\n  close_implemented: [official]\n",
	    "t.yaml:2:23: require.close_implemented: unknown value "
	    "\"official\" (expected one of evidence)");
	check_err("require:\n  resolve: [Official]\n",
	    "t.yaml:2:13: require.resolve: unknown value \"Official\" "
	    "(expected one of target_date, corrective_action, official)");

	rt_config_defaults(&cfg);
	load_ok(&cfg, "require:\n  resolve: [official, target_date, "
	    "official]\n");
	assert_int_equal(cfg.require_resolve,
	    RT_REQ_OFFICIAL | RT_REQ_TARGET_DATE);
	assert_int_equal(cfg.require_close_implemented, 0);
	load_ok(&cfg, "require:\n  close_implemented: [evidence]\n");
	/* a list left out keeps what it had */
	assert_int_equal(cfg.require_resolve,
	    RT_REQ_OFFICIAL | RT_REQ_TARGET_DATE);
	assert_int_equal(cfg.require_close_implemented, RT_REQ_EVIDENCE);
	rt_config_free(&cfg);
}

/* libyaml's own errors: its mark (1-based) and its words; stop there. */
static void
test_syntax(void **state)
{
	(void)state;
	check_err("database: x\n\tactor: y\n",
	    "t.yaml:2:1: while scanning a plain scalar: found a tab character "
	    "that violates indentation");
	check_err("\tdatabase: x\n",
	    "t.yaml:1:1: while scanning for the next token: found character "
	    "that cannot start any token");
	check_err("database: \"x.db\nactor: y\n",
	    "t.yaml:3:1: while scanning a quoted scalar: found unexpected end "
	    "of stream");
	check_err("{database: x\n",
	    "t.yaml:2:1: while parsing a flow mapping: did not find expected "
	    "',' or '}'");
	check_err("database: x\n  actor: y\n",
	    "t.yaml:2:8: mapping values are not allowed in this context");
	check_err("database: x\n- y\n",
	    "t.yaml:2:1: while parsing a block mapping: did not find expected "
	    "key");
	check_err("%YAML 2.0\n---\n", "t.yaml:1:1: found incompatible YAML "
	    "document");
	check_err("actor: \"\\q\"\n",
	    "t.yaml:1:9: while parsing a quoted scalar: found unknown escape "
	    "character");
	check_err("actor: a\xff\n", "t.yaml:1:9: byte 9: invalid leading "
	    "UTF-8 octet (0xFF)");
	check_err("actor: \"a\\0b\"\n",
	    "t.yaml:1:8: actor: NUL characters are not allowed");
}

/*
 * What the file holds reaches a message escaped and cut: one line, no
 * control characters (found by the fuzzer: a plain scalar spanning a
 * blank line holds a newline).
 */
static void
test_message_escaped(void **state)
{
	(void)state;
	check_err("aging_buckets_days: [3 - 1\n \n  - 7, 183]\n",
	    "t.yaml:1:22: aging_buckets_days: must be a whole number from 1 "
	    "to 36500, not \"3 - 1\\x0a- 7\"");
	check_err("\"a\\tb\\e\": 1\n",
	    "t.yaml:1:1: a\\x09b\\x1b: unknown key (expected one of database, "
	    "actor, fiscal_year_start_month, resolution_deadline_days, "
	    "aging_buckets_days, require, vocabulary, follow_up, evidence, csv, "
	    "oscal)");
	check_err("require: {resolve: [\"x\\\"\\r\"]}\n",
	    "t.yaml:1:21: require.resolve: unknown value \"x\\\"\\x0d\" "
	    "(expected one of target_date, corrective_action, official)");
	check_err("fiscal_year_start_month: 1234567890123456789012345678901234"
	    "567890123456789012345678901234567890123456789012345678901234567890"
	    "\n", "t.yaml:1:26: fiscal_year_start_month: must be a whole number "
	    "from 1 to 12, not \"12345678901234567890123456789012345678901234"
	    "567890123456789012345678901234567890123...\"");
}

/* libyaml has no nesting limit; the schema stops at the first level. */
static void
test_deep_nesting(void **state)
{
	size_t n = 100000, i;
	char *text;

	(void)state;
	assert_non_null(text = malloc(n + 16));
	for (i = 0; i < n; i++)
		text[i] = '[';
	text[n] = '\0';
	check_err(text, "t.yaml:1:1: " NOT_MAP);
	memcpy(text, "database: ", 10);
	check_err(text, "t.yaml:1:11: database: must be a single value, "
	    "not a list");
	memcpy(text, "require: {resolve: ", 19);
	check_err(text, "t.yaml:1:21: require.resolve: must be a single "
	    "value, not a list");
	free(text);
}

/* ---- files -------------------------------------------------------------- */

static void
test_file(void **state)
{
	struct rt_config cfg;
	const char *p;

	(void)state;
	p = make_file("full.yaml", "database: recs.db\n"
	    "aging_buckets_days: [90]\n"
	    "require: {resolve: [official]}\n");
	rt_config_defaults(&cfg);
	assert_null(rt_config_load(&cfg, p));
	assert_string_equal(cfg.path, p);
	assert_string_equal(cfg.database, "recs.db");
	assert_null(cfg.actor);
	assert_int_equal(cfg.nbuckets, 1);
	assert_int_equal(cfg.buckets[0], 90);
	assert_int_equal(cfg.require_resolve, RT_REQ_OFFICIAL);
	rt_config_free(&cfg);

	p = make_file("empty.yaml", "");
	rt_config_defaults(&cfg);
	assert_null(rt_config_load(&cfg, p));
	assert_string_equal(cfg.path, p);
	assert_defaults(&cfg);
	rt_config_free(&cfg);
}

static void
test_file_errors(void **state)
{
	struct rt_config cfg;
	struct rt_error *err;
	char want[256];
	const char *p;

	(void)state;
	rt_config_defaults(&cfg);

	err = rt_config_load(&cfg, "none.yaml");
	assert_non_null(err);
	assert_int_equal(err->code, RT_EIO);
	assert_string_equal(err->msg, "none.yaml: cannot read: "
	    "No such file or directory");
	rt_error_free(err);

	p = make_dir("sub");
	snprintf(want, sizeof(want), "%s: cannot read: Is a directory", p);
	err = rt_config_load(&cfg, p);
	assert_non_null(err);
	assert_int_equal(err->code, RT_EIO);
	assert_string_equal(err->msg, want);
	rt_error_free(err);

	p = make_file("bad.yaml", "database: x\ncolour: red\n");
	snprintf(want, sizeof(want), "%s:2:1: colour: unknown key "
	    "(expected one of " TOP_KEYS ")", p);
	err = rt_config_load(&cfg, p);
	assert_non_null(err);
	assert_int_equal(err->code, RT_EINVAL);
	assert_string_equal(err->msg, want);
	rt_error_free(err);

	p = make_file("tab.yaml", "require:\n\tresolve: []\n");
	snprintf(want, sizeof(want), "%s:2:1: while scanning for the next "
	    "token: found character that cannot start any token", p);
	err = rt_config_load(&cfg, p);
	assert_non_null(err);
	assert_string_equal(err->msg, want);
	rt_error_free(err);

	assert_null(cfg.path);
	assert_defaults(&cfg);
}

/* The example in config/ holds the defaults (run from the top folder). */
static void
test_example(void **state)
{
	struct rt_config cfg;
	struct rt_buf path = { 0 };

	(void)state;
	assert_int_equal(rt_buf_printf(&path, "%s/config/rectrack.yaml",
	    saved_cwd), 0);
	rt_config_defaults(&cfg);
	assert_null(rt_config_load(&cfg, path.s));
	rt_buf_free(&path);
	assert_string_equal(cfg.database, "rectrack.db");
	free(cfg.database);
	cfg.database = NULL;
	assert_defaults(&cfg);
	rt_config_free(&cfg);
}

/* ---- lookup ------------------------------------------------------------- */

static void
assert_found(const char *explicit_path, const char *want)
{
	struct rt_error *err;
	char *p = (char *)"unset";

	err = rt_config_find(explicit_path, &p);
	if (err != NULL)
		fail_msg("unexpected error: %s", err->msg);
	if (want == NULL)
		assert_null(p);
	else
		assert_string_equal(p, want);
	free(p);
}

static void
assert_not_found(const char *explicit_path, const char *msg)
{
	struct rt_error *err;
	char *p = (char *)"unset";

	err = rt_config_find(explicit_path, &p);
	assert_non_null(err);
	assert_int_equal(err->code, RT_EIO);
	assert_string_equal(err->msg, msg);
	assert_null(p);
	rt_error_free(err);
}

static void
test_find(void **state)
{
	const char *home, *xdg, *in_home, *in_xdg, *other;

	(void)state;
	home = make_dir("home");
	make_dir("home/.config");
	make_dir("home/.config/rectrack");
	xdg = make_dir("xdg");
	make_dir("xdg/rectrack");
	other = make_file("other.yaml", "");
	setenv("HOME", home, 1);

	/* nothing anywhere is fine */
	assert_found(NULL, NULL);
	setenv("XDG_CONFIG_HOME", xdg, 1);
	assert_found(NULL, NULL);

	/* $HOME/.config when XDG_CONFIG_HOME is unset, empty or relative */
	in_home = make_file("home/.config/rectrack/config.yaml", "");
	assert_found(NULL, NULL);
	unsetenv("XDG_CONFIG_HOME");
	assert_found(NULL, in_home);
	setenv("XDG_CONFIG_HOME", "", 1);
	assert_found(NULL, in_home);
	in_xdg = make_file("xdg/rectrack/config.yaml", "");
	setenv("XDG_CONFIG_HOME", "xdg", 1);
	assert_found(NULL, in_home);

	/* $XDG_CONFIG_HOME comes first */
	setenv("XDG_CONFIG_HOME", xdg, 1);
	assert_found(NULL, in_xdg);

	/* then ./rectrack.yaml */
	make_file("rectrack.yaml", "");
	assert_found(NULL, "rectrack.yaml");

	/* then a non-empty $RECTRACK_CONFIG, which must exist */
	setenv("RECTRACK_CONFIG", "", 1);
	assert_found(NULL, "rectrack.yaml");
	setenv("RECTRACK_CONFIG", other, 1);
	assert_found(NULL, other);
	setenv("RECTRACK_CONFIG", "gone.yaml", 1);
	assert_not_found(NULL, "gone.yaml: cannot read: "
	    "No such file or directory");

	/* then --config, which must exist too */
	assert_found("xdg/rectrack/config.yaml", "xdg/rectrack/config.yaml");
	assert_not_found("missing.yaml", "missing.yaml: cannot read: "
	    "No such file or directory");
}

/* follow_up: every key, and a failed load that leaves the defaults (and
 * leaks nothing of what it had read: valgrind and ASan check that). */
static void
test_follow_up(void **state)
{
	struct rt_config cfg;

	(void)state;
	rt_config_defaults(&cfg);
	load_ok(&cfg, "follow_up:\n"
	    "  due_within_days: 14\n"
	    "  escalate_after_days: 60\n"
	    "  from: followup@oig.example.gov\n"
	    "  from_name: Office of Audit Follow-up\n"
	    "  cc: [a@oig.example.gov, b@oig.example.gov]\n"
	    "  agency_cc:\n"
	    "    - {agency: CBP, email: cbp@cbp.example.gov}\n"
	    "    - email: fema@fema.example.gov\n"
	    "      agency: FEMA\n"
	    "  sendmail: /usr/lib/sendmail\n");
	assert_int_equal(cfg.follow_up.due_within_days, 14);
	assert_int_equal(cfg.follow_up.escalate_after_days, 60);
	assert_string_equal(cfg.follow_up.from, "followup@oig.example.gov");
	assert_string_equal(cfg.follow_up.from_name,
	    "Office of Audit Follow-up");
	assert_int_equal(cfg.follow_up.ncc, 2);
	assert_string_equal(cfg.follow_up.cc[1], "b@oig.example.gov");
	assert_int_equal(cfg.follow_up.nagency_cc, 2);
	assert_string_equal(cfg.follow_up.agency_cc[0].agency, "CBP");
	assert_string_equal(cfg.follow_up.agency_cc[1].agency, "FEMA");
	assert_string_equal(cfg.follow_up.agency_cc[1].email,
	    "fema@fema.example.gov");
	assert_string_equal(cfg.follow_up.sendmail, "/usr/lib/sendmail");
	rt_config_free(&cfg);
	check_err("follow_up:\n  cc: [a@b.gov]\n  from: x@y.gov\n"
	    "  agency_cc:\n    - {agency: CBP}\n",
	    "t.yaml:5:7: follow_up.agency_cc: needs both agency and email");
	check_err("follow_up:\n  sendmail: /x\n  escalate_after_days: 0\n",
	    "t.yaml:3:24: follow_up.escalate_after_days: must be a whole "
	    "number from 1 to 36500, not \"0\"");
}

/* require.approval, require.separate_approver and the evidence sizes. */
static void
test_closure(void **state)
{
	struct rt_config cfg;
	int64_t n;

	(void)state;
	rt_config_defaults(&cfg);
	load_ok(&cfg, "require:\n  approval: true\n"
	    "  separate_approver: yes\n"
	    "evidence:\n  max_file_size: 200 MiB\n"
	    "  max_total_size: 2GiB\n");
	assert_int_equal(cfg.require_approval, 1);
	assert_int_equal(cfg.require_separate_approver, 1);
	assert_true(cfg.evidence_max_file == (int64_t)200 << 20);
	assert_true(cfg.evidence_max_total == (int64_t)2 << 30);
	load_ok(&cfg, "require: {approval: false}\n"
	    "evidence: {max_file_size: 1024}\n");
	assert_int_equal(cfg.require_approval, 0);
	assert_int_equal(cfg.require_separate_approver, 1);
	assert_true(cfg.evidence_max_file == 1024);
	rt_config_free(&cfg);

	assert_int_equal(rt_config_size("1", &n), 0);
	assert_true(n == 1);
	assert_int_equal(rt_config_size("3 KiB", &n), 0);
	assert_true(n == 3072);
	assert_int_equal(rt_config_size("1TiB", &n), 0);
	assert_true(n == RT_CONFIG_MAX_SIZE);
	assert_int_equal(rt_config_size("2 TiB", &n), -1);
	assert_int_equal(rt_config_size("1099511627777", &n), -1);
	assert_int_equal(rt_config_size("99999999999999999999999", &n), -1);
	assert_int_equal(rt_config_size("0", &n), -1);
	assert_int_equal(rt_config_size("05", &n), -1);
	assert_int_equal(rt_config_size("5 ", &n), -1);
	assert_int_equal(rt_config_size("5  MiB", &n), -1);
	assert_int_equal(rt_config_size("5 MB", &n), -1);
	assert_int_equal(rt_config_size("-5", &n), -1);
	assert_int_equal(rt_config_size("", &n), -1);

	check_err("require:\n  approval: maybe\n",
	    "t.yaml:2:13: require.approval: must be true or false, "
	    "not \"maybe\"");
	check_err("evidence:\n  max_file_size: 50 MB\n",
	    "t.yaml:2:18: evidence.max_file_size: must be a size from 1 "
	    "byte to 1 TiB, as a number of bytes or with KiB, MiB, GiB or "
	    "TiB (50 MiB), not \"50 MB\"");
	check_err("evidence:\n  max_size: 5\n",
	    "t.yaml:2:3: evidence.max_size: unknown key (expected one of "
	    "max_file_size, max_total_size)");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_follow_up),
		cmocka_unit_test(test_closure),
		cmocka_unit_test(test_defaults),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_full_block),
		cmocka_unit_test(test_full_flow),
		cmocka_unit_test(test_load_over),
		cmocka_unit_test(test_unchanged_on_error),
		cmocka_unit_test(test_unknown_key),
		cmocka_unit_test(test_duplicate_key),
		cmocka_unit_test(test_anchors_aliases),
		cmocka_unit_test(test_tags),
		cmocka_unit_test(test_top_level),
		cmocka_unit_test(test_wrong_types),
		cmocka_unit_test(test_null_values),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_buckets),
		cmocka_unit_test(test_require),
		cmocka_unit_test(test_syntax),
		cmocka_unit_test(test_message_escaped),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test_setup_teardown(test_file, setup_dir,
		    teardown_dir),
		cmocka_unit_test_setup_teardown(test_file_errors, setup_dir,
		    teardown_dir),
		cmocka_unit_test_setup_teardown(test_example, setup_dir,
		    teardown_dir),
		cmocka_unit_test_setup_teardown(test_find, setup_dir,
		    teardown_dir),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
