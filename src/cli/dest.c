/* Where a listing or report goes: standard output, a file written
 * whole or not at all, or an Excel workbook (cli.h, "destinations"). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/clock.h"
#include "base/error.h"
#include "cli/cli.h"
#include "cli/out.h"
#include "core/backup.h"
#include "formats/xlsx.h"

int
cli_output_check(const struct cli *c, const char *output, int force,
    enum out_format fmt)
{
	if (force && output == NULL)
		return cli_usage_error(c, "--force goes with --output");
	if (output != NULL && *output == '\0')
		return cli_usage_error(c, "--output needs a file name");
	if (fmt != OUT_XLSX)
		return 0;
	if (output == NULL)
		return cli_usage_error(c, "--format xlsx writes a workbook: "
		    "give --output FILE (or --output - to write it to "
		    "standard output)");
	if (strcmp(output, "-") == 0 && isatty(STDOUT_FILENO))
		return cli_usage_error(c, "--format xlsx --output -: standard "
		    "output is a terminal; give --output FILE or redirect it");
	if (force && strcmp(output, "-") == 0)
		return cli_usage_error(c, "--force goes with --output FILE");
	return 0;
}

/* The temporary file of --output - (a workbook): in $TMPDIR or /tmp. */
static struct rt_error *
tmp_workbook(struct cli_dest *d)
{
	const char *dir = getenv("TMPDIR");
	size_t n;
	int fd;

	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	n = strlen(dir) + sizeof("/rectrack-XXXXXX");
	if ((d->tmp = malloc(n)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	snprintf(d->tmp, n, "%s/rectrack-XXXXXX", dir);
	if ((fd = mkstemp(d->tmp)) == -1) {
		struct rt_error *err = rt_error_new(RT_EIO, "%s: cannot create "
		    "a temporary file: %s", dir, strerror(errno));

		free(d->tmp);
		d->tmp = NULL;
		return err;
	}
	close(fd);
	d->copy = 1;
	return NULL;
}

/* path.tmp, created here so that no two writers share it. */
static struct rt_error *
tmp_beside(struct cli_dest *d, const char *path)
{
	struct rt_error *err;
	size_t n;
	int fd;

	n = strlen(path) + sizeof(".tmp");
	if ((d->tmp = malloc(n)) == NULL)
		return rt_error_new(RT_ENOMEM, "out of memory");
	snprintf(d->tmp, n, "%s.tmp", path);
	if ((fd = open(d->tmp, O_WRONLY | O_CREAT | O_EXCL, 0666)) != -1 &&
	    (d->format == OUT_XLSX || (d->fp = fdopen(fd, "w")) != NULL)) {
		if (d->format == OUT_XLSX)
			close(fd);
		return NULL;
	}
	err = rt_error_new(RT_EIO, "%s: cannot create it: %s%s", d->tmp,
	    strerror(errno), errno == EEXIST ? " (another command may be "
	    "writing it; if not, remove it)" : "");
	if (fd != -1) {
		close(fd);
		unlink(d->tmp);
	}
	free(d->tmp);
	d->tmp = NULL;
	return err;
}

struct rt_error *
cli_dest_open(const struct cli *c, struct cli_dest *d, const char *output,
    int force, enum out_format fmt, const char *title)
{
	int export = strcmp(c->cmd->name, "export") == 0;
	struct rt_xlsx_props props;
	struct rt_error *err;

	memset(d, 0, sizeof(*d));
	d->format = fmt;
	if (output == NULL || (strcmp(output, "-") == 0 && fmt != OUT_XLSX)) {
		d->fp = stdout;
		return NULL;
	}
	if (strcmp(output, "-") == 0)
		err = tmp_workbook(d);
	else {
		d->path = output;
		if ((err = rt_backup_dest_ready(c->db_path, output, force,
		    export ? "export" : "write", export ? "export to another "
		    "file" : "write to another file")) == NULL)
			err = tmp_beside(d, output);
	}
	if (err != NULL || fmt != OUT_XLSX)
		return err;
	props.title = title;
	props.author = c->actor;
	props.created = rt_clock_time();
	if ((err = rt_xlsx_open(d->tmp, &props, &d->book)) != NULL) {
		unlink(d->tmp);
		free(d->tmp);
		d->tmp = NULL;
	}
	return err;
}

/* Copy the file at path to standard output. */
static struct rt_error *
copy_out(const char *path)
{
	char buf[65536];
	size_t n;
	FILE *in;
	int failed;

	if ((in = fopen(path, "rb")) == NULL)
		return rt_error_new(RT_EIO, "%s: cannot read it: %s", path,
		    strerror(errno));
	while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
		if (fwrite(buf, 1, n, stdout) != n)
			break;
	failed = ferror(in);
	fclose(in);
	if (failed)
		return rt_error_new(RT_EIO, "%s: cannot read it", path);
	if (fflush(stdout) == EOF || ferror(stdout))
		return rt_error_new(RT_EIO, "cannot write the output");
	return NULL;
}

/* Flush and close the text file being written; err or an error of its
 * own. */
static struct rt_error *
close_text(struct cli_dest *d, struct rt_error *err)
{
	int failed;

	failed = fflush(d->fp) != 0 || ferror(d->fp) ||
	    fsync(fileno(d->fp)) != 0;
	if (err == NULL && failed)
		err = rt_error_new(RT_EIO, "%s: cannot write it: %s", d->tmp,
		    strerror(errno));
	if (fclose(d->fp) != 0 && err == NULL)
		err = rt_error_new(RT_EIO, "%s: cannot write it: %s", d->tmp,
		    strerror(errno));
	return err;
}

struct rt_error *
cli_dest_close(struct cli_dest *d, struct rt_error *err)
{
	struct rt_error *e;

	if (d->tmp == NULL)
		return err;
	if (d->book != NULL) {
		e = rt_xlsx_close(d->book);
		d->book = NULL;
		if (err == NULL)
			err = e;
		else
			rt_error_free(e);
	} else
		err = close_text(d, err);
	if (err == NULL && d->copy)
		err = copy_out(d->tmp);
	else if (err == NULL && rename(d->tmp, d->path) != 0)
		err = rt_error_new(RT_EIO, "%s: cannot rename %s to it: %s",
		    d->path, d->tmp, strerror(errno));
	if (err != NULL || d->copy)
		unlink(d->tmp);
	free(d->tmp);
	d->tmp = NULL;
	return err;
}

struct out *
cli_dest_rows(struct cli_dest *d, const char *sheet,
    const struct out_col *cols, size_t ncols)
{
	if (d->format == OUT_XLSX)
		return out_sheet(d->book, sheet, cols, ncols);
	return out_new(d->fp, d->format, cols, ncols);
}

void
cli_dest_doc(struct cli_dest *d, struct out_doc *doc, const char *title,
    const char *subtitle)
{
	if (d->format == OUT_XLSX)
		out_doc_book(doc, d->book);
	else
		out_doc_begin(doc, d->fp, d->format, title, subtitle);
}

int
cli_bom(struct cli *c, int csv)
{
	if (c->bom != 0 && !csv)
		return cli_usage_error(c, "--%s goes with --format csv",
		    c->bom == CLI_BOM ? "bom" : "no-bom");
	out_bom(csv && (c->bom == CLI_BOM || (c->bom == 0 &&
	    c->cfg.csv_bom)));
	return 0;
}
