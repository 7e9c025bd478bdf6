/* client.c: Find Client and the client summary, as parameterised queries. */
#include "client.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "util/xalloc.h"

/* One statement a sort order: the ORDER BY is chosen from this fixed list,
 * never written from what anybody typed. */
#define FIND_SELECT \
	"SELECT c.id, coalesce(c.last_name, ''), coalesce(c.first_name, ''), c.birth_date," \
	"       CASE WHEN c.ssn IS NOT NULL THEN right(c.ssn, 4) ELSE '' END, o.name" \
	" FROM hearth.client c JOIN hearth.organization o ON o.id = c.created_org" \
	" WHERE ($1 = '' OR lower(c.first_name) LIKE hearth.prefix_pattern($1))" \
	"   AND ($2 = '' OR lower(c.last_name) LIKE hearth.prefix_pattern($2))" \
	"   AND ($3 = '' OR c.birth_date = $3::date)" \
	"   AND ($4 = '' OR c.ssn = $4 OR (length($4) = 4 AND right(c.ssn, 4) = $4))" \
	"   AND ($5 = '' OR c.id = $5::bigint)" \
	"   AND (NOT $8::boolean OR EXISTS (SELECT 1 FROM hearth.case_manager m" \
	"        WHERE m.client_id = c.id AND m.user_id = hearth.current_user_id()" \
	"          AND m.end_date IS NULL))" \
	" ORDER BY "
#define FIND_PAGE " LIMIT $6 OFFSET $7"

static const char *const find_sql[CC_COUNT][2] = {
	[CC_ID] = { FIND_SELECT "c.id" FIND_PAGE, FIND_SELECT "c.id DESC" FIND_PAGE },
	[CC_LAST] = { FIND_SELECT "lower(c.last_name), lower(c.first_name), c.id" FIND_PAGE,
	              FIND_SELECT "lower(c.last_name) DESC, lower(c.first_name) DESC, c.id" FIND_PAGE },
	[CC_FIRST] = { FIND_SELECT "lower(c.first_name), lower(c.last_name), c.id" FIND_PAGE,
	               FIND_SELECT "lower(c.first_name) DESC, lower(c.last_name) DESC, c.id" FIND_PAGE },
	[CC_BIRTH] = { FIND_SELECT "c.birth_date NULLS LAST, c.id" FIND_PAGE,
	               FIND_SELECT "c.birth_date DESC NULLS LAST, c.id" FIND_PAGE },
	[CC_SSN4] = { FIND_SELECT "right(c.ssn, 4) NULLS LAST, c.id" FIND_PAGE,
	              FIND_SELECT "right(c.ssn, 4) DESC NULLS LAST, c.id" FIND_PAGE },
	[CC_ORG] = { FIND_SELECT "lower(o.name), c.id" FIND_PAGE,
	             FIND_SELECT "lower(o.name) DESC, c.id" FIND_PAGE },
};

static const char *or_empty(const char *s)
{
	return s ? s : "";
}

bool client_find(struct db *db, const struct client_query *q, enum client_col sort,
                 bool desc, int offset, int limit, struct client_page *page, char **err)
{
	char lim[16], off[16];
	const char *params[8] = { or_empty(q->first_name), or_empty(q->last_name),
	                          or_empty(q->birth_date), or_empty(q->ssn), or_empty(q->id),
	                          lim, off, q->caseload ? "true" : "false" };
	struct db_rows *rows;
	int r, c, n;

	/* one more than asked, to know whether another page follows */
	snprintf(lim, sizeof lim, "%d", limit + 1);
	snprintf(off, sizeof off, "%d", offset);
	memset(page, 0, sizeof *page);
	rows = db_query(db, find_sql[sort][desc], 8, params);
	if (!rows) {
		*err = xstrdup(db_error(db));
		return false;
	}
	n = db_rows_count(rows);
	page->more = n > limit;
	page->nrows = n > limit ? limit : n;
	page->rows = xcalloc((size_t)page->nrows + 1, sizeof *page->rows);
	for (r = 0; r < page->nrows; r++)
		for (c = 0; c < CC_COUNT; c++)
			page->rows[r].cell[c] = xstrdup(db_rows_get(rows, r, c) ? db_rows_get(rows, r, c) : "");
	db_rows_free(rows);
	return true;
}

void client_page_free(struct client_page *page)
{
	int r, c;

	for (r = 0; r < page->nrows; r++)
		for (c = 0; c < CC_COUNT; c++)
			free(page->rows[r].cell[c]);
	free(page->rows);
	memset(page, 0, sizeof *page);
}

static char *cell(struct db_rows *rows, int r, int c)
{
	const char *v = db_rows_get(rows, r, c);

	return xstrdup(v ? v : "");
}

/* The first column of every row of a query about one client, as a
 * NULL-terminated list (empty when the query fails). */
