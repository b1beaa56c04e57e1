/*
 * rectrack digest — one e-mail per responsible official with what they
 * owe (overdue, due soon, awaiting a decision), written as files
 * (--out DIR) or handed to sendmail (--sendmail).  The database is read
 * and closed before anything is written or sent.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/error.h"
#include "base/util.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "cli/sendmail.h"
#include "core/config.h"
#include "core/digest.h"
#include "formats/digest.h"
#include "store/store.h"

/* The folder of --out exists, is a folder and may be written in. */
static struct rt_error *
folder_usable(const char *dir)
{
	struct stat sb;

	if (stat(dir, &sb) == -1)
		return rt_error_new(RT_EIO, "%s: %s (--out names an existing "
		    "folder)", dir, strerror(errno));
	if (!S_ISDIR(sb.st_mode))
		return rt_error_new(RT_EINVAL, "%s: not a folder (--out names "
		    "the folder the messages go to)", dir);
	if (access(dir, W_OK | X_OK) == -1)
		return rt_error_new(RT_EIO, "%s: cannot write there: %s", dir,
		    strerror(errno));
	return NULL;
}

/* Write msg to DIR/CODE.eml through a temporary file renamed onto it,
 * so that a reader never sees half a message. */
static struct rt_error *
write_message(const char *dir, const char *code, const struct rt_buf *msg,
    struct rt_buf *path)
{
	struct rt_buf tmp = { 0 };
	struct rt_error *err = NULL;
	FILE *fp = NULL;
	size_t n = strlen(dir);
	int fd = -1;

	/* "out/" as "out" */
	while (n > 1 && dir[n - 1] == '/')
		n--;
	rt_buf_printf(path, "%.*s/%s.eml", (int)n, dir, code);
	rt_buf_printf(&tmp, "%.*s/.%s.eml.XXXXXX", (int)n, dir, code);
	if (path->s == NULL || tmp.s == NULL) {
		rt_buf_free(&tmp);
		return rt_error_new(RT_ENOMEM, "out of memory");
	}
	if ((fd = mkstemp(tmp.s)) == -1 || (fp = fdopen(fd, "w")) == NULL ||
	    fwrite(msg->s, 1, msg->len, fp) != msg->len ||
	    fflush(fp) != 0 || fsync(fileno(fp)) != 0)
		err = rt_error_new(RT_EIO, "%s: cannot write it: %s", path->s,
		    strerror(errno));
	if (fp != NULL) {
		if (fclose(fp) != 0 && err == NULL)
			err = rt_error_new(RT_EIO, "%s: cannot write it: %s",
			    path->s, strerror(errno));
	} else if (fd != -1)
		close(fd);
	if (err == NULL && rename(tmp.s, path->s) != 0)
		err = rt_error_new(RT_EIO, "%s: cannot put the message there: "
		    "%s", path->s, strerror(errno));
	if (err != NULL && fd != -1)
		unlink(tmp.s);
	rt_buf_free(&tmp);
	return err;
}

/* One line saying who a message went to: "CODE: N recommendations to
 * ADDR, cc A, B". */
static void
say_sent(const struct rt_digest *d, const char *how)
{
	size_t i;

	out_text(stdout, d->official.code);
	printf(": %zu %s to ", d->nitems, d->nitems == 1 ?
	    "recommendation" : "recommendations");
	out_text(stdout, d->official.email);
	for (i = 0; i < d->ncc; i++) {
		fputs(i ? ", " : ", cc ", stdout);
		out_text(stdout, d->cc[i]);
	}
	fputs(how, stdout);
	putchar('\n');
}

struct run {
	const char *dir;		/* --out, or NULL */
	const char *sendmail;		/* --sendmail: the program */
	char instant[21];
	char *uid;
	size_t sent, failed, noaddr;
	size_t named;			/* officials named with --official */
};

