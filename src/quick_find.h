/* quick_find.h: what a person types into the quick search box, read as a
 * Find Client search. Pure: no terminal, no database.
 *
 *   "smith"            last name starting so
 *   "jo smi"           first and last name (the first letters of each)
 *   "smith, jo"        last name, first name
 *   "4011", "123-45-6789"      the SSN's last four, the whole SSN
 *   "12/2/1977", "1977-12-02"  the birth date
 *   "#42"              client id 42
 */
#ifndef HEARTH_QUICK_FIND_H
#define HEARTH_QUICK_FIND_H

#include <stdbool.h>

struct quick_find {
	char first[64], last[64], birth_date[11], ssn[10], id[20];
};

/* Read `text`; false with *problem (a static sentence) when it is none of
 * the above. */
bool quick_find_parse(const char *text, struct quick_find *q, const char **problem);

/* Find Client's own fields. An SSN field: nine digits or the last four,
 * with dashes and spaces between them; a client id field: digits, perhaps
 * after #. The digits go into `out` ("" for a blank field); false when the
 * text holds anything else (a letter is never dropped silently). */
bool quick_find_ssn(const char *text, char out[10]);
bool quick_find_id(const char *text, char out[20]);

#endif
