/* record_rules.c: the database's answer to "may I change this record?". */
#include "record_rules.h"

#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "util/xalloc.h"

char *record_refusal(struct db *db, const char *table, const char *id, const char *column,
                     const char *value)
{
	const char *params[4] = { table, id, column, value };
	bool found = false;
	char *why = db_value(db, "SELECT hearth.change_refusal($1, $2::bigint, $3, $4)", 4, params,
	                     &found);

	if (!found) {
		free(why);
		return NULL;
	}
	return why;
}

int record_marks(struct db *db, const char *table, const char *const *ids, int n,
                 struct record_mark **marks)
{
	char *array = db_text_array(ids, n);
	struct db_rows *rows = db_query(db, "SELECT id::text, coalesce(author, ''), "
	                                "coalesce(organization, ''), refusal IS NOT NULL "
	                                "FROM hearth.record_marks($1, $2::bigint[])", 2,
	                                (const char *const[]){ table, array });
	int i, m;

	free(array);
	*marks = NULL;
	if (!rows)
		return -1;
	m = db_rows_count(rows);
	*marks = xcalloc((size_t)m + 1, sizeof **marks);
	for (i = 0; i < m; i++) {
		(*marks)[i].id = xstrdup(db_rows_get(rows, i, 0));
		(*marks)[i].author = xstrdup(db_rows_get(rows, i, 1));
		(*marks)[i].org = xstrdup(db_rows_get(rows, i, 2));
		(*marks)[i].read_only = !strcmp(db_rows_get(rows, i, 3), "t");
	}
	db_rows_free(rows);
	return m;
}

void record_marks_free(struct record_mark *marks, int n)
{
	int i;

	for (i = 0; marks && i < n; i++) {
		free(marks[i].id);
		free(marks[i].author);
		free(marks[i].org);
	}
	free(marks);
}

const struct record_mark *record_mark_of(const struct record_mark *marks, int n, const char *id)
{
	int i;

	for (i = 0; marks && id && i < n; i++)
		if (!strcmp(marks[i].id, id))
			return &marks[i];
	return NULL;
}
