/*
 * rectrack completion bash|zsh|fish — the shell completion script,
 * generated from the command table and each command's documentation
 * (help_text.c): the commands, their subcommands and options, the
 * values of options (statuses and concurrences from the lifecycle's
 * names, formats and keys from the documentation), files and folders;
 * reports, recommendations, agencies, issuers, officials and topics come
 * from the database through `rectrack __complete KIND PREFIX`.
 *
 * bash and zsh share the tables, written as POSIX case statements; each
 * has its own driver.  A value's "spec" is "-" (no value), "?" (a value
 * nothing completes), "=WORD WORD..." (these words), "@KIND" (ask
 * __complete), "+file" or "+dir"; several are joined with "|".
 */
#include <stdio.h>
#include <string.h>

#include "base/domain.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/out.h"
#include "core/queue.h"
#include "core/summary.h"
#include "store/store.h"

/*
 * The words of kind k, blank-separated, from the code that reads them
 * (a status filter, filter not 0, also takes "open" and "closed"); 0
 * when k has no fixed words.
 */
static int
put_words(FILE *fp, enum cli_kind k, int filter)
{
	const char *s;
	size_t i;

	switch (k) {
	case CLI_K_STATUS:
		for (i = 0; i < RT_STATUS_COUNT; i++)
			fprintf(fp, "%s%s", i ? " " : "",
			    rt_status_name((int)i));
		if (filter)
			fputs(" open closed", fp);
		return 1;
	case CLI_K_CONCURRENCE:
		for (i = 0; i < RT_CONC_COUNT; i++)
			fprintf(fp, "%s%s", i ? " " : "",
			    rt_concurrence_name((int)i));
		return 1;
	case CLI_K_COLUMN:
		for (i = 0; i < out_rec_ncols; i++)
			fprintf(fp, "%s%s", i ? " " : "", out_rec_cols[i].key);
		return 1;
	case CLI_K_SORT:
		for (i = 0; (s = rt_sort_field_name(i)) != NULL; i++)
			fprintf(fp, "%s%s", i ? " " : "", s);
		return 1;
	case CLI_K_BY:
		for (i = 0; (s = rt_summary_by_name(i)) != NULL; i++)
			fprintf(fp, "%s%s", i ? " " : "", s);
		return 1;
	case CLI_K_SEARCH_IN:
		for (i = 0; i < RT_SEARCH_FIELD_COUNT; i++)
			fprintf(fp, "%s%s", i ? " " : "",
			    rt_search_field_name(i));
		return 1;
	default:
		return 0;
	}
}

/* The spec of a value of kind k (values: the documented words; filter:
 * an option's, not an operand's). */
static void
put_spec(FILE *fp, enum cli_kind k, const char *values, int filter)
{
	static const char *const ask[] = {
		[CLI_K_REPORT] = "report", [CLI_K_REC] = "rec",
		[CLI_K_AGENCY] = "agency", [CLI_K_ISSUER] = "issuer",
		[CLI_K_OFFICIAL] = "official", [CLI_K_TOPIC] = "topic",
	};

	if (values != NULL) {
		fprintf(fp, "=%s", values);
		return;
	}
	switch (k) {
	case CLI_K_FILE: fputs("+file", fp); break;
	case CLI_K_DIR: fputs("+dir", fp); break;
	case CLI_K_STATUS: case CLI_K_CONCURRENCE: case CLI_K_COLUMN:
	case CLI_K_SORT: case CLI_K_BY: case CLI_K_SEARCH_IN:
		fputc('=', fp);
		put_words(fp, k, filter);
		break;
	case CLI_K_REPORT: case CLI_K_REC: case CLI_K_AGENCY:
	case CLI_K_ISSUER: case CLI_K_OFFICIAL: case CLI_K_TOPIC:
		fprintf(fp, "@%s", ask[k]);
		break;
	default:
		fputc('?', fp);
	}
}

/* The spec of an option's value. */
static void
put_opt_spec(FILE *fp, const struct cli_opt_doc *o)
{
	put_spec(fp, o->kind, o->values, 1);
}

/* The words of the non-hidden commands. */
static void
put_commands(FILE *fp)
{
	const struct cli_cmd *c;
	int first = 1;

	for (c = cli_commands(); c->name; c++)
		if (c->group != CLI_G_HIDDEN) {
			fprintf(fp, "%s%s", first ? "" : " ", c->name);
			first = 0;
		}
}

