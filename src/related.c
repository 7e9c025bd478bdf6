/* related.c: a master assessment's related assessments (related.h). */
#include "related.h"

#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "forms/form.h"
#include "forms/record.h"
#include "util/xalloc.h"

/* Whether the form's kind is taken with a master of `type`. */
static bool taken_with(const struct form *form, const char *type)
{
	if (form_column_field(form, "assessment_id") < 0 || form_column_field(form, "enrollment_id") < 0)
		return false;
	if (!form->place.ntaken_with || !type)
		return true;
	for (size_t i = 0; i < form->place.ntaken_with; i++)
		if (!strcmp(form->place.taken_with[i], type))
			return true;
	return false;
}

static int by_rank(const void *a, const void *b)
{
	const struct related *x = a, *y = b;

	if (x->form->place.rank != y->form->place.rank)
		return x->form->place.rank > y->form->place.rank ? 1 : -1;
	return strcmp(x->form->name, y->form->name);
}

int related_list(struct db *db, const struct form *const *forms, size_t n, const char *master,
                 const char *type, struct related **out, char **err)
{
	struct related *r = xcalloc(n + 1, sizeof *r);
	int m = 0;

	*err = NULL;
	for (size_t i = 0; i < n; i++) {
		struct db_rows *rows;
		if (!taken_with(forms[i], type))
			continue;
		rows = record_list(db, forms[i], NULL, 0, "assessment_id", master, -1, true, 1, 0);
		if (!rows) {
			*err = xstrdup(db_error(db));
			related_free(r, m);
			return -1;
		}
		r[m].form = forms[i];
		r[m++].record = db_rows_count(rows) ? xstrdup(db_rows_get(rows, 0, 0)) : NULL;
		db_rows_free(rows);
	}
	qsort(r, (size_t)m, sizeof *r, by_rank);
	*out = r;
	return m;
}

void related_free(struct related *r, int n)
{
	for (int i = 0; r && i < n; i++)
		free(r[i].record);
	free(r);
}
