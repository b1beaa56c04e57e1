/*
 * libFuzzer harness: the search query language (rt_query_parse in
 * core/query.c) and the SQLite backend's rendering of its tree.
 *
 * The input, as text, is parsed.  A query that is refused must be
 * refused with a message (RT_EINVAL) and no tree; a query that parses
 * must be searched without an error on a small SQLite database: every
 * tree the parser builds is one the backend can render into a query its
 * engine accepts.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/domain.h"
#include "base/error.h"
#include "core/query.h"
#include "store/store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "%s:%d: %s\n", \
    __FILE__, __LINE__, #c); abort(); } } while (0)

static struct rt_store *st;
static char path[64];

static void
done(void)
{
	char side[80];

	rt_store_close(st);
	unlink(path);
	snprintf(side, sizeof(side), "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof(side), "%s-shm", path);
	unlink(side);
}

/* A database with one report and one recommendation to search. */
static void
open_store(void)
{
	struct rt_issuer is = { "dhs-oig", "DHS OIG", "oig" };
	struct rt_agency cbp = { "CBP", "Customs", NULL, NULL, 0 };
	struct rt_report r;
	struct rt_rec rec;
	int fd;

	strcpy(path, "/tmp/rectrack-fuzz-query.XXXXXX");
	CHECK((fd = mkstemp(path)) >= 0);
	close(fd);
	unlink(path);
	CHECK(rt_store_open(path, RT_STORE_CREATE, &st) == NULL);
	atexit(done);
	CHECK(rt_store_begin(st) == NULL);
	CHECK(rt_store_issuer_add(st, &is) == NULL);
	CHECK(rt_store_agency_add(st, &cbp) == NULL);
	memset(&r, 0, sizeof(r));
	r.number = "OIG-21-19";
	r.title = "Canine Program: CBP's oversight";
	r.summary = "CBP lacks a policy for fentanyl (opioids) at ports.";
	r.issuer = "dhs-oig";
	r.type = "audit";
	r.sensitivity = "public";
	memcpy(r.issued, "2021-02-08", 11);
	r.fiscal_year = 2021;
	r.agency = "CBP";
	CHECK(rt_store_report_add(st, &r) == NULL);
	rt_rec_init(&rec);
	rec.report = "OIG-21-19";
	rec.number = "1";
	rec.text = "Train canine teams; record each Médical check.";
	rec.agency = "CBP";
	rec.status = RT_OPEN_PENDING;
	CHECK(rt_store_rec_insert(st, &rec) == NULL);
	CHECK(rt_store_commit(st) == NULL);
}

static int
count(const struct rt_search_hit *h, void *arg)
{
	(void)h;
	(*(int *)arg)++;
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rt_search q;
	struct rt_query *parsed = NULL;
	struct rt_error *err;
	char *text;
	int n = 0;

	if (st == NULL)
		open_store();
	if ((text = malloc(size + 1)) == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	err = rt_query_parse(text, &parsed);
	if (err != NULL) {
		CHECK(parsed == NULL);
		CHECK(err->code == RT_EINVAL);
		CHECK(err->msg != NULL && err->msg[0] != '\0');
		rt_error_free(err);
		free(text);
		return 0;
	}
	CHECK(parsed != NULL);
	memset(&q, 0, sizeof(q));
	q.query = parsed;
	q.limit = 5;
	err = rt_store_search(st, &q, count, &n);
	if (err != NULL) {
		fprintf(stderr, "query %s: %s\n", text, err->msg);
		CHECK(!"a parsed query is refused by the store");
	}
	rt_query_free(parsed);
	free(text);
	return 0;
}