/* The options of d that form sub takes, blank-separated. */
static void
put_options(FILE *fp, const struct cli_doc *d, const char *sub)
{
	const struct cli_opt_doc *o;
	int i, first = 1;

	for (i = 0; i < 2; i++)
		for (o = i == 0 ? d->opts : d->more; o && o->name; o++)
			if (cli_doc_applies(o, sub)) {
				fprintf(fp, "%s--%s", first ? "" : " ",
				    o->name);
				first = 0;
			}
}

/* The first documented option named like o, so that each is once. */
static int
first_of(const struct cli_doc *d, const struct cli_opt_doc *o)
{
	const struct cli_opt_doc *p;
	int i;

	for (i = 0; i < 2; i++)
		for (p = i == 0 ? d->opts : d->more; p && p->name; p++) {
			if (strcmp(p->name, o->name) == 0)
				return p == o;
		}
	return 1;
}

/* The shared tables: _rectrack_subs, _rectrack_options, _rectrack_arg,
 * _rectrack_operand, as POSIX case statements. */
static void
put_tables(FILE *fp)
{
	const struct cli_cmd *c;
	const struct cli_doc *d;
	const struct cli_opt_doc *o;
	char sub[64];
	const char *s;
	size_t n;
	int i;

	fputs("_rectrack_commands='", fp);
	put_commands(fp);
	fputs("'\n_rectrack_globals='", fp);
	for (o = cli_global_docs; o->name; o++)
		fprintf(fp, "%s--%s", o == cli_global_docs ? "" : " ", o->name);
	fputs("'\n_rectrack_common='--help --wide --color --no-pager'\n", fp);

	fputs("_rectrack_subs() {\n\tcase $1 in\n", fp);
	for (c = cli_commands(); c->name; c++)
		if ((d = cli_doc_find(c->name)) && d->subs)
			fprintf(fp, "\t%s) echo '%s' ;;\n", c->name, d->subs);
	fputs("\tesac\n}\n", fp);

	fputs("_rectrack_options() {\n\tcase \"$1 $2\" in\n", fp);
	for (c = cli_commands(); c->name; c++) {
		if ((d = cli_doc_find(c->name)) == NULL)
			continue;
		if (d->subs == NULL) {
			fprintf(fp, "\t'%s ') echo '", c->name);
			put_options(fp, d, NULL);
			fputs("' ;;\n", fp);
			continue;
		}
		for (s = d->subs; *s; s += n, s += strspn(s, " ")) {
			n = strcspn(s, " ");
			snprintf(sub, sizeof(sub), "%.*s", (int)n, s);
			fprintf(fp, "\t'%s %s') echo '", c->name, sub);
			put_options(fp, d, sub);
			fputs("' ;;\n", fp);
		}
	}
	fputs("\tesac\n}\n", fp);

	fputs("_rectrack_arg() {\n\tcase \"$1 $2\" in\n", fp);
	for (c = cli_commands(); c->name; c++) {
		if ((d = cli_doc_find(c->name)) == NULL)
			continue;
		for (i = 0; i < 2; i++)
			for (o = i == 0 ? d->opts : d->more; o && o->name;
			    o++) {
				if (o->arg == NULL || o->arg[0] == '[' ||
				    !first_of(d, o))
					continue;
				fprintf(fp, "\t'%s --%s') echo '", c->name,
				    o->name);
				put_opt_spec(fp, o);
				fputs("' ;;\n", fp);
			}
	}
	fputs("\t*) echo '-' ;;\n\tesac\n}\n", fp);

	fputs("_rectrack_operand() {\n\tcase $1 in\n", fp);
	fputs("\thelp) echo \"=$_rectrack_commands\" ;;\n", fp);
	for (c = cli_commands(); c->name; c++) {
		if ((d = cli_doc_find(c->name)) == NULL ||
		    d->operand == CLI_K_NONE)
			continue;
		fprintf(fp, "\t%s) echo '", c->name);
		put_spec(fp, d->operand, NULL, 0);
		if (d->operand2 != CLI_K_NONE) {
			fputc('|', fp);
			put_spec(fp, d->operand2, NULL, 0);
		}
		fputs("' ;;\n", fp);
	}
	fputs("\t*) echo '?' ;;\n\tesac\n}\n", fp);
}

/* The words before the cursor, in both drivers: the command, its
 * subcommand, the --db given (for __complete). */
