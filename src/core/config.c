/*
 * rectrack — configuration (rectrack(1)): its defaults, the rules its
 * values follow and where its file is found.  Reading the file is
 * formats/config_file.c.
 */
#include "core/config.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "core/lifecycle.h"

void
rt_config_defaults(struct rt_config *cfg)
{
	static const int buckets[] = { 183, 365, 730, 1826 };

	memset(cfg, 0, sizeof(*cfg));
	cfg->fy_start_month = 10;
	cfg->resolution_deadline_days = 183;
	memcpy(cfg->buckets, buckets, sizeof(buckets));
	cfg->nbuckets = sizeof(buckets) / sizeof(buckets[0]);
	cfg->require_resolve = RT_REQ_TARGET_DATE;
	cfg->gao_status[0] = RT_OPEN_UNRESOLVED;
	cfg->gao_status[1] = RT_OPEN_UNRESOLVED;
	cfg->gao_status[2] = RT_CLOSED_IMPLEMENTED;
	cfg->gao_status[3] = RT_CLOSED_NOT_IMPLEMENTED;
	cfg->gao_priority_flag = RT_FLAG_PRIORITY;
	cfg->follow_up.due_within_days = 30;
	cfg->follow_up.escalate_after_days = 30;
	cfg->evidence_max_file = (int64_t)50 << 20;
}

int
rt_config_size(const char *s, int64_t *out)
{
	static const struct { const char *unit; int shift; } units[] = {
		{ "", 0 }, { "KiB", 10 }, { "MiB", 20 }, { "GiB", 30 },
		{ "TiB", 40 },
	};
	int64_t n = 0;
	size_t i;

	if (*s < '1' || *s > '9')
		return -1;
	for (; *s >= '0' && *s <= '9'; s++) {
		if (n > RT_CONFIG_MAX_SIZE)
			return -1;
		n = n * 10 + (*s - '0');
	}
	if (*s == ' ')
		s++;
	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (strcmp(s, units[i].unit) == 0 && (i > 0 || s[-1] != ' '))
			break;
	if (i == sizeof(units) / sizeof(units[0]) ||
	    n > RT_CONFIG_MAX_SIZE >> units[i].shift)
		return -1;
	*out = n << units[i].shift;
	return 0;
}

int
rt_config_number(const char *s, int max, int *out)
{
	int n = 0;

	if (*s < '1' || *s > '9')
		return -1;
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9' || (n = n * 10 + *s - '0') > max)
			return -1;
	}
	*out = n;
	return 0;
}

struct rt_error *
rt_config_find(const char *explicit_path, char **path)
{
	struct rt_buf b = { 0 };
	const char *env;

	*path = NULL;
	if (explicit_path == NULL &&
	    (env = getenv("RECTRACK_CONFIG")) != NULL && *env != '\0')
		explicit_path = env;
	if (explicit_path != NULL) {
		if (access(explicit_path, F_OK) == -1)
			return rt_error_new(RT_EIO, "%s: cannot read: %s",
			    explicit_path, strerror(errno));
		if ((*path = rt_strdup(explicit_path)) == NULL)
			return rt_error_new(RT_ENOMEM, "out of memory");
		return NULL;
	}
	if (access("rectrack.yaml", F_OK) == 0) {
		if ((*path = rt_strdup("rectrack.yaml")) == NULL)
			return rt_error_new(RT_ENOMEM, "out of memory");
		return NULL;
	}
	/* XDG: a relative XDG_CONFIG_HOME is invalid and ignored */
	if ((env = getenv("XDG_CONFIG_HOME")) != NULL && *env == '/') {
		if (rt_buf_printf(&b, "%s/rectrack/config.yaml", env) == -1)
			return rt_error_new(RT_ENOMEM, "out of memory");
	} else if ((env = getenv("HOME")) != NULL && *env != '\0') {
		if (rt_buf_printf(&b, "%s/.config/rectrack/config.yaml",
		    env) == -1)
			return rt_error_new(RT_ENOMEM, "out of memory");
	} else
		return NULL;
	if (access(b.s, F_OK) == 0)
		*path = b.s;
	else
		rt_buf_free(&b);
	return NULL;
}

void
rt_config_free(struct rt_config *cfg)
{
	free(cfg->path);
	free(cfg->database);
	free(cfg->actor);
	free(cfg->oscal_system_id);
	free(cfg->oscal_system_id_type);
	cfg->path = cfg->database = cfg->actor = NULL;
	rt_follow_up_free(&cfg->follow_up);
}

void
rt_follow_up_free(struct rt_follow_up *fu)
{
	size_t i;

	free(fu->from);
	free(fu->from_name);
	for (i = 0; i < fu->ncc; i++)
		free(fu->cc[i]);
	free(fu->cc);
	for (i = 0; i < fu->nagency_cc; i++) {
		free(fu->agency_cc[i].agency);
		free(fu->agency_cc[i].email);
	}
	free(fu->agency_cc);
	free(fu->sendmail);
	fu->from = fu->from_name = fu->sendmail = NULL;
	fu->cc = NULL;
	fu->agency_cc = NULL;
	fu->ncc = fu->nagency_cc = 0;
}
