/* db_records.c: the record helpers that build statements from a table's
 * and columns' names, quoted by libpq: db_insert, db_select_row,
 * db_select_where, db_update, db_delete. */
#include "db.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"
#include "db_internal.h"

/* Append a quoted identifier; false when libpq cannot quote it. */
static bool append_ident(struct db *db, char **sql, const char *name)
{
	char *q = PQescapeIdentifier(db->conn, name, strlen(name));
	char *joined;

	if (!q) {
		db_set_error(db, "A form names a column that cannot be used.", "");
		return false;
	}
	joined = xasprintf("%s%s", *sql, q);
	PQfreemem(q);
	free(*sql);
	*sql = joined;
	return true;
}

static void append(char **sql, const char *text)
{
	char *joined = xasprintf("%s%s", *sql, text);

	free(*sql);
	*sql = joined;
}

/* ", ".join of quoted column names; false when one cannot be quoted. */
static bool append_columns(struct db *db, char **sql, const char *const *columns, int n)
{
	int i;
	bool ok = true;

	for (i = 0; ok && i < n; i++) {
		if (i)
			append(sql, ", ");
		ok = append_ident(db, sql, columns[i]);
	}
	return ok;
}

char *db_insert(struct db *db, const char *table, const char *const *columns,
                const char *const *values, int n)
{
	char *sql = xstrdup("INSERT INTO hearth."), num[16], *id;
	bool ok = append_ident(db, &sql, table), found;
	int i;

	append(&sql, " (");
	ok = ok && append_columns(db, &sql, columns, n);
	append(&sql, ") VALUES (");
	for (i = 0; i < n; i++) {
		snprintf(num, sizeof num, "%s$%d", i ? ", " : "", i + 1);
		append(&sql, num);
	}
	/* the new id; "" for a table keyed otherwise (a family's member) */
	append(&sql, ") RETURNING coalesce(to_jsonb(hearth.");
	ok = ok && append_ident(db, &sql, table);
	append(&sql, ".*) ->> 'id', '')");
	id = ok ? db_value(db, sql, n, values, &found) : NULL;
	free(sql);
	return id;
}


struct db_rows *db_select_row(struct db *db, const char *table, const char *const *columns,
                              int n, const char *id)
{
	char *sql = xstrdup("SELECT ");
	const char *params[1] = { id };
	struct db_rows *rows = NULL;
	bool ok = append_columns(db, &sql, columns, n);

	append(&sql, n ? ", updated_at FROM hearth." : "updated_at FROM hearth.");
	ok = ok && append_ident(db, &sql, table);
	append(&sql, " WHERE id = $1::bigint");
	if (ok)
		rows = db_query(db, sql, 1, params);
	free(sql);
	return rows;
}

struct db_rows *db_select_where(struct db *db, const char *table, const char *const *columns,
                                int n, const char *key, const char *value, const char *order,
                                bool desc, int limit, int offset)
{
	char *sql = xstrdup("SELECT id"), num[96];
	const char *params[1] = { value };
	struct db_rows *rows = NULL;
	bool ok = true;

	append(&sql, n ? ", " : "");
	ok = append_columns(db, &sql, columns, n);
	append(&sql, " FROM hearth.");
	ok = ok && append_ident(db, &sql, table);
	if (key) {
		append(&sql, " WHERE ");
		ok = ok && append_ident(db, &sql, key);
		append(&sql, " = $1::bigint");
	}
	append(&sql, " ORDER BY ");
	if (order) {
		ok = ok && append_ident(db, &sql, order);
		append(&sql, desc ? " DESC NULLS LAST, " : " NULLS FIRST, ");
	}
	snprintf(num, sizeof num, "id%s LIMIT %d OFFSET %d", desc ? " DESC" : "", limit, offset);
	append(&sql, num);
	if (ok)
		rows = db_query(db, sql, key ? 1 : 0, params);
	free(sql);
	return rows;
}

char *db_update(struct db *db, const char *table, const char *id, const char *stamp,
                const char *const *columns, const char *const *values, int n, bool *found)
{
	char *sql = xstrdup("UPDATE hearth."), num[96], *out = NULL;
	const char **params = xcalloc((size_t)n + 3, sizeof *params);
	bool ok = append_ident(db, &sql, table);
	int i;

	append(&sql, " SET ");
	for (i = 0; ok && i < n; i++) {
		snprintf(num, sizeof num, "%s", i ? ", " : "");
		append(&sql, num);
		ok = append_ident(db, &sql, columns[i]);
		snprintf(num, sizeof num, " = $%d", i + 1);
		append(&sql, num);
		params[i] = values[i];
	}
	snprintf(num, sizeof num, " WHERE id = $%d::bigint AND updated_at = $%d::timestamptz", n + 1,
	         n + 2);
	append(&sql, num);
	append(&sql, " RETURNING updated_at");
	params[n] = id;
	params[n + 1] = stamp;
	*found = false;
	if (ok)
		out = db_value(db, sql, n + 2, params, found);
	free(params);
	free(sql);
	return out;
}

bool db_mark_deleted(struct db *db, const char *table, const char *column, const char *id,
                     bool *found)
{
	char *sql = xstrdup("UPDATE hearth."), *gone = NULL;
	const char *params[1] = { id };
	bool ok = append_ident(db, &sql, table);

	append(&sql, " SET ");
	ok = ok && append_ident(db, &sql, column);
	append(&sql, " = now() WHERE id = $1::bigint AND ");
	ok = ok && append_ident(db, &sql, column);
	append(&sql, " IS NULL RETURNING id");
	ok = ok && (gone = db_value(db, sql, 1, params, found)) != NULL;
	free(gone);
	free(sql);
	return ok;
}

bool db_delete(struct db *db, const char *table, const char *id, bool *found)
{
	char *sql = xstrdup("DELETE FROM hearth."), *gone = NULL;
	const char *params[1] = { id };
	bool ok = append_ident(db, &sql, table);

	append(&sql, " WHERE id = $1::bigint RETURNING id");
	ok = ok && (gone = db_value(db, sql, 1, params, found)) != NULL;
	free(gone);
	free(sql);
	return ok;
}
