/* rectrack rec add|set — add a recommendation; change its fields. */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/date.h"
#include "base/domain.h"
#include "base/error.h"
#include "base/util.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/rec.h"
#include "store/store.h"

/* REPORT#NUMBER as given or stored, controls escaped. */
static void
print_id(const char *report, const char *number)
{
	out_text(stdout, report);
	putchar('#');
	out_text(stdout, number);
}

static int
rec_add(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "text", required_argument, NULL, 't' },
		{ "number", required_argument, NULL, 'n' },
		{ "agency", required_argument, NULL, 'a' },
		{ "official", required_argument, NULL, 'o' },
		{ "target", required_argument, NULL, 'T' },
		{ "status", required_argument, NULL, 's' },
		{ "concurrence", required_argument, NULL, 'c' },
		{ "corrective-action", required_argument, NULL, 'C' },
		{ "note", required_argument, NULL, 'N' },
		{ "evidence", required_argument, NULL, 'E' },
		CLI_DRY_RUN_OPTION,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_actor who = { c->actor, NULL, NULL };
	const char *evidence = NULL;
	struct rt_rec rec;
	struct rt_store *st;
	int64_t change = 0;
	struct rt_error *err = NULL;
	const char *target = NULL, *text = NULL, *number = NULL,
	    *agency = NULL, *official = NULL, *action = NULL;
	int ch, status;

	rt_rec_init(&rec);
	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP:
			return status;
		case 't': text = optarg; break;
		case 'n': number = optarg; break;
		case 'a': agency = optarg; break;
		case 'o': official = optarg; break;
		case 'T': target = optarg; break;
		case 'C': action = optarg; break;
		case 'N': who.note = optarg; break;
		case 'E': evidence = optarg; break;
		case 's':
			if (rt_status_parse(optarg, &rec.status) == -1)
				err = rt_error_new(RT_EINVAL, "--status: unknown "
				    "value \"%s\" (expected one of %s)", optarg,
				    rt_status_names());
			break;
		case 'c':
			if (rt_concurrence_parse(optarg, &rec.concurrence) == -1)
				err = rt_error_new(RT_EINVAL, "--concurrence: "
				    "unknown value \"%s\" (expected one of %s)",
				    optarg, rt_concurrence_names());
			break;
		}
		if (err)
			return cli_fail(err);
	}
	if (optind + 1 != argc)
		return cli_usage_error(c, optind == argc ? "rec add needs the "
		    "REPORT" : "rec add takes one REPORT");
	if (text == NULL)
		return cli_usage_error(c, "rec add needs --text");
	if (target != NULL) {
		if (!rt_date_valid(target))
			return cli_fail(rt_error_new(RT_EINVAL, "--target: \"%s\" "
			    "is not a date (expected YYYY-MM-DD, a day that "
			    "exists)", target));
		memcpy(rec.target_date, target, RT_DATE_SIZE);
	}
	if ((rec.report = rt_strdup(argv[optind])) == NULL ||
	    (rec.text = rt_strdup(text)) == NULL ||
	    (number && (rec.number = rt_strdup(number)) == NULL) ||
	    (agency && (rec.agency = rt_strdup(agency)) == NULL) ||
	    (official && (rec.official = rt_strdup(official)) == NULL) ||
	    (action && (rec.corrective_action = rt_strdup(action)) == NULL))
		err = rt_error_new(RT_ENOMEM, "out of memory");
	else if ((err = cli_open(c, 0, &st)) == NULL) {
		who.actor = c->actor;
		err = rt_rec_add(st, &c->cfg, &rec, &who, evidence);
		change = rt_store_change_last(st);
		rt_store_close(st);
	}
	if (err == NULL) {
		fputs("added ", stdout);
		print_id(rec.report, rec.number);
		printf(" (%s, %s)\n", rt_status_name(rec.status),
		    rt_concurrence_name(rec.concurrence));
		cli_recorded(change);
	}
	rt_rec_free(&rec);
	return err ? cli_fail(err) : 0;
}

static int
rec_set(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "date", required_argument, NULL, 'd' },
		{ "note", required_argument, NULL, 'N' },
		CLI_DRY_RUN_OPTION,
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	struct rt_actor who = { c->actor, NULL, NULL };
	struct rt_change *changes = NULL;
	struct rt_store *st;
	int64_t change = 0;
	struct rt_error *err;
	char *report = NULL, *number = NULL, *eq;
	size_t n = 0;
	int ch, status, i, changed = 0;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		switch (ch) {
		case CLI_STOP:
			return status;
		case 'd': who.effective = optarg; break;
		case 'N': who.note = optarg; break;
		}
	}
	if (argc - optind < 2)
		return cli_usage_error(c, optind == argc ? "rec set needs a "
		    "REC and FIELD=VALUE" : "rec set needs FIELD=VALUE");
	if ((err = rt_recid_parse(argv[optind], &report, &number)) != NULL)
		return cli_fail(err);
	if (strcmp(number, "*") == 0) {
		err = rt_error_new(RT_EINVAL, "%s: rec set changes one "
		    "recommendation at a time", argv[optind]);
		goto done;
	}
	if ((changes = calloc((size_t)argc, sizeof(*changes))) == NULL) {
		err = rt_error_new(RT_ENOMEM, "out of memory");
		goto done;
	}
	for (i = optind + 1; i < argc; i++) {
		if ((eq = strchr(argv[i], '=')) == NULL || eq == argv[i]) {
			free(changes);
			free(report);
			free(number);
			return cli_usage_error(c, "%s: expected FIELD=VALUE",
			    argv[i]);
		}
		*eq = '\0';
		changes[n].field = argv[i];
		changes[n++].value = eq + 1;
	}
	if ((err = cli_open(c, 0, &st)) == NULL) {
		who.actor = c->actor;
		err = rt_rec_set(st, report, number, changes, n, &who,
		    &changed);
		change = rt_store_change_last(st);
		rt_store_close(st);
	}
	if (err == NULL)
		print_id(report, number);
	if (err == NULL && changed)
		printf(": %d field%s changed\n", changed,
		    changed == 1 ? "" : "s");
	else if (err == NULL)
		printf(": nothing changed\n");
	if (err == NULL)
		cli_recorded(change);
done:
	free(changes);
	free(report);
	free(number);
	return err ? cli_fail(err) : 0;
}

int
cmd_rec(struct cli *c, int argc, char **argv)
{
	static const struct cli_sub subs[] = {
		{ "add", rec_add },
		{ "set", rec_set },
		{ NULL, NULL },
	};

	return cli_dispatch(c, argc, argv, subs);
}
