/* related.h: a master assessment's related assessments: the forms of the
 * kinds taken with one (a form saving assessment_id and enrollment_id, whose
 * `taken_with` names the master's type, or says nothing), in the order of
 * their menu entries, each with the record taken with this master, if any.
 * Read through the sharing rules. No curses. */
#ifndef HEARTH_RELATED_H
#define HEARTH_RELATED_H

#include <stddef.h>

struct db;
struct form;

struct related {
	const struct form *form;
	char *record;                /* its record taken with the master, or NULL */
};

/* The related kinds of a master of type `type` (NULL: any) into a new
 * array *out; returns how many, or -1 with *err (a sentence; the caller
 * frees) when a list cannot be read. */
int related_list(struct db *db, const struct form *const *forms, size_t n, const char *master,
                 const char *type, struct related **out, char **err);
void related_free(struct related *r, int n);

#endif
