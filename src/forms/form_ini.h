/* form_ini.h: one INI file of forms/ (a form or a workflow), read with
 * iniparser for its values, with the line of every section header and key
 * (iniparser keeps none) found by scanning the file's text, so that every
 * mistake can be reported as "file:line: what is wrong". Internal to
 * src/forms.
 *
 * Offers: form_ini_load/form_ini_free, the sections in file order
 * (form_ini_nsections, form_ini_section), values (form_ini_get), lines
 * (form_ini_line), reporting a mistake at its line (form_ini_complain),
 * the check of a section's keys (form_ini_check_keys), small readers of
 * values (form_ini_is_name, form_ini_yes_no), and the listing of a
 * directory's .ini files (form_ini_list, form_ini_name).
 *
 * Section names and keys are lower-cased and trimmed, as iniparser does.
 */
#ifndef HEARTH_FORM_INI_H
#define HEARTH_FORM_INI_H

#include <stdbool.h>
#include <stddef.h>

#include "form_errors.h"

struct form_ini;

/* Read `path`. Lines that iniparser would refuse (and a file that cannot be
 * read) are added to `errs` with their line, and then NULL is returned.
 * The caller frees the result with form_ini_free. */
struct form_ini *form_ini_load(const char *path, struct form_errors *errs);
void form_ini_free(struct form_ini *ini);
const char *form_ini_path(const struct form_ini *ini);

/* The section headers in file order, one per header written (a section
 * written twice appears twice). form_ini_section returns the name of the
 * i-th, sets *line to its line and *earlier to the line of an earlier
 * header of the same name (0 when it is the first). */
size_t form_ini_nsections(const struct form_ini *ini);
const char *form_ini_section(const struct form_ini *ini, size_t i, int *line, int *earlier);

/* The value of `key` in `section` as iniparser read it (quotes removed, a
 * trailing ; or # comment cut off), or NULL when the key is absent. The
 * string belongs to `ini`. */
const char *form_ini_get(const struct form_ini *ini, const char *section, const char *key);
/* The line of `key` in `section`, or of the section's header when `key` is
 * NULL; the first occurrence; 0 when there is none. */
int form_ini_line(const struct form_ini *ini, const char *section, const char *key);

/* Add "path:line: message" to errs at the line of `key` in `section`, or
 * of the section's header when key is NULL or absent (no line at all when
 * the section is absent too). */
void form_ini_complain(const struct form_ini *ini, struct form_errors *errs, const char *section,
                       const char *key, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* Report every key of the i-th section that is not in `known` (a NULL
 * terminated list), and every key written twice. Messages start with
 * `who` (such as `field "ssn"`). */
void form_ini_check_keys(const struct form_ini *ini, size_t i, const char *const *known,
                         const char *who, struct form_errors *errs);

/* "a, b, c" of a NULL-ended list, as a new string (for messages). */
char *form_ini_names(const char *const *list);
/* Whether s is a lower-case SQL-style name: a letter or _, then letters,
 * digits and _, at most 63 bytes. */
bool form_ini_is_name(const char *s);
/* yes, no, true, false, 1, 0 (any case) into *out; false for anything else. */
bool form_ini_yes_no(const char *s, bool *out);

/* The paths "dir/NAME.ini" of the directory's *.ini files, sorted by name,
 * in a new array of new strings (the caller frees each and the array).
 * Returns how many; a directory that cannot be read is reported in `errs`. */
size_t form_ini_list(const char *dir, char ***paths, struct form_errors *errs);
/* The file's name without directory and ".ini", as a new string. */
char *form_ini_name(const char *path);

#endif
