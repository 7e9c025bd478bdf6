/* family.c: families and their members, as parameterised queries through the
 * caller's row-level security. */
#include "family.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "util/xalloc.h"

/* A family as a client's: the family_display view computes the default name
 * from the head the caller sees; the members counted are those the caller
 * sees (the join goes through hearth.client, under its policies). */
#define FAMILY_COLS \
	"SELECT d.id, d.name, d.is_default, coalesce(me.is_current, false)," \
	"       (SELECT count(*) FROM hearth.family_member m JOIN hearth.client c ON c.id = m.client_id" \
	"        WHERE m.family_id = d.id)" \
	" FROM hearth.family_display d" \
	" LEFT JOIN hearth.family_member me ON me.family_id = d.id AND me.client_id = $1::bigint"

static char *cell(struct db_rows *rows, int r, int c)
{
	const char *v = db_rows_get(rows, r, c);

	return xstrdup(v ? v : "");
}

static bool is_true(struct db_rows *rows, int r, int c)
{
	const char *v = db_rows_get(rows, r, c);

	return v && !strcmp(v, "t");
}

static void read_family(struct db_rows *rows, int r, struct family *f)
{
	f->id = cell(rows, r, 0);
	f->name = cell(rows, r, 1);
	f->is_default = is_true(rows, r, 2);
	f->is_current = is_true(rows, r, 3);
	f->members = atoi(db_rows_get(rows, r, 4));
}

/* Run a query; NULL with *err on failure. */
static struct db_rows *query(struct db *db, const char *sql, int n, const char *const *params,
                             char **err)
{
	struct db_rows *rows = db_query(db, sql, n, params);

	if (!rows)
		*err = xstrdup(db_error(db));
	return rows;
}

bool family_list(struct db *db, const char *client_id, struct family_list *out, char **err)
{
	const char *params[1] = { client_id };
	struct db_rows *rows;
	int r;

	memset(out, 0, sizeof *out);
	rows = query(db, FAMILY_COLS " WHERE me.client_id IS NOT NULL"
	             " ORDER BY me.is_current DESC, d.id", 1, params, err);
	if (!rows)
		return false;
	out->n = db_rows_count(rows);
	out->rows = xcalloc((size_t)out->n + 1, sizeof *out->rows);
	for (r = 0; r < out->n; r++)
		read_family(rows, r, &out->rows[r]);
	db_rows_free(rows);
	return true;
}

void family_free(struct family *f)
{
	free(f->id);
	free(f->name);
	memset(f, 0, sizeof *f);
}

void family_list_free(struct family_list *l)
{
	int r;

	for (r = 0; r < l->n; r++)
		family_free(&l->rows[r]);
	free(l->rows);
	memset(l, 0, sizeof *l);
}

static bool load_members(struct db *db, const char *family_id, struct family_members *m,
                         char **err)
{
	const char *params[1] = { family_id };
	struct db_rows *rows;
	int r;

	rows = query(db,
		"SELECT c.id, coalesce(c.first_name, ''), coalesce(c.last_name, ''),"
		"       coalesce(c.birth_date::text, ''), m.relationship_to_head,"
		"       coalesce((SELECT label FROM hearth.lookup WHERE list = 'hud_relationship_to_hoh'"
		"                 AND code = m.relationship_to_head::text), 'relationship not given'),"
		"       m.is_current"
		" FROM hearth.family_member m JOIN hearth.client c ON c.id = m.client_id"
		" WHERE m.family_id = $1::bigint"
		" ORDER BY m.relationship_to_head, c.birth_date NULLS LAST, c.id", 1, params, err);
	if (!rows)
		return false;
	m->n = db_rows_count(rows);
	m->rows = xcalloc((size_t)m->n + 1, sizeof *m->rows);
	for (r = 0; r < m->n; r++) {
		struct family_member *x = &m->rows[r];

		x->client_id = cell(rows, r, 0);
		x->first_name = cell(rows, r, 1);
		x->last_name = cell(rows, r, 2);
		x->birth_date = cell(rows, r, 3);
		x->relationship = atoi(db_rows_get(rows, r, 4));
		x->relationship_label = cell(rows, r, 5);
		x->is_current = is_true(rows, r, 6);
	}
	db_rows_free(rows);
	return true;
}

