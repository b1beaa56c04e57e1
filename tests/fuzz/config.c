/*
 * libFuzzer harness: the configuration loader (config.c).
 *
 * The input is the file, loaded over a configuration that already holds
 * values.  Besides crashes, leaks and undefined behaviour, it checks:
 * - a refused file leaves the configuration as it was;
 * - a loaded one is within the documented ranges;
 * - an error message is one line with no control characters.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/error.h"
#include "core/config.h"
#include "formats/config_file.h"

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "%s:%d: %s\n", \
    __FILE__, __LINE__, #c); abort(); } } while (0)

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rt_config cfg, before;
	struct rt_error *err;
	size_t i;

	static const char first[] = "database: a.db\nactor: someone\n"
	    "fiscal_year_start_month: 1\n";

	rt_config_defaults(&cfg);
	if ((err = rt_config_load_string(&cfg, "first.yaml", first,
	    strlen(first))) != NULL)
		abort();
	before = cfg;
	err = rt_config_load_string(&cfg, "fuzz.yaml", (const char *)data,
	    size);
	if (err != NULL) {
		check_message(err);
		CHECK(memcmp(&cfg, &before, sizeof(cfg)) == 0);
		rt_error_free(err);
	} else {
		CHECK(cfg.path != NULL && strcmp(cfg.path, "fuzz.yaml") == 0);
		CHECK(cfg.database != NULL && cfg.actor != NULL);
		CHECK(cfg.fy_start_month >= 1 && cfg.fy_start_month <= 12);
		CHECK(cfg.resolution_deadline_days >= 1);
		CHECK(cfg.nbuckets >= 1 && cfg.nbuckets <= RT_MAX_BUCKETS);
		for (i = 0; i < cfg.nbuckets; i++)
			CHECK(cfg.buckets[i] > (i ? cfg.buckets[i - 1] : 0));
	}
	rt_config_free(&cfg);
	return 0;
}
