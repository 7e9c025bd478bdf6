/* choice_lists.c: a form's choice lists, read from hearth.lookup. */
#include "choice_lists.h"

#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "util/xalloc.h"

static bool loaded(const struct choice_lists *cl, const char *name)
{
	for (size_t i = 0; i < cl->n; i++)
		if (!strcmp(cl->lists[i].name, name))
			return true;
	return false;
}

static void load_list(struct db *db, const char *name, struct choice_lists *cl)
{
	const char *params[1] = { name };
	struct db_rows *rows = db_query(db, "SELECT code, label FROM hearth.lookup WHERE list = $1"
	                                " ORDER BY sort, code", 1, params);
	size_t n = rows ? (size_t)db_rows_count(rows) : 0;
	struct form_option *opts = xcalloc(n + 1, sizeof *opts);

	for (size_t i = 0; i < n; i++) {
		opts[i].code = xstrdup(db_rows_get(rows, (int)i, 0));
		opts[i].label = xstrdup(db_rows_get(rows, (int)i, 1));
	}
	db_rows_free(rows);
	cl->lists = xrealloc(cl->lists, (cl->n + 1) * sizeof *cl->lists);
	cl->lists[cl->n++] = (struct field_list){ xstrdup(name), opts, n };
}

void choice_lists_load(struct db *db, const struct form *form, struct choice_lists *cl)
{
	memset(cl, 0, sizeof *cl);
	for (size_t i = 0; form && i < form->nfields; i++) {
		const char *name = form->fields[i].choices;

		if (form->fields[i].type == FIELD_CHOICE && name && !loaded(cl, name))
			load_list(db, name, cl);
	}
}

void choice_lists_free(struct choice_lists *cl)
{
	for (size_t i = 0; i < cl->n; i++) {
		for (size_t j = 0; j < cl->lists[i].n; j++) {
			free(cl->lists[i].options[j].code);
			free(cl->lists[i].options[j].label);
		}
		free((void *)cl->lists[i].options);
		free((void *)cl->lists[i].name);
	}
	free(cl->lists);
	memset(cl, 0, sizeof *cl);
}
