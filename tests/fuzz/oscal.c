/*
 * libFuzzer harness: the OSCAL POA&M import (oscal_read.c and the
 * files it hands the import document to) into an in-memory database
 * created as `rectrack init` creates one.
 *
 * The input is the file, handed over as standard input as in the
 * import harness.  It is imported as `import --format oscal-poam`
 * imports it; a document refused as another tool's that does not say
 * whose findings it holds is imported again with fixed foreign options,
 * as `--issuer 3pao --agency CSP --create-missing` give them.
 *
 * Besides crashes, leaks and undefined behaviour, it checks:
 * - an error message is one line with no control characters;
 * - a refused import leaves the database empty, with its name;
 * - a successful import can be repeated (same file, same options, same
 *   database) and then changes nothing;
 * - the OSCAL export of what was imported (fixed system id and clock)
 *   imports into an empty database and exports to the same bytes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/error.h"
#include "core/config.h"
#include "formats/import.h"
#include "formats/oscal_export.h"
#include "formats/oscal_read.h"
#include "store/store.h"

#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define NOW	"2026-11-28T12:00:00Z"
#define UID	FUZZ_UID

static struct rt_config cfg;

/* another tool's document: whose findings it holds */
static const struct rt_oscal_opts foreign = { NULL, "3pao", "CSP" };

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	/* the same "today" as the CLI tests: no input depends on the day */
	rt_clock_fix(NOW);
	rt_config_defaults(&cfg);
	return 0;
}

/* Fail when the refused import (err, freed) left st other than empty
 * and named UID. */
static void
check_refused(struct rt_store *st, struct rt_error *err)
{
	struct rt_counts n;
	struct rt_error *e;

	check_message(err);
	if ((e = rt_store_counts(st, &n)) != NULL) {
		fprintf(stderr, "counts: %s\n", e->msg);
		abort();
	}
	if (n.issuers || n.agencies || n.reports || n.recs || n.events) {
		fprintf(stderr, "a refused import left %lld issuers, %lld "
		    "agencies, %lld reports, %lld recommendations, %lld "
		    "events: %s\n", (long long)n.issuers,
		    (long long)n.agencies, (long long)n.reports,
		    (long long)n.recs, (long long)n.events, err->msg);
		abort();
	}
	if (strcmp(rt_store_uid(st), UID) != 0) {
		fprintf(stderr, "a refused import renamed the register to "
		    "%s: %s\n", rt_store_uid(st), err->msg);
		abort();
	}
	rt_error_free(err);
}

/* Import size bytes at data as standard input. */
static struct rt_error *
import_bytes(struct rt_store *st, const void *data, size_t size,
    const struct rt_oscal_opts *opts, int flags,
    struct rt_import_stats *stats)
{
	static char dash[] = "-";
	char *files[] = { dash };
	static char empty[1];
	struct rt_error *err;
	FILE *saved = stdin, *fp;

	/* fmemopen refuses a size of 0 on older C libraries */
	if ((fp = fmemopen(size ? (void *)data : empty, size ? size : 1,
	    "r")) == NULL)
		abort();
	if (size == 0)
		fgetc(fp);
	stdin = fp;
	err = rt_import_oscal(st, &cfg, files, 1, "fuzz", flags, NULL, opts,
	    NULL, NULL, stats);
	stdin = saved;
	fclose(fp);
	return err;
}

/* The POA&M of st in *buf (free it); 0 when st has no recommendation. */
static size_t
export(struct rt_store *st, char **buf)
{
	struct rt_oscal_export_opts o;
	struct rt_filter f;
	struct rt_error *err;
	size_t len;
	FILE *fp;

	memset(&f, 0, sizeof(f));
	memset(&o, 0, sizeof(o));
	o.system_id = "fuzz-system";
	o.now = NOW;
	if ((fp = open_memstream(buf, &len)) == NULL)
		abort();
	if ((err = rt_export_oscal(st, &f, &o, fp)) != NULL) {
		if (err->code != RT_EREFUSED) {
			fprintf(stderr, "export: %s\n", err->msg);
			abort();
		}
		rt_error_free(err);
	}
	fclose(fp);
	return len;
}

static void
round_trip(struct rt_store *st)
{
	struct rt_import_stats stats;
	struct rt_store *st2;
	struct rt_error *err;
	char *a = NULL, *b = NULL;
	size_t alen, blen;

	if ((alen = export(st, &a)) == 0) {
		free(a);
		return;
	}
	st2 = open_empty();
	if ((err = import_bytes(st2, a, alen, NULL, 0, &stats)) != NULL) {
		fprintf(stderr, "the export does not import: %s\n--- "
		    "export:\n%.*s\n", err->msg, (int)alen, a);
		abort();
	}
	rt_import_stats_free(&stats);
	blen = export(st2, &b);
	if (alen != blen || memcmp(a, b, alen) != 0) {
		fprintf(stderr, "export, import, export: not the same bytes"
		    "\n--- first:\n%.*s\n--- second:\n%.*s\n", (int)alen, a,
		    (int)blen, b);
		abort();
	}
	rt_store_close(st2);
	free(a);
	free(b);
}

/*
 * The empty database the next input is imported into.  Creating one
 * takes longer than most imports: a refused import leaves it empty, so
 * it is kept for the next input; a successful one closes it.
 */
static struct rt_store *empty_st;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rt_import_stats stats;
	const struct rt_oscal_opts *opts = NULL;
	struct rt_store *st;
	struct rt_error *err;
	int flags = 0;

	if (empty_st == NULL)
		empty_st = open_empty();
	st = empty_st;
	err = import_bytes(st, data, size, opts, flags, &stats);
	if (err != NULL && err->code == RT_EUSAGE) {
		/* another tool's document: say whose findings it holds */
		check_refused(st, err);
		opts = &foreign;
		flags = RT_IMPORT_CREATE_MISSING;
		err = import_bytes(st, data, size, opts, flags, &stats);
	}
	if (err != NULL) {
		check_refused(st, err);
		return 0;
	}
	empty_st = NULL;
	rt_import_stats_free(&stats);

	/* again: nothing changes */
	if ((err = import_bytes(st, data, size, opts, flags, &stats)) !=
	    NULL) {
		fprintf(stderr, "a second import of the same file fails: "
		    "%s\n", err->msg);
		abort();
	}
	if (stats.reports_new || stats.reports_changed || stats.recs_new ||
	    stats.recs_changed || stats.events || stats.issuers_new ||
	    stats.issuers_changed || stats.agencies_new ||
	    stats.agencies_changed || stats.officials_new ||
	    stats.officials_changed) {
		fprintf(stderr, "a second import of the same file changes "
		    "something: reports %d new %d changed, recommendations "
		    "%d new %d changed, %d events, issuers %d new %d "
		    "changed, agencies %d new %d changed, officials %d new "
		    "%d changed\n", stats.reports_new, stats.reports_changed,
		    stats.recs_new, stats.recs_changed, stats.events,
		    stats.issuers_new, stats.issuers_changed,
		    stats.agencies_new, stats.agencies_changed,
		    stats.officials_new, stats.officials_changed);
		abort();
	}
	rt_import_stats_free(&stats);
	round_trip(st);
	rt_store_close(st);
	return 0;
}
