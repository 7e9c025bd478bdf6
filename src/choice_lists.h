/* choice_lists.h: the lists of hearth.lookup that a form's choice fields
 * name, read once for a screen, so that a code is shown by its label in a
 * form and in a list of records alike.
 *
 * Offers: struct choice_lists, choice_lists_load, choice_lists_free. */
#ifndef HEARTH_CHOICE_LISTS_H
#define HEARTH_CHOICE_LISTS_H

#include <stddef.h>

#include "forms/field.h"
#include "forms/form.h"

struct db;

struct choice_lists {
	struct field_list *lists;    /* one a list name, its codes and labels in order */
	size_t n;
};

/* Read the list of every choice field of `form` (each once) into *cl, which
 * the caller frees with choice_lists_free. A list that cannot be read is
 * there with no options (its codes are then shown as they are). */
void choice_lists_load(struct db *db, const struct form *form, struct choice_lists *cl);
void choice_lists_free(struct choice_lists *cl);

#endif