static const char scan[] =
"\t\tcase $w in\n"
"\t\t--db) db=$(_rectrack_dequote \"${WORDS_I1}\"); i=$((i + 1)); "
"continue ;;\n"
"\t\t--db=*) db=$(_rectrack_dequote \"${w#--db=}\"); continue ;;\n"
"\t\t--config) cfg=$(_rectrack_dequote \"${WORDS_I1}\"); i=$((i + 1)); "
"continue ;;\n"
"\t\t--config=*) cfg=$(_rectrack_dequote \"${w#--config=}\"); "
"continue ;;\n"
"\t\t--actor) i=$((i + 1)); continue ;;\n"
"\t\t-*)\n"
"\t\t\tif [ -n \"$cmd\" ] && [ \"${w#*=}\" = \"$w\" ] &&\n"
"\t\t\t    [ \"$(_rectrack_arg \"$cmd\" \"$w\")\" != - ]; then\n"
"\t\t\t\ti=$((i + 1))\n"
"\t\t\tfi\n"
"\t\t\tcontinue ;;\n"
"\t\tesac\n"
"\t\tif [ -z \"$cmd\" ]; then\n"
"\t\t\tcmd=$w; subs=$(_rectrack_subs \"$cmd\")\n"
"\t\telif [ -n \"$subs\" ] && [ -z \"$sub\" ]; then\n"
"\t\t\tsub=$w\n"
"\t\tfi\n";

/* What to offer at the cursor, once the words are read. */
static const char decide[] =
"\tcase $prev in\n"
"\t--db|--config) [ -z \"$cmd\" ] && { _rectrack_values +file; return; } ;;\n"
"\t--actor) [ -z \"$cmd\" ] && return ;;\n"
"\tesac\n"
"\tif [ -n \"$cmd\" ] && [ \"${prev#-}\" != \"$prev\" ]; then\n"
"\t\tspec=$(_rectrack_arg \"$cmd\" \"$prev\")\n"
"\t\tcase $spec in\n"
"\t\t-) ;;\n"
"\t\t'?') return ;;\n"
"\t\t*) _rectrack_values \"$spec\"; return ;;\n"
"\t\tesac\n"
"\tfi\n"
"\tif [ -z \"$cmd\" ]; then\n"
"\t\tcase $cur in\n"
"\t\t-*) _rectrack_values \"=$_rectrack_globals\" ;;\n"
"\t\t*) _rectrack_values \"=$_rectrack_commands\" ;;\n"
"\t\tesac\n"
"\t\treturn\n"
"\tfi\n"
"\tcase $cur in\n"
"\t-*) _rectrack_values \"=$(_rectrack_options \"$cmd\" \"$sub\") "
"$_rectrack_common\"; return ;;\n"
"\tesac\n"
"\tif [ -n \"$subs\" ] && [ -z \"$sub\" ]; then\n"
"\t\t_rectrack_values \"=$subs\"\n"
"\t\treturn\n"
"\tfi\n"
"\t_rectrack_values \"$(_rectrack_operand \"$cmd\")\"\n";

/* The scan with the shell's way of reading the next word. */
static void
put_scan(FILE *fp, const char *next)
{
	const char *s = scan, *p;

	while ((p = strstr(s, "${WORDS_I1}")) != NULL) {
		fprintf(fp, "%.*s%s", (int)(p - s), s, next);
		s = p + strlen("${WORDS_I1}");
	}
	fputs(s, fp);
}