/* Write or send the digest of d; failures are said and counted. */
static struct rt_error *
deliver(struct run *r, const struct rt_digests *ds, const struct rt_digest *d,
    const struct rt_config *cfg)
{
	struct rt_buf msg = { 0 }, path = { 0 }, how = { 0 };
	struct rt_error *err;

	if (d->official.email == NULL) {
		r->noaddr++;
		fputs("rectrack: official ", stderr);
		out_text(stderr, d->official.code);
		fprintf(stderr, " has %zu %s to follow up but no e-mail "
		    "address: no digest (official set ", d->nitems,
		    d->nitems == 1 ? "recommendation" : "recommendations");
		out_text(stderr, d->official.code);
		fputs(" email=ADDRESS)\n", stderr);
		return NULL;
	}
	if (d->unescalated != NULL) {
		r->noaddr++;
		fputs("rectrack: official ", stderr);
		out_text(stderr, d->unescalated);
		fputs(" is not copied on the digest for ", stderr);
		out_text(stderr, d->official.code);
		fprintf(stderr, " (overdue by more than %d days): no e-mail "
		    "address (official set ", cfg->follow_up.escalate_after_days);
		out_text(stderr, d->unescalated);
		fputs(" email=ADDRESS)\n", stderr);
	}
	/* a message refused (a value its headers cannot hold) fails for
	 * this official only */
	if ((err = rt_digest_message(ds, d, cfg, r->instant, r->uid,
	    &msg)) == NULL) {
		if (r->dir != NULL)
			err = write_message(r->dir, d->official.code, &msg,
			    &path);
		else
			err = cli_sendmail(r->sendmail, msg.s, msg.len);
	}
	if (err != NULL) {
		if (err->code == RT_ENOMEM) {
			rt_buf_free(&msg);
			rt_buf_free(&path);
			return err;
		}
		r->failed++;
		fputs("rectrack: digest for ", stderr);
		out_text(stderr, d->official.code);
		fputs(r->dir ? " not written: " : " not sent: ", stderr);
		out_text(stderr, err->msg);
		fputc('\n', stderr);
		rt_error_free(err);
	} else {
		r->sent++;
		if (r->dir != NULL)
			rt_buf_printf(&how, ": %s", path.s);
		else
			rt_buf_printf(&how, ": sent");
		say_sent(d, how.s ? how.s : "");
	}
	rt_buf_free(&msg);
	rt_buf_free(&path);
	rt_buf_free(&how);
	return NULL;
}

/* What was done: the officials left out, what did not go. */
static int
summary(const struct run *r, const struct rt_digests *ds)
{
	if (ds->n == 0 && r->named == 0)
		printf("no official has a recommendation overdue, due within "
		    "%d days or awaiting a decision\n", ds->due.within);
	else if (ds->n == 0)
		printf("nothing overdue, due within %d days or awaiting a "
		    "decision for the %s named\n", ds->due.within,
		    r->named == 1 ? "official" : "officials");
	if (ds->unassigned > 0)
		printf("%zu %s of the queue %s no official: in no digest "
		    "(rectrack due lists them)\n", ds->unassigned,
		    ds->unassigned == 1 ? "recommendation" : "recommendations",
		    ds->unassigned == 1 ? "has" : "have");
	if (r->failed > 0 || r->noaddr > 0) {
		fprintf(stderr, "rectrack: digests: %zu %s, %zu failed; %zu "
		    "%s without an e-mail address\n", r->sent,
		    r->dir ? "written" : "sent", r->failed, r->noaddr,
		    r->noaddr == 1 ? "official" : "officials");
		return 1;
	}
	return 0;
}

/* The options of digest, read into these (read_opts: 0 to go on, -1
 * after --help, else the exit status). */
struct opts {
	const char *within_arg;
	long within;
	const char *dir;
	int sendmail;
};

