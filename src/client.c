/* client.c: Find Client and the client summary, as parameterised queries. */
#include "client.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "util/xalloc.h"

/* A typed name part as a prefix range of a stored key column (letters only,
 * lower case, no accents, COLLATE "C"): key >= prefix AND key < prefix
 * followed by the highest code point. Range comparisons are leakproof, so
 * under RLS the planner may take them to the index ahead of the policy;
 * LIKE is not, and scans. A part with no letters asks for nothing. */
#define PREFIX(col, p) \
	"(coalesce(hearth.name_key(" p "), '') = ''" \
	" OR (" col " >= hearth.name_key(" p ")" \
	"     AND " col " < hearth.name_key(" p ") || U&'\\+10FFFF'))"
#define NAMES_MATCH(t) PREFIX(t ".first_key", "$1") " AND " PREFIX(t ".last_key", "$2")

/* One statement a sort order, and whether names were typed: the ORDER BY is
 * chosen from this fixed list, never written from what anybody typed. Names
 * match the client's own or one of its aliases that the caller may see
 * (aliases follow the transaction rules), as a UNION so that each side
 * keeps its index (an OR would scan). Each side is sorted and cut to the
 * page's end before the UNION (the page is among the first rows of one side
 * or the other), so that a common name reads a page of the index in order,
 * not every client that matches. Sorted by name, the aliases' side walks
 * hearth.client_alias_order (061), the aliases in their clients' name order,
 * so that it too reads about a page whoever wrote the aliases. Merged
 * clients live on in the one they were merged into: their own names, for
 * those who may see them, find that one (a third side). The columns after
 * the sixth are sort keys; the ORDER BY names them by their output names,
 * which mean the same inside a side and outside. */
#define FIND_COLS "SELECT " FIND_COLS_LIST
#define FIND_COLS_LIST \
	"c.id, coalesce(c.last_name, ''), coalesce(c.first_name, ''), c.birth_date," \
	"       coalesce(c.ssn_last4, ''), o.name, c.last_key, c.first_key, c.ssn_last4," \
	"       lower(o.name) AS org_key"
#define FIND_FILTER \
	" WHERE c.merged_into IS NULL" \
	"   AND ($3 = '' OR c.birth_date = $3::date)" \
	"   AND ($4 = '' OR (length($4) = 9 AND c.ssn = $4) OR (length($4) = 4 AND c.ssn_last4 = $4))" \
	"   AND ($5 = '' OR c.id = $5::bigint)" \
	"   AND (NOT $8::boolean OR EXISTS (SELECT 1 FROM hearth.case_manager m" \
	"        WHERE m.client_id = c.id AND m.user_id = hearth.current_user_id()" \
	"          AND m.end_date IS NULL))"
#define FIND_ORG " JOIN hearth.organization o ON o.id = c.created_org"
#define FIND_ROW FIND_COLS " FROM hearth.client c" FIND_ORG FIND_FILTER
#define FIND_PAGE " LIMIT $6 OFFSET $7"
#define FIND_PAGE_END " LIMIT $6::bigint + $7::bigint"
/* merged clients matching the names: the ones they were merged into, with
 * their sort keys, from a function that keeps its plan (sql/082) */
#define MERGED_NAMED "hearth.merged_name_matches($1, $2) mg"
#define MERGED_MATCH "c.id IN (SELECT mg.id FROM " MERGED_NAMED ")"
/* without names, $1 and $2 (never null) are named only to keep their type */
#define FIND_ANY(order) \
	"SELECT * FROM (" FIND_ROW " AND $1::text IS NOT NULL AND $2::text IS NOT NULL) f" \
	" ORDER BY " order FIND_PAGE
#define FIND_ANY_BY_NAME(order, on, walk) FIND_ANY(order)
#define FIND_NAMED(order) \
	"SELECT * FROM ((" FIND_ROW " AND " NAMES_MATCH("c") \
	"                 ORDER BY " order FIND_PAGE_END ")" \
	" UNION (" FIND_ROW " AND c.id IN (SELECT a.client_id FROM hearth.client_alias a" \
	"                                 WHERE " NAMES_MATCH("a") ")" \
	"        ORDER BY " order FIND_PAGE_END ")" \
	" UNION (" FIND_ROW " AND " MERGED_MATCH \
	"        ORDER BY " order FIND_PAGE_END ")) f" \
	" ORDER BY " order FIND_PAGE
/* Sorted by name, each side finds the page's clients by their keys alone
 * (from the indexes, without reading the clients' rows), and the rows of
 * those are read once at the end; the aliases' side walks them in `walk`,
 * their clients' name order (`on` in one direction or the other), once a
 * client however many of its aliases match. That table holds the aliases of
 * clients not merged, each judged by its own row (sql/080, 083), so with a
 * name alone (NAMES_ONLY, decided when the statement is planned) no client
 * is read there; with more, each walked alias's client is asked the filter.
 * The merged side is all of the few its function finds, uncut, and the
 * filter is asked of it with the rows at the end (of the other sides' again,
 * which they pass). */
