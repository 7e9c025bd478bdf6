/* computed.h: the values of a form's computed fields (formula =, see
 * formula.h), from the stored values of the fields they use. Pure: no
 * terminal, no database.
 *
 * Offers: form_compute, form_computed_from.
 */
#ifndef HEARTH_COMPUTED_H
#define HEARTH_COMPUTED_H

#include <stddef.h>

#include "form.h"

/* Replace the value of every computed field in `values` (form->nfields
 * stored values, NULL for empty; each a new string) by its formula's, from
 * the values of the fields it uses (computed ones first). When `problems`
 * is not NULL, a computed field whose value is outside its min and max (or
 * its type's range) gets a new sentence there, as field_parse says it; its
 * value is kept, to be shown. A field used that holds no number counts as
 * empty. */
void form_compute(const struct form *form, char **values, char **problems);

/* "Total is computed from Wages, Benefits and Other income.", a new
 * string; field i is a computed field. */
char *form_computed_from(const struct form *form, size_t i);

#endif
