/* enrollment.c: the exit of a whole case. */
#include "enrollment.h"

#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "forms/form.h"
#include "util/xalloc.h"

/* The value the form holds for `column`, or NULL. */
static const char *value_of(const struct form *form, char *const *values, const char *column)
{
	for (size_t i = 0; i < form->nfields; i++)
		if (form_field_own(form, i) && !strcmp(form->fields[i].column, column))
			return values[i];
	return NULL;
}

int enrollment_exit_case(struct db *db, const char *id, const struct form *form,
                         char *const *values, char **err)
{
	const char *params[4] = {
		id, value_of(form, values, "exit_date"), value_of(form, values, "destination"),
		value_of(form, values, "destination_subsidy_type"),
	};
	bool found = false;
	char *n;
	int count;

	*err = NULL;
	n = db_value(db, "SELECT hearth.exit_case($1::bigint, $2::date, $3::smallint, $4::smallint)",
	             4, params, &found);
	if (!n) {
		*err = xstrdup(db_error(db));
		return -1;
	}
	count = atoi(n);
	free(n);
	return count;
}
