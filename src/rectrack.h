/*
 * rectrack — the library's umbrella header.  Every source file includes
 * this first.  Library code (everything that is not main.c, cmd_*.c or
 * out.c) never prints and never exits.
 */
#ifndef RECTRACK_H
#define RECTRACK_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RT_VERSION "0.1.0"

#include "error.h"
#include "util.h"
#include "date.h"
#include "money.h"
#include "domain.h"
#include "config.h"
#include "clock.h"
#include "store.h"
#include "rec.h"
#include "lifecycle.h"
#include "select.h"
#include "summary.h"
#include "outstanding.h"
#include "oversight.h"
#include "yamlin.h"
#include "import.h"
#include "check.h"
#include "backup.h"

#endif
