/*
 * rectrack — the clock.  Every "now" and "today" in the library comes
 * from here, so that tests can fix time.
 */
#ifndef RT_CLOCK_H
#define RT_CLOCK_H

#include <time.h>

/*
 * Fix the clock at an instant given as "YYYY-MM-DDTHH:MM:SSZ" (UTC) or
 * "YYYY-MM-DD" (midnight UTC).  NULL returns to the system clock.
 * Returns -1 (and changes nothing) when the text is not such an instant.
 */
int rt_clock_fix(const char *iso);

/* The current instant. */
time_t rt_clock_time(void);

/* Now as "YYYY-MM-DDTHH:MM:SSZ" in UTC; out needs 21 bytes. */
void rt_clock_now(char out[21]);

/* Today's date in local time (the TZ environment) as YYYY-MM-DD. */
void rt_clock_today(char out[11]);

#endif