static int
read_opts(struct cli *c, int argc, char **argv, struct cli_filter *fl,
    struct opts *o)
{
	static const struct option opts[] = {
		{ "within", required_argument, NULL, 'w' },
		{ "official", required_argument, NULL, CLI_F_OFFICIAL },
		{ "include-staff", no_argument, NULL, CLI_F_INCLUDE_STAFF },
		{ "as-of", required_argument, NULL, CLI_F_AS_OF },
		{ "out", required_argument, NULL, 'o' },
		{ "sendmail", no_argument, NULL, 's' },
		CLI_HELP_OPTION,
		{ NULL, 0, NULL, 0 },
	};
	int ch, status;

	while ((ch = cli_getopt(c, argc, argv, opts, &status)) != -1) {
		if (ch == CLI_STOP)	/* -1 after --help: nothing to do */
			return status == 0 ? -1 : status;
		if ((status = cli_filter_option(c, fl, ch, optarg)) > 0)
			return status;
		if (status == 0)
			continue;
		if (ch == 'w') {
			if (o->within_arg)
				return cli_usage_error(c, "--within given "
				    "twice");
			o->within_arg = optarg;
			if ((status = cli_days("--within", optarg,
			    &o->within)))
				return status;
		} else if (ch == 'o') {
			if (o->dir)
				return cli_usage_error(c, "--out given twice");
			o->dir = optarg;
		} else if (ch == 's')
			o->sendmail = 1;
	}
	if (optind != argc)
		return cli_usage_error(c, "unexpected argument %s",
		    argv[optind]);
	if ((o->dir != NULL) == o->sendmail)
		return cli_usage_error(c, "say where the digests go: --out DIR "
		    "or --sendmail (one of them)");
	return cli_filter_done(c, fl);
}

int
cmd_digest(struct cli *c, int argc, char **argv)
{
	struct opts o;
	struct run r;
	struct cli_filter fl;
	struct rt_digests ds;
	struct rt_store *st;
	struct rt_error *err;
	size_t i;
	int status;

	memset(&o, 0, sizeof(o));
	memset(&r, 0, sizeof(r));
	memset(&ds, 0, sizeof(ds));
	o.within = c->cfg.follow_up.due_within_days;
	cli_filter_init(&fl);
	if ((status = read_opts(c, argc, argv, &fl, &o)) != 0)
		return status == -1 ? 0 : status;
	if (c->cfg.follow_up.from == NULL)
		return cli_fail(rt_error_new(RT_EINVAL, "the digests need a "
		    "sender: set follow_up.from in the configuration "
		    "(rectrack(1): FILES)"));
	if (o.dir != NULL && (err = folder_usable(o.dir)) != NULL)
		return cli_fail(err);
	r.dir = o.dir;
	r.named = fl.nofficial;
	r.sendmail = c->cfg.follow_up.sendmail ? c->cfg.follow_up.sendmail :
	    CLI_SENDMAIL_PATH;
	rt_clock_now(r.instant);
	if ((err = cli_open(c, RT_STORE_READONLY, &st)) != NULL)
		return cli_fail(err);
	if ((r.uid = rt_strdup(rt_store_uid(st))) == NULL)
		err = rt_error_new(RT_ENOMEM, "out of memory");
	else if ((err = cli_filter_ready(st, &fl)) == NULL)
		err = rt_digests_build(st, &c->cfg, fl.as_of, (int)o.within,
		    fl.f.officials, fl.f.nofficials, &ds);
	rt_store_close(st);
	if (err != NULL) {
		rt_digests_free(&ds);
		free(r.uid);
		cli_filter_free(&fl);
		return cli_fail(err);
	}
	for (i = 0; err == NULL && i < ds.n; i++)
		err = deliver(&r, &ds, &ds.v[i], &c->cfg);
	status = err ? cli_fail(err) : summary(&r, &ds);
	rt_digests_free(&ds);
	cli_filter_free(&fl);
	free(r.uid);
	return status;
}
