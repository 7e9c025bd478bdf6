/* demo_copy.h: rows for COPY ... FROM STDIN in text format, buffered.
 *
 * Begin with the COPY statement, add fields left to right (each call is one
 * column), end each row, then finish. After an error every call does
 * nothing, and demo_copy_finish reports it; the database keeps the sentence
 * (db_error).
 */
#ifndef HEARTH_CTL_DEMO_COPY_H
#define HEARTH_CTL_DEMO_COPY_H

#include <stdbool.h>
#include <stdint.h>

struct db;
struct demo_copy;

/* Start `sql` (a COPY ... FROM STDIN). Never NULL: a failure to start is
 * reported by demo_copy_finish. */
struct demo_copy *demo_copy_start(struct db *db, const char *sql);
/* Send what is left, end the COPY and free `c`. Returns false on error. */
bool demo_copy_finish(struct demo_copy *c);

/* Text (escaped as COPY wants), or SQL null when s is NULL. */
void demo_copy_text(struct demo_copy *c, const char *s);
void demo_copy_null(struct demo_copy *c);
void demo_copy_int(struct demo_copy *c, int64_t v);
/* An amount with two decimals, given in cents. */
void demo_copy_cents(struct demo_copy *c, int64_t cents);
void demo_copy_bool(struct demo_copy *c, bool v);
/* A date given as days since 1970-01-01. */
void demo_copy_date(struct demo_copy *c, int32_t days);
/* A local time: the day (days since 1970-01-01) and the minute of the day. */
void demo_copy_time(struct demo_copy *c, int32_t days, int minute);
void demo_copy_end_row(struct demo_copy *c);

#endif
