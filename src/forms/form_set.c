/* form_set.c: a directory of forms, loaded together (form_set_load), found
 * by name and freed. */
#include "form.h"

#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"
#include "form_ini.h"

/* Leave out each form whose `opens` names a form that is not there (or
 * saves elsewhere), as any form with a mistake is. */
static void drop_bad_openings(struct form_set *set)
{
	size_t kept = 0;

	for (size_t i = 0; i < set->n; i++) {
		if (form_place_check_opens(set->forms[i], (const struct form *const *)set->forms,
		                           set->n, &set->errors))
			set->forms[kept++] = set->forms[i];
		else
			form_free(set->forms[i]);
	}
	set->n = kept;
}

struct form_set *form_set_load(const char *dir)
{
	struct form_set *set = xcalloc(1, sizeof *set);
	char **paths;
	size_t n = form_ini_list(dir, &paths, &set->errors);

	for (size_t i = 0; i < n; i++) {
		struct form *form = form_load(paths[i], &set->errors);

		if (form) {
			set->forms = xrealloc(set->forms, (set->n + 1) * sizeof *set->forms);
			set->forms[set->n++] = form;
		}
		free(paths[i]);
	}
	free(paths);
	drop_bad_openings(set);
	return set;
}

const struct form *form_set_find(const struct form_set *set, const char *name)
{
	for (size_t i = 0; i < set->n; i++)
		if (!strcmp(set->forms[i]->name, name))
			return set->forms[i];
	return NULL;
}

void form_set_free(struct form_set *set)
{
	if (!set)
		return;
	for (size_t i = 0; i < set->n; i++)
		form_free(set->forms[i]);
	free(set->forms);
	form_errors_free(&set->errors);
	free(set);
}