bool family_load(struct db *db, const char *family_id, const char *client_id,
                 struct family *f, struct family_members *m, char **err)
{
	const char *params[2] = { client_id, family_id };
	struct db_rows *rows;

	memset(f, 0, sizeof *f);
	memset(m, 0, sizeof *m);
	rows = query(db, FAMILY_COLS
	             " WHERE d.id = coalesce($2::bigint, (SELECT family_id FROM hearth.family_member"
	             "                 WHERE client_id = $1::bigint AND is_current))", 2, params, err);
	if (!rows)
		return false;
	if (db_rows_count(rows) == 1)
		read_family(rows, 0, f);
	db_rows_free(rows);
	if (f->id && !load_members(db, f->id, m, err)) {
		family_free(f);
		return false;
	}
	return true;
}

void family_members_free(struct family_members *m)
{
	int r;

	for (r = 0; r < m->n; r++) {
		free(m->rows[r].client_id);
		free(m->rows[r].first_name);
		free(m->rows[r].last_name);
		free(m->rows[r].birth_date);
		free(m->rows[r].relationship_label);
	}
	free(m->rows);
	memset(m, 0, sizeof *m);
}

const struct family_member *family_step(const struct family_members *m, const char *client_id,
                                        int step)
{
	int i;

	for (i = 0; client_id && i < m->n; i++)
		if (!strcmp(m->rows[i].client_id, client_id))
			break;
	if (!client_id || i == m->n || m->n < 2)
		return NULL;
	return &m->rows[((i + step) % m->n + m->n) % m->n];
}

const char *family_relationship_short(const char *label)
{
	static const char prefix[] = "Head of household's ";

	return strncmp(label, prefix, sizeof prefix - 1) ? label : label + sizeof prefix - 1;
}

/* ---- changes ---- */

static bool begin(struct db *db, char **err)
{
	if (db_begin(db))
		return true;
	*err = xstrdup(db_error(db));
	return false;
}

/* Commit when ok; else roll back, keeping the first error in *err. */
static bool finish(struct db *db, bool ok, char **err)
{
	if (db_finish(db, ok))
		return true;
	if (!*err)
		*err = xstrdup(db_error(db));
	return false;
}

/* Run a statement that returns one row per row it changed; none is an error
 * (`none`: the rules keep the row, or it is gone). */
static bool change_one(struct db *db, const char *sql, int n, const char *const *params,
                       const char *none, char **err)
{
	struct db_rows *rows = query(db, sql, n, params, err);
	bool one = rows && db_rows_count(rows) == 1;

	if (rows && !one)
		*err = xstrdup(none);
	db_rows_free(rows);
	return one;
}

/* The member rows a user may change are those their organization added. */
#define NOT_YOURS "It is another organization's (only the organization that added a member " \
	"changes it), or it is gone."

/* Add a member: current when the client has no current family. */
static bool insert_member(struct db *db, const char *family_id, const char *client_id,
                          int relationship, char **err)
{
	char rel[16];
	const char *params[3] = { family_id, client_id, rel };
	const char *code;

	snprintf(rel, sizeof rel, "%d", relationship);
	if (db_exec(db,
		"INSERT INTO hearth.family_member (family_id, client_id, relationship_to_head, is_current)"
		" SELECT $1::bigint, $2::bigint, $3::smallint, NOT EXISTS (SELECT 1 FROM hearth.family_member"
		"        WHERE client_id = $2::bigint AND is_current)", 3, params))
		return true;
	code = db_error_code(db);
	if (!strcmp(code, "23505"))
		*err = xasprintf("Client %s is a member of this family already.", client_id);
	else if (!strcmp(code, "42501") || !strcmp(code, "23503"))
		*err = xasprintf("There is no client %s that you may see.", client_id);
	else
		*err = xstrdup(db_error(db));
	return false;
}

