/*
 * libFuzzer harness: the YAML import (yamlin.c and import.c) into an
 * in-memory database created as `rectrack init` creates one.
 *
 * The input is the file.  rt_import() reads paths, "-" being standard
 * input, so the input is handed over as standard input: a memory FILE
 * (fmemopen) put in place of stdin for the call.
 *
 * Besides crashes, leaks and undefined behaviour, it checks:
 * - an error message is one line with no control characters;
 * - a refused import leaves the database empty;
 * - a successful import can be repeated (same file, same database) and
 *   then changes nothing;
 * - the export of what was imported imports into an empty database and
 *   exports to the same bytes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/error.h"
#include "core/config.h"
#include "formats/export.h"
#include "formats/import.h"
#include "store/store.h"

#include "fuzz.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct rt_config cfg;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	/* the same "today" as the CLI tests: no input depends on the day */
	rt_clock_fix("2026-11-28T12:00:00Z");
	rt_config_defaults(&cfg);
	return 0;
}

static int
count_report(const struct rt_report *r, void *arg)
{
	(void)r;
	++*(int *)arg;
	return 0;
}

static int
count_reports(struct rt_store *st)
{
	struct rt_filter f;
	struct rt_error *err;
	int n = 0;

	memset(&f, 0, sizeof(f));
	if ((err = rt_store_report_list(st, &f, count_report, &n)) != NULL) {
		fprintf(stderr, "report list: %s\n", err->msg);
		abort();
	}
	return n;
}

/* Import size bytes at data as standard input. */
static struct rt_error *
import_bytes(struct rt_store *st, const void *data, size_t size,
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
	err = rt_import(st, &cfg, files, 1, "fuzz", 0, NULL, NULL, stats);
	stdin = saved;
	fclose(fp);
	return err;
}

/* The export of st as YAML, in *buf (free it). */
static size_t
export(struct rt_store *st, char **buf)
{
	struct rt_filter f;
	struct rt_error *err;
	size_t len;
	FILE *fp;

	memset(&f, 0, sizeof(f));
	if ((fp = open_memstream(buf, &len)) == NULL)
		abort();
	if ((err = rt_export_yaml(st, &f, fp)) != NULL) {
		fprintf(stderr, "export: %s\n", err->msg);
		abort();
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

	alen = export(st, &a);
	st2 = open_empty();
	if ((err = import_bytes(st2, a, alen, &stats)) != NULL) {
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
	struct rt_store *st;
	struct rt_error *err;

	if (empty_st == NULL)
		empty_st = open_empty();
	st = empty_st;
	if ((err = import_bytes(st, data, size, &stats)) != NULL) {
		check_message(err);
		if (count_reports(st) != 0) {
			fprintf(stderr, "a refused import left reports: %s\n",
			    err->msg);
			abort();
		}
		rt_error_free(err);
		return 0;
	}
	empty_st = NULL;
	rt_import_stats_free(&stats);

	/* again: nothing changes */
	if ((err = import_bytes(st, data, size, &stats)) != NULL) {
		fprintf(stderr, "a second import of the same file fails: "
		    "%s\n", err->msg);
		abort();
	}
	if (stats.reports_new || stats.reports_changed || stats.recs_new ||
	    stats.recs_changed || stats.events || stats.issuers_new ||
	    stats.agencies_new) {
		fprintf(stderr, "a second import of the same file changes "
		    "something: reports %d new %d changed, recommendations "
		    "%d new %d changed, %d events\n", stats.reports_new,
		    stats.reports_changed, stats.recs_new, stats.recs_changed,
		    stats.events);
		abort();
	}
	rt_import_stats_free(&stats);
	round_trip(st);
	rt_store_close(st);
	return 0;
}