#define NAMES_ONLY "($3 = '' AND $4 = '' AND $5 = '' AND NOT $8::boolean)"
#define FIND_KEYS "SELECT c.id, c.last_key, c.first_key FROM hearth.client c" FIND_FILTER
#define FIND_NAMED_BY_NAME(order, on, walk) \
	"SELECT * FROM (SELECT " FIND_COLS_LIST " FROM ((" \
	FIND_KEYS " AND " NAMES_MATCH("c") " ORDER BY " order FIND_PAGE_END ")" \
	" UNION (SELECT DISTINCT ON (" on ") s.client_id, s.client_last_key, s.client_first_key" \
	"        FROM hearth.client_alias_order s WHERE " NAMES_MATCH("s") \
	"          AND (" NAMES_ONLY " OR EXISTS (SELECT 1 FROM hearth.client c" FIND_FILTER \
	"                                         AND c.id = s.client_id))" \
	"        ORDER BY " walk FIND_PAGE_END ")" \
	" UNION SELECT mg.id, mg.last_key, mg.first_key FROM " MERGED_NAMED \
	") k JOIN hearth.client c ON c.id = k.id" FIND_ORG FIND_FILTER ") f" \
	" ORDER BY " order FIND_PAGE
#define BY_LAST "s.client_last_key, s.client_first_key, s.client_id"
#define BY_LAST_DESC "s.client_last_key DESC, s.client_first_key DESC, s.client_id DESC"
#define BY_FIRST "s.client_first_key, s.client_last_key, s.client_id"
#define BY_FIRST_DESC "s.client_first_key DESC, s.client_last_key DESC, s.client_id DESC"
/* q(order) makes a statement, n(order, on, walk) one sorted by name */
#define FIND_SORTS(q, n) { \
	[CC_ID] = { q("id"), q("id DESC") }, \
	[CC_LAST] = { n("last_key, first_key, id", BY_LAST, BY_LAST), \
	              n("last_key DESC, first_key DESC, id DESC", BY_LAST, BY_LAST_DESC) }, \
	[CC_FIRST] = { n("first_key, last_key, id", BY_FIRST, BY_FIRST), \
	               n("first_key DESC, last_key DESC, id DESC", BY_FIRST, BY_FIRST_DESC) }, \
	[CC_BIRTH] = { q("birth_date NULLS LAST, id"), q("birth_date DESC NULLS LAST, id") }, \
	[CC_SSN4] = { q("ssn_last4 NULLS LAST, id"), q("ssn_last4 DESC NULLS LAST, id") }, \
	[CC_ORG] = { q("org_key, id"), q("org_key DESC, id") } }

/* [names typed][sort][descending] */
static const char *const find_sql[2][CC_COUNT][2] = {
	FIND_SORTS(FIND_ANY, FIND_ANY_BY_NAME),
	FIND_SORTS(FIND_NAMED, FIND_NAMED_BY_NAME),
};

/* Whether a typed name part has a letter (what the keys keep) or any other
 * character but blanks and punctuation; a part with none asks for nothing. */
