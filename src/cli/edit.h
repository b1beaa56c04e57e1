/*
 * rectrack — what `report set`, `agency set|rename` and `issuer
 * set|rename` share: reading FIELD=VALUE operands, --date and --note,
 * running the change in one write transaction (cli_write) and printing
 * one outcome line per event written.
 */
#ifndef RT_CLI_EDIT_H
#define RT_CLI_EDIT_H

#include "store/store.h"

struct cli;

/* KIND set CODE FIELD=VALUE… [--date DATE] [--note TEXT]: the exit
 * status. */
int cli_subject_set(struct cli *, int argc, char **argv,
    enum rt_subject kind);
/* KIND rename OLD NEW [--date DATE] [--note TEXT] (agencies, issuers):
 * the exit status. */
int cli_subject_rename(struct cli *, int argc, char **argv,
    enum rt_subject kind);

#endif