static void
bash(FILE *fp)
{
	fputs("# bash completion for rectrack: 'rectrack completion bash' "
	    "wrote it\n", fp);
	put_tables(fp);
	/* no word the shell splits or globs: lines read with mapfile,
	 * values from the database quoted for the line with %q */
	fputs("_rectrack_dequote() {\n"
	    "\tlocal s=$1 out= c\n"
	    "\tcase $s in \"'\"*\"'\") s=${s:1:${#s}-2} ;; \"'\"*) s=${s:1} ;;\n"
	    "\t'\"'*) s=${s#'\"'}; s=${s%'\"'}; out=\n"
	    "\t\twhile [ -n \"$s\" ]; do\n"
	    "\t\t\tc=${s:0:1}; s=${s:1}\n"
	    "\t\t\tif [ \"$c\" = '\\' ] && [[ ${s:0:1} == [\\\\\\\"\\$\\`] ]];"
	    " then\n"
	    "\t\t\t\tc=${s:0:1}; s=${s:1}\n"
	    "\t\t\tfi\n"
	    "\t\t\tout+=$c\n"
	    "\t\tdone; s=$out ;;\n"
	    "\t*) while [ -n \"$s\" ]; do\n"
	    "\t\tc=${s:0:1}; s=${s:1}\n"
	    "\t\tif [ \"$c\" = '\\' ]; then c=${s:0:1}; s=${s:1}; fi\n"
	    "\t\tout+=$c\n"
	    "\tdone; s=$out ;;\n"
	    "\tesac\n"
	    "\tcase $s in '~/'*) s=$HOME/${s#'~/'} ;; esac\n"
	    "\tprintf '%s' \"$s\"\n"
	    "}\n"
	    "_rectrack_values() {\n"
	    "\tlocal s v pre opts=() specs=() vals=()\n"
	    "\t[ -n \"$db\" ] && opts+=(--db \"$db\")\n"
	    "\t[ -n \"$cfg\" ] && opts+=(--config \"$cfg\")\n"
	    "\tIFS='|' read -ra specs <<< \"$1\"\n"
	    "\tfor s in \"${specs[@]}\"; do\n"
	    "\t\tcase $s in\n"
	    "\t\t'='*) mapfile -t -O ${#COMPREPLY[@]} COMPREPLY < <(compgen "
	    "-W \"${s#=}\" -- \"$cur\") ;;\n"
	    "\t\t@*) pre=$(_rectrack_dequote \"$cur\")\n"
	    "\t\t\tmapfile -t vals < <(\"${COMP_WORDS[0]}\" \"${opts[@]}\" "
	    "\\\n"
	    "\t\t\t    __complete \"${s#@}\" \"$pre\" 2>/dev/null)\n"
	    "\t\t\tfor v in \"${vals[@]}\"; do\n"
	    "\t\t\t\tprintf -v v '%q' \"$v\"; COMPREPLY+=(\"$v\")\n"
	    "\t\t\tdone ;;\n"
	    "\t\t+file) compopt -o filenames 2>/dev/null\n"
	    "\t\t\tmapfile -t -O ${#COMPREPLY[@]} COMPREPLY < <(compgen -f "
	    "-- \"$cur\") ;;\n"
	    "\t\t+dir) compopt -o filenames 2>/dev/null\n"
	    "\t\t\tmapfile -t -O ${#COMPREPLY[@]} COMPREPLY < <(compgen -d "
	    "-- \"$cur\") ;;\n"
	    "\t\tesac\n"
	    "\tdone\n"
	    "}\n"
	    /* bash splits "--db=PATH" at the '=' (COMP_WORDBREAKS):
	     * the words are joined again into W, the cursor's CW; at
	     * "--opt=VALUE" the value is the word completed */
	    "_rectrack() {\n"
	    "\tlocal cur prev= cmd= sub= subs= db= cfg= w spec i j\n"
	    "\tlocal W=() CW=0 n=${#COMP_WORDS[@]}\n"
	    "\tfor ((j = 0; j < n; j++)); do\n"
	    "\t\tw=${COMP_WORDS[j]}\n"
	    "\t\tif [ ${#W[@]} -gt 0 ] && [ \"$w\" = = ] &&\n"
	    "\t\t    [[ ${W[-1]} == --* && ${W[-1]} != *=* ]]; then\n"
	    "\t\t\tW[-1]+==; [ $j = \"$COMP_CWORD\" ] && "
	    "CW=$((${#W[@]} - 1))\n"
	    "\t\t\tif [ $((j + 1)) -lt $n ]; then\n"
	    "\t\t\t\tj=$((j + 1)); W[-1]+=${COMP_WORDS[j]}\n"
	    "\t\t\t\t[ $j = \"$COMP_CWORD\" ] && "
	    "CW=$((${#W[@]} - 1))\n"
	    "\t\t\tfi\n"
	    "\t\t\tcontinue\n"
	    "\t\tfi\n"
	    "\t\t[ $j = \"$COMP_CWORD\" ] && CW=${#W[@]}\n"
	    "\t\tW+=(\"$w\")\n"
	    "\tdone\n"
	    "\tcur=${W[CW]}\n"
	    "\tif [[ $cur == --*=* ]]; then\n"
	    "\t\tprev=${cur%%=*}; cur=${cur#*=}\n"
	    "\telif [ \"$CW\" -gt 1 ]; then\n"
	    "\t\tprev=${W[CW-1]}\n"
	    "\tfi\n"
	    "\tCOMPREPLY=()\n"
	    "\tfor ((i = 1; i < CW; i++)); do\n"
	    "\t\tw=${W[i]}\n", fp);
	put_scan(fp, "${W[i+1]}");
	fputs("\tdone\n", fp);
	fputs(decide, fp);
	fputs("}\ncomplete -F _rectrack rectrack\n", fp);
}

