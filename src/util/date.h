/* date.h: calendar dates as people type them, as pure functions.
 *
 * Accepted: 2026-11-23, 11/23/2026, 11/23/26, 11-23-2026, "t" or "today",
 * "+30" or "-7" (days from today). Shown as YYYY-MM-DD.
 */
#ifndef HEARTH_DATE_H
#define HEARTH_DATE_H

#include <stdbool.h>

struct hdate {
	int year, month, day;
};

/* Parse `text` relative to `today` into *out. Returns true on success;
 * otherwise false, and *out is left alone. */
bool date_parse(const char *text, struct hdate today, struct hdate *out);
/* Whether the triple names a real day of the Gregorian calendar. */
bool date_valid(struct hdate d);
/* Days since 1970-01-01 and back. */
long date_to_days(struct hdate d);
struct hdate date_from_days(long days);
/* Writes "YYYY-MM-DD" (11 bytes with the NUL) into buf. */
void date_format(struct hdate d, char buf[11]);
/* The local calendar date now. */
struct hdate date_today(void);

#endif