bool family_create(struct db *db, const char *client_id, char **id, char **err)
{
	*id = *err = NULL;
	if (!begin(db, err))
		return false;
	*id = db_value(db, "INSERT INTO hearth.family (name) VALUES (NULL) RETURNING id", 0, NULL,
	               &(bool){ false });
	if (!*id)
		*err = xstrdup(db_error(db));
	if (finish(db, *id && insert_member(db, *id, client_id, FAMILY_HEAD, err), err))
		return true;
	free(*id);
	*id = NULL;
	return false;
}

bool family_add_member(struct db *db, const char *family_id, const char *client_id,
                       int relationship, char **err)
{
	*err = NULL;
	return insert_member(db, family_id, client_id, relationship, err);
}

bool family_set_current(struct db *db, const char *family_id, const char *client_id, char **err)
{
	const char *params[2] = { family_id, client_id };
	bool ok;

	*err = NULL;
	if (!begin(db, err))
		return false;
	/* the others first: one current family a client (a unique index) */
	ok = db_exec(db, "UPDATE hearth.family_member SET is_current = false"
	             " WHERE client_id = $2::bigint AND is_current AND family_id <> $1::bigint",
	             2, params);
	if (!ok)
		*err = xstrdup(db_error(db));
	ok = ok && change_one(db, "UPDATE hearth.family_member SET is_current = true"
	                      " WHERE family_id = $1::bigint AND client_id = $2::bigint RETURNING 1",
	                      2, params, NOT_YOURS, err);
	if (!ok && !strcmp(db_error_code(db), "23505")) {
		free(*err);
		*err = xstrdup("Another organization made another family this client's current one; "
		               "only it can change that.");
	}
	return finish(db, ok, err);
}

bool family_set_relationship(struct db *db, const char *family_id, const char *client_id,
                             int relationship, char **err)
{
	char rel[16];
	const char *params[3] = { family_id, client_id, rel };

	*err = NULL;
	snprintf(rel, sizeof rel, "%d", relationship);
	return change_one(db, "UPDATE hearth.family_member SET relationship_to_head = $3::smallint"
	                  " WHERE family_id = $1::bigint AND client_id = $2::bigint RETURNING 1",
	                  3, params, NOT_YOURS, err);
}

bool family_remove_member(struct db *db, const char *family_id, const char *client_id,
                          char **err)
{
	const char *params[2] = { family_id, client_id };

	*err = NULL;
	return change_one(db, "DELETE FROM hearth.family_member"
	                  " WHERE family_id = $1::bigint AND client_id = $2::bigint RETURNING 1",
	                  2, params, NOT_YOURS, err);
}

bool family_rename(struct db *db, const char *family_id, const char *name, char **err)
{
	const char *params[2] = { family_id, name && *name ? name : NULL };

	*err = NULL;
	return change_one(db, "UPDATE hearth.family SET name = nullif(btrim($2), '')"
	                  " WHERE id = $1::bigint RETURNING 1", 2, params,
	                  "Only the organization that made the family renames it.", err);
}

bool family_aliases(struct db *db, const char *family_id, struct family_aliases *out, char **err)
{
	const char *params[1] = { family_id };
	struct db_rows *rows;
	int r;

	memset(out, 0, sizeof *out);
	rows = query(db,
		"SELECT a.name, to_char(a.changed_at, 'YYYY-MM-DD HH24:MI'),"
		"       coalesce(nullif(u.full_name, ''), u.username, '')"
		" FROM hearth.family_alias a LEFT JOIN hearth.hmis_user u ON u.id = a.created_by"
		" WHERE a.family_id = $1::bigint ORDER BY a.changed_at DESC, a.id DESC", 1, params, err);
	if (!rows)
		return false;
	out->n = db_rows_count(rows);
	out->rows = xcalloc((size_t)out->n + 1, sizeof *out->rows);
	for (r = 0; r < out->n; r++) {
		out->rows[r].name = cell(rows, r, 0);
		out->rows[r].changed_at = cell(rows, r, 1);
		out->rows[r].changed_by = cell(rows, r, 2);
	}
	db_rows_free(rows);
	return true;
}