static void
zsh(FILE *fp)
{
	fputs("#compdef rectrack\n"
	    "# zsh completion for rectrack: 'rectrack completion zsh' "
	    "wrote it\n", fp);
	put_tables(fp);
	/* compadd quotes the values for the line */
	fputs("_rectrack_dequote() {\n"
	    "\tlocal s=${(Q)1}\n"
	    "\t[[ $s == '~/'* ]] && s=$HOME/${s#'~/'}\n"
	    "\tprint -rn -- \"$s\"\n"
	    "}\n"
	    "_rectrack_values() {\n"
	    "\tlocal s\n"
	    "\tlocal -a out dbopt\n"
	    "\t[[ -n $db ]] && dbopt=(--db \"$db\")\n"
	    "\t[[ -n $cfg ]] && dbopt+=(--config \"$cfg\")\n"
	    "\tfor s in ${(s:|:)1}; do\n"
	    "\t\tcase $s in\n"
	    "\t\t'='*) out=(${=${s#=}}); compadd -a out ;;\n"
	    "\t\t@*) out=(${(f)\"$(${words[1]} $dbopt __complete "
	    "${s#@} \"${(Q)PREFIX}\" 2>/dev/null)\"})\n"
	    "\t\t\tcompadd -a out ;;\n"
	    "\t\t+file) _files ;;\n"
	    "\t\t+dir) _files -/ ;;\n"
	    "\t\tesac\n"
	    "\tdone\n"
	    "}\n"
	    "_rectrack() {\n"
	    "\tlocal cur=$words[CURRENT] prev= cmd= sub= subs= db= cfg= w spec "
	    "i\n"
	    "\t(( CURRENT > 2 )) && prev=$words[CURRENT-1]\n"
	    "\tfor ((i = 2; i < CURRENT; i++)); do\n"
	    "\t\tw=$words[i]\n", fp);
	put_scan(fp, "$words[i+1]");
	fputs("\tdone\n", fp);
	fputs(decide, fp);
	fputs("}\n_rectrack \"$@\"\n", fp);
}

/* text in fish's single quotes */
static void
fish_quoted(FILE *fp, const char *s)
{
	fputc('\'', fp);
	for (; *s; s++) {
		if (*s == '\'' || *s == '\\')
			fputc('\\', fp);
		fputc(*s, fp);
	}
	fputc('\'', fp);
}

/* The arguments of `complete` for the value of an option (or, with o
 * NULL, an operand of kind k). */
static void
fish_values(FILE *fp, enum cli_kind k, const char *values, int filter)
{
	static const char *const ask[] = {
		[CLI_K_REPORT] = "report", [CLI_K_REC] = "rec",
		[CLI_K_AGENCY] = "agency", [CLI_K_ISSUER] = "issuer",
		[CLI_K_OFFICIAL] = "official", [CLI_K_TOPIC] = "topic",
	};

	if (values != NULL) {
		fprintf(fp, " -x -a '%s'", values);
		return;
	}
	switch (k) {
	case CLI_K_FILE: fputs(" -r -F", fp); break;
	case CLI_K_DIR: fputs(" -x -a '(__fish_complete_directories)'", fp);
		break;
	case CLI_K_STATUS: case CLI_K_CONCURRENCE: case CLI_K_COLUMN:
	case CLI_K_SORT: case CLI_K_BY: case CLI_K_SEARCH_IN:
		fputs(" -x -a '", fp);
		put_words(fp, k, filter);
		fputc('\'', fp);
		break;
	case CLI_K_REPORT: case CLI_K_REC: case CLI_K_AGENCY:
	case CLI_K_ISSUER: case CLI_K_OFFICIAL: case CLI_K_TOPIC:
		fprintf(fp, " -x -a '(__rectrack_values %s)'", ask[k]);
		break;
	default:
		fputs(" -x", fp);
	}
}

