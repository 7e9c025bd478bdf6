/* enrollment.c: the exit of a whole case, a household's enrollment. */
#include "enrollment.h"

#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "forms/form.h"
#include "util/xalloc.h"

/* The value the form holds for `column`, or NULL. */
static const char *value_of(const struct form *form, char *const *values, const char *column)
{
	int f = form_column_field(form, column);

	return f >= 0 ? values[f] : NULL;
}

/* The first column of the statement's row, or NULL with *err (the
 * database's sentence, or "nothing was done" for a null). */
static char *one_value(struct db *db, const char *sql, int n, const char *const *params,
                       char **err)
{
	bool found = false;
	char *v = db_value(db, sql, n, params, &found);

	*err = NULL;
	if (!v) {
		*err = xstrdup(db_error(db));
	} else if (!found) {
		free(v);
		v = NULL;
		*err = xstrdup("nothing was done: no member you may see");
	}
	return v;
}

int enrollment_exit_case(struct db *db, const char *id, const struct form *form,
                         char *const *values, char **err)
{
	const char *params[4] = {
		id, value_of(form, values, "exit_date"), value_of(form, values, "destination"),
		value_of(form, values, "destination_subsidy_type"),
	};
	char *n = one_value(db, "SELECT hearth.exit_case($1::bigint, $2::date, $3::smallint,"
	                    " $4::smallint)", 4, params, err);
	int count;

	if (!n)
		return -1;
	count = atoi(n);
	free(n);
	return count;
}

/* The members as the family holds them now, read through the sharing rules
 * in the same statement: a member the caller cannot see is not enrolled. */
char *enrollment_enroll_household(struct db *db, const struct form *form, char *const *values,
                                  char **err)
{
	const char *params[6] = {
		value_of(form, values, "program_id"), value_of(form, values, "grant_id"),
		value_of(form, values, "entry_date"), value_of(form, values, "case_manager_id"),
		value_of(form, values, "follow_up_days"), value_of(form, values, "family_id"),
	};

	return one_value(db,
		"SELECT hearth.enroll_members($1::bigint, $2::bigint, $3::date, $4::bigint, $5::smallint,"
		"  m.clients, m.relationships)"
		" FROM (SELECT array_agg(client_id ORDER BY relationship_to_head, client_id) AS clients,"
		"              array_agg(relationship_to_head ORDER BY relationship_to_head, client_id)"
		"                AS relationships"
		"       FROM hearth.family_member WHERE family_id = $6::bigint AND is_current) m",
		6, params, err);
}

struct db_rows *enrollment_case_members(struct db *db, const char *id)
{
	return db_query(db,
		"SELECT e.id::text, concat_ws(', ', c.last_name, c.first_name),"
		"       coalesce(r.label, ''), e.entry_date::text, coalesce(e.exit_date::text, '')"
		" FROM hearth.enrollment_list e JOIN hearth.client c ON c.id = e.client_id"
		" LEFT JOIN hearth.lookup r ON r.list = 'hud_relationship_to_hoh'"
		"  AND r.code = e.relationship_to_hoh::text"
		" WHERE e.case_id = (SELECT case_id FROM hearth.enrollment WHERE id = $1::bigint)"
		" ORDER BY e.relationship_to_hoh, 2, e.id", 1, (const char *const[]){ id });
}