void family_aliases_free(struct family_aliases *a)
{
	int r;

	for (r = 0; r < a->n; r++) {
		free(a->rows[r].name);
		free(a->rows[r].changed_at);
		free(a->rows[r].changed_by);
	}
	free(a->rows);
	memset(a, 0, sizeof *a);
}

bool family_relationships(struct db *db, struct family_choices *out, char **err)
{
	struct db_rows *rows;
	int r;

	memset(out, 0, sizeof *out);
	rows = query(db, "SELECT code::int, label FROM hearth.lookup"
	             " WHERE list = 'hud_relationship_to_hoh' ORDER BY sort, code", 0, NULL, err);
	if (!rows)
		return false;
	out->n = db_rows_count(rows);
	out->rows = xcalloc((size_t)out->n + 1, sizeof *out->rows);
	for (r = 0; r < out->n; r++) {
		out->rows[r].code = atoi(db_rows_get(rows, r, 0));
		out->rows[r].label = cell(rows, r, 1);
	}
	db_rows_free(rows);
	return true;
}

void family_choices_free(struct family_choices *c)
{
	int r;

	for (r = 0; r < c->n; r++)
		free(c->rows[r].label);
	free(c->rows);
	memset(c, 0, sizeof *c);
}

bool family_address(struct db *db, const char *client_id, char *out[5])
{
	const char *params[1] = { client_id };
	struct db_rows *rows = db_query(db,
		"SELECT address_line1, address_line2, city, state, zip FROM hearth.client"
		" WHERE id = $1::bigint AND address_line1 IS NOT NULL", 1, params);
	bool found = rows && db_rows_count(rows) == 1;
	int c;

	for (c = 0; c < 5; c++)
		out[c] = found ? cell(rows, 0, c) : NULL;
	db_rows_free(rows);
	return found;
}

/* ---- Find Family ---- */

bool family_find(struct db *db, const char *text, int max, struct family_found_list *out,
                 char **err)
{
	char limit[16];
	struct db_rows *rows;
	int i, n;

	memset(out, 0, sizeof *out);
	*err = NULL;
	snprintf(limit, sizeof limit, "%d", max + 1);
	rows = db_query(db,
		"SELECT f.id::text, f.name, count(c.id)::text,"
		"       coalesce(string_agg(DISTINCT concat_ws(' ', c.city, c.zip), ', ')"
		"                FILTER (WHERE concat(c.city, c.zip) <> ''), ''),"
		"       coalesce((array_agg(c.id::text ORDER BY m.relationship_to_head <> 1, c.id)"
		"                 FILTER (WHERE c.id IS NOT NULL))[1], '')"
		" FROM hearth.family_display f"
		" LEFT JOIN hearth.family_member m ON m.family_id = f.id"
		" LEFT JOIN hearth.client c ON c.id = m.client_id"
		" GROUP BY f.id, f.name"
		" HAVING lower(f.name) LIKE '%' || lower($1) || '%'"
		"     OR bool_or(c.zip LIKE $1 || '%') OR bool_or(lower(c.city) = lower($1))"
		" ORDER BY f.name, f.id LIMIT $2::int",
		2, (const char *const[]){ text, limit });
	if (!rows) {
		*err = xstrdup(db_error(db));
		return false;
	}
	n = db_rows_count(rows);
	out->more = n > max;
	out->n = out->more ? max : n;
	out->rows = xcalloc((size_t)out->n + 1, sizeof *out->rows);
	for (i = 0; i < out->n; i++) {
		out->rows[i].id = xstrdup(db_rows_get(rows, i, 0));
		out->rows[i].name = xstrdup(db_rows_get(rows, i, 1));
		out->rows[i].members = atoi(db_rows_get(rows, i, 2));
		out->rows[i].places = xstrdup(db_rows_get(rows, i, 3));
		out->rows[i].member_id = xstrdup(db_rows_get(rows, i, 4));
	}
	db_rows_free(rows);
	return true;
}

void family_found_free(struct family_found_list *l)
{
	int i;

	for (i = 0; i < l->n; i++) {
		free(l->rows[i].id);
		free(l->rows[i].name);
		free(l->rows[i].places);
		free(l->rows[i].member_id);
	}
	free(l->rows);
	memset(l, 0, sizeof *l);
}