static void
fish_command(FILE *fp, const struct cli_cmd *c, const struct cli_doc *d)
{
	const struct cli_opt_doc *o;
	int i;

	fprintf(fp, "complete -c rectrack -n __fish_use_subcommand -a %s -d ",
	    c->name);
	fish_quoted(fp, c->help);
	fputc('\n', fp);
	if (d == NULL)
		return;
	if (d->subs != NULL)
		fprintf(fp, "complete -c rectrack -n '__fish_seen_subcommand_from"
		    " %s; and not __fish_seen_subcommand_from %s' -a '%s'\n",
		    c->name, d->subs, d->subs);
	if (strcmp(c->name, "help") == 0) {
		fputs("complete -c rectrack -n '__fish_seen_subcommand_from "
		    "help' -a '", fp);
		put_commands(fp);
		fputs("'\n", fp);
	} else if (d->operand != CLI_K_NONE) {
		fprintf(fp, "complete -c rectrack -n "
		    "'__fish_seen_subcommand_from %s'", c->name);
		fish_values(fp, d->operand, NULL, 0);
		fputc('\n', fp);
	}
	for (i = 0; i < 2; i++)
		for (o = i == 0 ? d->opts : d->more; o && o->name; o++) {
			if (o->sub)
				fprintf(fp, "complete -c rectrack -n "
				    "'__fish_seen_subcommand_from %s; and "
				    "__fish_seen_subcommand_from %s'", c->name,
				    o->sub);
			else
				fprintf(fp, "complete -c rectrack -n "
				    "'__fish_seen_subcommand_from %s'",
				    c->name);
			fprintf(fp, " -l %s", o->name);
			if (o->arg != NULL && o->arg[0] != '[')
				fish_values(fp, o->kind, o->values, 1);
			fputs(" -d ", fp);
			fish_quoted(fp, o->help);
			fputc('\n', fp);
		}
}

static void
fish(FILE *fp)
{
	const struct cli_cmd *c;
	const struct cli_opt_doc *o;

	fputs("# fish completion for rectrack: 'rectrack completion fish' "
	    "wrote it\n"
	    "function __rectrack_values\n"
	    "\tset -l w (commandline -opc)\n"
	    "\tset -l db\n"
	    "\tfor o in --db --config\n"
	    "\t\tif set -l i (contains -i -- $o $w)\n"
	    "\t\t\tset -a db $o $w[(math $i + 1)]\n"
	    "\t\tend\n"
	    "\tend\n"
	    "\tset -a db (string match -e -- --db= $w) "
	    "(string match -e -- --config= $w)\n"
	    "\tset -l pre (commandline -ct)\n"
	    "\tset pre (string unescape -- $pre; or string trim -c \"'\\\"\" -- "
	    "$pre)\n"
	    "\t$w[1] $db __complete $argv[1] \"$pre\" 2>/dev/null\n"
	    "end\n"
	    "complete -c rectrack -f\n", fp);
	for (o = cli_global_docs; o->name; o++) {
		fprintf(fp, "complete -c rectrack -n __fish_use_subcommand "
		    "-l %s", o->name);
		if (o->arg != NULL && o->arg[0] != '[')
			fish_values(fp, o->kind, o->values, 1);
		fputs(" -d ", fp);
		fish_quoted(fp, o->help);
		fputc('\n', fp);
	}
	for (c = cli_commands(); c->name; c++)
		if (c->group != CLI_G_HIDDEN)
			fish_command(fp, c, cli_doc_find(c->name));
}

int
cmd_completion(struct cli *c, int argc, char **argv)
{
	int status;

	if ((status = cli_empty_operand(c, argc, argv, 1)) != 0)
		return status;
	if (argc == 2 && (strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "-h") == 0)) {
		cli_help_command(c->cmd, NULL, stdout);
		return 0;
	}
	if (argc == 1)
		return cli_usage_error(c, "completion needs a SHELL (bash, zsh "
		    "or fish)");
	if (argc > 2)
		return cli_usage_error(c, "completion takes one SHELL");
	if (strcmp(argv[1], "bash") == 0)
		bash(stdout);
	else if (strcmp(argv[1], "zsh") == 0)
		zsh(stdout);
	else if (strcmp(argv[1], "fish") == 0)
		fish(stdout);
	else
		return cli_usage_error(c, "%s: unknown shell (expected bash, "
		    "zsh or fish)", argv[1]);
	return 0;
}