static bool has_letters(const char *s)
{
	for (; s && *s; s++)
		if ((unsigned char)*s >= 0x80 || ((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z'))
			return true;
	return false;
}

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
	bool names;

	/* one more than asked, to know whether another page follows */
	snprintf(lim, sizeof lim, "%d", limit + 1);
	snprintf(off, sizeof off, "%d", offset);
	memset(page, 0, sizeof *page);
	names = has_letters(q->first_name) || has_letters(q->last_name);
	rows = db_query(db, find_sql[names][sort][desc], 8, params);
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

static const char *or_null(const char *s)
{
	return s && *s ? s : NULL;
}

bool client_duplicates(struct db *db, const char *first_name, const char *last_name,
                       const char *birth_date, const char *ssn, int ssn_quality,
                       struct client_duplicates *out, char **err)
{
	char quality[16];
	const char *params[5] = { or_null(first_name), or_null(last_name), or_null(birth_date),
	                          or_null(ssn), ssn_quality > 0 ? quality : NULL };
	struct db_rows *rows;
	int r;

	snprintf(quality, sizeof quality, "%d", ssn_quality);
	memset(out, 0, sizeof *out);
	rows = db_query(db,
		"SELECT client_id, coalesce(first_name, ''), coalesce(last_name, ''),"
		"       coalesce(birth_date::text, ''), coalesce(ssn_last4, ''),"
		"       array_to_string(reasons, ', '), score, sure"
		" FROM hearth.duplicate_candidates($1, $2, $3::date, $4, $5::smallint)", 5, params);
	if (!rows) {
		*err = xstrdup(db_error(db));
		return false;
	}
	out->nrows = db_rows_count(rows);
	out->rows = xcalloc((size_t)out->nrows + 1, sizeof *out->rows);
	for (r = 0; r < out->nrows; r++) {
		struct client_duplicate *d = &out->rows[r];

		d->id = cell(rows, r, 0);
		d->first_name = cell(rows, r, 1);
		d->last_name = cell(rows, r, 2);
		d->birth_date = cell(rows, r, 3);
		d->ssn4 = cell(rows, r, 4);
		d->reasons = cell(rows, r, 5);
		d->score = atoi(db_rows_get(rows, r, 6));
		d->sure = !strcmp(db_rows_get(rows, r, 7), "t");
	}
	db_rows_free(rows);
	return true;
}

void client_duplicates_free(struct client_duplicates *d)
{
	int r;

	for (r = 0; r < d->nrows; r++) {
		free(d->rows[r].id);
		free(d->rows[r].first_name);
		free(d->rows[r].last_name);
		free(d->rows[r].birth_date);
		free(d->rows[r].ssn4);
		free(d->rows[r].reasons);
	}
	free(d->rows);
	memset(d, 0, sizeof *d);
}

/* The first column of every row of a query about one client, as a
 * NULL-terminated list (empty when the query fails). */
static char **column_list(struct db *db, const char *sql, const char *id)
{
	char **list = db_column(db, sql, 1, (const char *const[]){ id });

	return list ? list : xcalloc(1, sizeof *list);
}

/* The client's current family, its members, case managers, paused work. */
static void load_household(struct db *db, const char *id, struct client_summary *c)
{
	char *err = NULL;

	if (!family_load(db, NULL, id, &c->family, &c->household, &err))
		free(err);           /* shown as no household */
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

/* The alerts about the client in force today (everyone who sees the client sees them). */
static void load_alerts(struct db *db, const char *id, struct client_summary *c)
{
	int i;

	for (i = 0; c->alert_lines && c->alert_lines[i]; i++)
		free(c->alert_lines[i]);
	free(c->alert_lines);
	c->alert_lines = column_list(db,
		"SELECT a.alert || ' (' || o.name || ')' FROM hearth.client_alert a"
		" JOIN hearth.organization o ON o.id = a.org_id"
		" WHERE a.client_id = $1 AND hearth.active_today(a.begin_date, a.end_date)"
		" ORDER BY a.begin_date DESC, a.id DESC", id);
	for (c->alerts = 0; c->alert_lines && c->alert_lines[c->alerts]; c->alerts++)
		;
}

/* The open enrollments the caller may see: "Program (since date, organization)". */
static void load_enrollments(struct db *db, const char *id, struct client_summary *c)
{
	c->enrollments = column_list(db,
		"SELECT p.name || ' (since ' || e.entry_date || ', ' || o.name || ')'"
		" FROM hearth.enrollment e JOIN hearth.program p ON p.id = e.program_id"
		" JOIN hearth.organization o ON o.id = e.org_id"
		" WHERE e.client_id = $1 AND e.exit_date IS NULL AND e.date_deleted IS NULL"
		" ORDER BY e.entry_date DESC", id);
	c->tasks = column_list(db,
		"SELECT t.due_date || ': ' || t.title || ' (' || t.assigned || ')'"
		" FROM hearth.task_list t"
		" WHERE t.client_id = $1 AND t.done_date IS NULL ORDER BY t.due_date, t.id", id);
}

static void free_lines(char **lines)
{
	for (int i = 0; lines && lines[i]; i++)
		free(lines[i]);
	free(lines);
}

void client_reload_work(struct db *db, struct client_summary *c)
{
	free_lines(c->enrollments);
	free_lines(c->tasks);
	load_enrollments(db, c->id, c);
	for (c->open_enrollments = 0; c->enrollments && c->enrollments[c->open_enrollments];
	     c->open_enrollments++)
		;
}

void client_reload_alerts(struct db *db, struct client_summary *c)
{
	load_alerts(db, c->id, c);
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
		"       (SELECT count(*) FROM hearth.enrollment e WHERE e.client_id = c.id"
		"        AND e.exit_date IS NULL AND e.date_deleted IS NULL),"
		"       coalesce(c.merged_into::text, '')"
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
	c->merged_into = cell(rows, 0, 11);
	c->veteran = cell(rows, 0, 9);
	c->open_enrollments = atoi(db_rows_get(rows, 0, 10));
	db_rows_free(rows);
	load_household(db, id, c);
	load_enrollments(db, id, c);
	load_alerts(db, id, c);
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
	free(c->merged_into);
	family_free(&c->family);
	family_members_free(&c->household);
	for (i = 0; c->case_managers && c->case_managers[i]; i++)
		free(c->case_managers[i]);
	free(c->case_managers);
	for (i = 0; c->enrollments && c->enrollments[i]; i++)
		free(c->enrollments[i]);
	free(c->enrollments);
	for (i = 0; c->tasks && c->tasks[i]; i++)
		free(c->tasks[i]);
	free(c->tasks);
	for (i = 0; c->alert_lines && c->alert_lines[i]; i++)
		free(c->alert_lines[i]);
	free(c->alert_lines);
	for (i = 0; c->paused && c->paused[i]; i++)
		free(c->paused[i]);
	free(c->paused);
	memset(c, 0, sizeof *c);
}