static char **column_list(struct db *db, const char *sql, const char *id)
{
	const char *params[1] = { id };
	struct db_rows *rows = db_query(db, sql, 1, params);
	int r, n = rows ? db_rows_count(rows) : 0;
	char **list = xcalloc((size_t)n + 1, sizeof *list);

	for (r = 0; r < n; r++)
		list[r] = cell(rows, r, 0);
	db_rows_free(rows);
	return list;
}

static void load_household(struct db *db, const char *id, struct client_summary *c)
{
	c->household = column_list(db,
		"SELECT coalesce(o.first_name, '') || ' ' || coalesce(o.last_name, '') || ' ('"
		"       || coalesce((SELECT label FROM hearth.lookup WHERE list = 'hud_relationship_to_hoh'"
		"                    AND code = m.relationship_to_head::text), 'relationship not given') || ')'"
		" FROM hearth.family_member me"
		" JOIN hearth.family_member m ON m.family_id = me.family_id"
		" JOIN hearth.client o ON o.id = m.client_id"
		" WHERE me.client_id = $1 AND me.is_current"
		" ORDER BY m.relationship_to_head, o.birth_date", id);
	c->case_managers = column_list(db,
		"SELECT coalesce(nullif(u.full_name, ''), u.username) || ' (' || o.name || ')'"
		" FROM hearth.case_manager m JOIN hearth.hmis_user u ON u.id = m.user_id"
		" JOIN hearth.organization o ON o.id = m.org_id"
		" WHERE m.client_id = $1 AND m.end_date IS NULL ORDER BY m.begin_date", id);
	c->paused = column_list(db,
		"SELECT p.title || ', paused by ' || coalesce(nullif(u.full_name, ''), u.username)"
		"       || ' ' || to_char(p.updated_at, 'YYYY-MM-DD HH24:MI')"
		" FROM hearth.paused_operation p JOIN hearth.hmis_user u ON u.id = p.user_id"
		" WHERE p.client_id = $1 ORDER BY p.updated_at DESC", id);
}

bool client_open(struct db *db, const char *id, struct client_summary *c, char **err)
{
	const char *params[1] = { id };
	struct db_rows *rows;
	bool found;
	char *seen;

	memset(c, 0, sizeof *c);
	seen = db_value(db, "SELECT hearth.client_opened($1::bigint)", 1, params, &found);
	if (!seen || strcmp(seen, "t")) {
		*err = seen ? xasprintf("There is no client %s that you may see.", id)
		            : xstrdup(db_error(db));
		free(seen);
		return false;
	}
	free(seen);
	rows = db_query(db,
		"SELECT c.id, coalesce(c.first_name, ''), coalesce(c.middle_name, ''),"
		"       coalesce(c.last_name, ''), coalesce(c.suffix, ''), coalesce(c.birth_date::text, ''),"
		"       coalesce(right(c.ssn, 4), ''),"
		"       (SELECT label FROM hearth.lookup WHERE list = 'intake_sharing' AND code = c.intake_sharing),"
		"       o.name,"
		"       coalesce((SELECT label FROM hearth.lookup WHERE list = 'hud_no_yes_reasons'"
		"                 AND code = c.veteran_status::text), ''),"
		"       (SELECT count(*) FROM hearth.enrollment e WHERE e.client_id = c.id AND e.exit_date IS NULL)"
		" FROM hearth.client c JOIN hearth.organization o ON o.id = c.created_org"
		" WHERE c.id = $1::bigint", 1, params);
	if (!rows || db_rows_count(rows) != 1) {
		*err = rows ? xasprintf("There is no client %s that you may see.", id) : xstrdup(db_error(db));
		db_rows_free(rows);
		return false;
	}
	c->id = cell(rows, 0, 0);
	c->first_name = cell(rows, 0, 1);
	c->middle_name = cell(rows, 0, 2);
	c->last_name = cell(rows, 0, 3);
	c->suffix = cell(rows, 0, 4);
	c->birth_date = cell(rows, 0, 5);
	c->ssn4 = cell(rows, 0, 6);
	c->sharing = cell(rows, 0, 7);
	c->created_org = cell(rows, 0, 8);
	c->veteran = cell(rows, 0, 9);
	c->open_enrollments = atoi(db_rows_get(rows, 0, 10));
	db_rows_free(rows);
	load_household(db, id, c);
	return true;
}

void client_summary_free(struct client_summary *c)
{
	int i;

	free(c->id);
	free(c->first_name);
	free(c->middle_name);
	free(c->last_name);
	free(c->suffix);
	free(c->birth_date);
	free(c->ssn4);
	free(c->sharing);
	free(c->created_org);
	free(c->veteran);
	for (i = 0; c->household && c->household[i]; i++)
		free(c->household[i]);
	free(c->household);
	for (i = 0; c->case_managers && c->case_managers[i]; i++)
		free(c->case_managers[i]);
	free(c->case_managers);
	for (i = 0; c->paused && c->paused[i]; i++)
		free(c->paused[i]);
	free(c->paused);
	memset(c, 0, sizeof *c);
}
