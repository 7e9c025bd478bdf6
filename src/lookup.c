/* lookup.c: the names of looked-up records. */
#include "lookup.h"

#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "util/xalloc.h"

/* One statement a kind: the names of the ids in $1, through the sharing
 * rules like any other read. */
static const char *statement(enum field_lookup kind)
{
	switch (kind) {
	case FIELD_LOOKUP_CLIENT:
		return "SELECT id::text, concat_ws(', ', last_name, first_name) FROM hearth.client"
		       " WHERE id = ANY ($1::bigint[])";
	case FIELD_LOOKUP_USER:
		return "SELECT id::text, coalesce(nullif(full_name, ''), username) FROM hearth.hmis_user"
		       " WHERE id = ANY ($1::bigint[])";
	case FIELD_LOOKUP_PROVIDER:
		return "SELECT id::text, name FROM hearth.program WHERE id = ANY ($1::bigint[])";
	case FIELD_LOOKUP_ORGANIZATION:
		return "SELECT id::text, name FROM hearth.organization WHERE id = ANY ($1::bigint[])";
	case FIELD_LOOKUP_MOU:
		return "SELECT id::text, name FROM hearth.mou WHERE id = ANY ($1::bigint[])";
	default:
		return NULL;
	}
}

char **lookup_names(struct db *db, enum field_lookup kind, const char *const *ids, int n)
{
	const char *sql = statement(kind);
	const char **digits = xcalloc((size_t)n + 1, sizeof *digits);
	char **names, *array;
	struct db_rows *rows;
	int i, r, m = 0;

	for (i = 0; i < n; i++)
		if (ids[i] && ids[i][0] && strspn(ids[i], "0123456789") == strlen(ids[i])
		    && strlen(ids[i]) <= 18)
			digits[m++] = ids[i];
	array = db_text_array(digits, m);
	free(digits);
	rows = sql ? db_query(db, sql, 1, (const char *const[]){ array }) : NULL;
	free(array);
	if (!rows)
		return NULL;
	names = xcalloc((size_t)n + 1, sizeof *names);
	for (i = 0; i < n; i++)
		for (r = 0; ids[i] && r < db_rows_count(rows) && !names[i]; r++)
			if (!strcmp(db_rows_get(rows, r, 0), ids[i]))
				names[i] = xstrdup(db_rows_get(rows, r, 1));
	db_rows_free(rows);
	return names;
}

void lookup_names_free(char **names, int n)
{
	int i;

	for (i = 0; names && i < n; i++)
		free(names[i]);
	free(names);
}
