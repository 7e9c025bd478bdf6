/* lookup.c: the names of looked-up records. */
#include "lookup.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "client.h"
#include "db/db.h"
#include "quick_find.h"
#include "util/xalloc.h"

/* A master assessment's name: its type's label and date. */
#define ASSESSMENT_NAME \
	"SELECT a.id::text, coalesce(t.label, a.assessment_type) || ', ' || a.assessment_date" \
	" FROM hearth.assessment a LEFT JOIN hearth.lookup t ON t.list = 'assessment_type'" \
	"  AND t.code = a.assessment_type"

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
	case FIELD_LOOKUP_FAMILY:
		return "SELECT id::text, name FROM hearth.family_display WHERE id = ANY ($1::bigint[])";
	case FIELD_LOOKUP_PROGRAM:
		return "SELECT id::text, name FROM hearth.program WHERE id = ANY ($1::bigint[])";
	case FIELD_LOOKUP_GRANT:
		return "SELECT g.id::text, g.name || coalesce(' (' || p.name || ')', '')"
		       " FROM hearth.\"grant\" g LEFT JOIN hearth.program p ON p.id = g.program_id"
		       " WHERE g.id = ANY ($1::bigint[])";
	case FIELD_LOOKUP_CASE:
		return "SELECT e.id::text, concat_ws(', ', c.last_name, c.first_name) || ': ' || e.program"
		       "   || ' since ' || e.entry_date"
		       " FROM hearth.enrollment_list e JOIN hearth.client c ON c.id = e.client_id"
		       " WHERE e.id = ANY ($1::bigint[])";
	case FIELD_LOOKUP_ENROLLMENT:
		return "SELECT id::text, program || ' from ' || entry_date"
		       "   || coalesce(' to ' || exit_date, '') FROM hearth.enrollment_list"
		       " WHERE id = ANY ($1::bigint[])";
	case FIELD_LOOKUP_EMPLOYER:
		return "SELECT id::text, name || coalesce(' (' || city || ')', '') FROM hearth.employer"
		       " WHERE id = ANY ($1::bigint[])";
	case FIELD_LOOKUP_ASSESSMENT:
		return ASSESSMENT_NAME " WHERE a.id = ANY ($1::bigint[])";
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

/* The start of a name, the others but clients: a directory, or (cases and
 * enrollments) rows the sharing rules let through; $3 is the form's client. */
static const char *search_statement(enum field_lookup kind)
{
	switch (kind) {
	case FIELD_LOOKUP_USER:
		return "SELECT id::text, coalesce(nullif(full_name, ''), username) FROM hearth.hmis_user"
		       " WHERE disabled_at IS NULL AND (lower(full_name) LIKE lower($1) || '%'"
		       "   OR username LIKE lower($1) || '%' OR lower(full_name) LIKE '% ' || lower($1) || '%')"
		       " ORDER BY 2 LIMIT $2::int";
	case FIELD_LOOKUP_PROVIDER:
		return "SELECT id::text, name FROM hearth.program WHERE lower(name) LIKE '%' || lower($1) || '%'"
		       " ORDER BY 2 LIMIT $2::int";
	case FIELD_LOOKUP_ORGANIZATION:
		return "SELECT id::text, name FROM hearth.organization"
		       " WHERE lower(name) LIKE '%' || lower($1) || '%' ORDER BY 2 LIMIT $2::int";
	case FIELD_LOOKUP_MOU:
		return "SELECT id::text, name FROM hearth.mou WHERE lower(name) LIKE '%' || lower($1) || '%'"
		       " ORDER BY 2 LIMIT $2::int";
	case FIELD_LOOKUP_FAMILY:     /* the families the caller sees, by their names */
		return "SELECT id::text, name FROM hearth.family_display"
		       " WHERE lower(name) LIKE '%' || lower($1) || '%' ORDER BY 2 LIMIT $2::int";
	case FIELD_LOOKUP_PROGRAM:
		return "SELECT id::text, name FROM hearth.program WHERE org_id = hearth.active_org()"
		       " AND coalesce(begin_date, '-infinity') <= hearth.today()"
		       " AND coalesce(end_date, 'infinity') >= hearth.today()"
		       " AND lower(name) LIKE '%' || lower($1) || '%' ORDER BY 2 LIMIT $2::int";
	case FIELD_LOOKUP_GRANT:
		return "SELECT g.id::text, g.name || coalesce(' (' || p.name || ')', '')"
		       " FROM hearth.\"grant\" g LEFT JOIN hearth.program p ON p.id = g.program_id"
		       " WHERE g.org_id = hearth.active_org()"
		       " AND coalesce(g.begin_date, '-infinity') <= hearth.today()"
		       " AND coalesce(g.end_date, 'infinity') >= hearth.today()"
		       " AND lower(g.name || ' ' || coalesce(p.name, '')) LIKE '%' || lower($1) || '%'"
		       " ORDER BY 2 LIMIT $2::int";
	case FIELD_LOOKUP_CASE:       /* the heads of open cases, by name */
		return "SELECT e.id::text, concat_ws(', ', c.last_name, c.first_name) || ': ' || e.program"
		       "   || ' since ' || e.entry_date"
		       " FROM hearth.enrollment_list e JOIN hearth.client c ON c.id = e.client_id"
		       " WHERE e.case_id = e.id AND e.exit_date IS NULL"
		       " AND e.organization = (SELECT name FROM hearth.organization"
		       "                       WHERE id = hearth.active_org())"
		       " AND lower(concat_ws(' ', c.first_name, c.last_name, e.program))"
		       "     LIKE '%' || lower($1) || '%' ORDER BY 2 LIMIT $2::int";
	case FIELD_LOOKUP_ENROLLMENT: /* the form's client's, newest first */
		return "SELECT id::text, program || ' from ' || entry_date"
		       "   || coalesce(' to ' || exit_date, '') FROM hearth.enrollment_list"
		       " WHERE client_id = $3::bigint AND lower(program) LIKE '%' || lower($1) || '%'"
		       " ORDER BY entry_date DESC LIMIT $2::int";
	case FIELD_LOOKUP_ASSESSMENT: /* the form's client's, newest first */
		return ASSESSMENT_NAME " WHERE a.client_id = $3::bigint"
		       " AND lower(coalesce(t.label, a.assessment_type)) LIKE '%' || lower($1) || '%'"
		       " ORDER BY a.assessment_date DESC, a.id DESC LIMIT $2::int";
	case FIELD_LOOKUP_EMPLOYER:   /* the directory, read by everybody */
		return "SELECT id::text, name || coalesce(' (' || city || ')', '') FROM hearth.employer"
		       " WHERE lower(name) LIKE '%' || lower($1) || '%' ORDER BY 2 LIMIT $2::int";
	default:
		return NULL;
	}
}

/* Clients through Find Client's own search (and its sharing rules). */
static int search_clients(struct db *db, const char *text, int max, char **ids, char **names,
                          char **err)
{
	struct quick_find q;
	const char *problem;
	struct client_query cq;
	struct client_page page;
	int i;

	/* digits alone are the client's id here (Find Client reads them as an SSN) */
	if (text[0] && strspn(text, "0123456789") == strlen(text) && strlen(text) < sizeof q.id) {
		memset(&q, 0, sizeof q);
		strcpy(q.id, text);
	} else if (!quick_find_parse(text, &q, &problem)) {
		*err = xstrdup(problem);
		return -1;
	}
	cq = (struct client_query){ q.first, q.last, q.birth_date, q.ssn, q.id, false };
	if (!client_find(db, &cq, CC_LAST, false, 0, max, &page, err))
		return -1;
	for (i = 0; i < page.nrows; i++) {
		ids[i] = xstrdup(page.rows[i].cell[CC_ID]);
		names[i] = xasprintf("%s, %s  %s", page.rows[i].cell[CC_LAST],
		                     page.rows[i].cell[CC_FIRST], page.rows[i].cell[CC_BIRTH]);
	}
	client_page_free(&page);
	return i;
}

int lookup_search(struct db *db, enum field_lookup kind, const char *text, const char *client,
                  int max, char **ids, char **names, char **err)
{
	char limit[16];
	struct db_rows *rows;
	int i, n;

	if (kind == FIELD_LOOKUP_CLIENT)
		return search_clients(db, text, max, ids, names, err);
	if (!search_statement(kind))
		return 0;
	snprintf(limit, sizeof limit, "%d", max);
	if ((kind == FIELD_LOOKUP_ENROLLMENT || kind == FIELD_LOOKUP_ASSESSMENT)
	    && !(client && *client)) {
		*err = xstrdup("choose the client first; their records are offered");
		return -1;
	}
	rows = db_query(db, search_statement(kind),
	                kind == FIELD_LOOKUP_ENROLLMENT || kind == FIELD_LOOKUP_ASSESSMENT ? 3 : 2,
	                (const char *const[]){ text, limit, client });
	if (!rows) {
		*err = xstrdup(db_error(db));
		return -1;
	}
	n = db_rows_count(rows);
	for (i = 0; i < n; i++) {
		ids[i] = xstrdup(db_rows_get(rows, i, 0));
		names[i] = xstrdup(db_rows_get(rows, i, 1));
	}
	db_rows_free(rows);
	return n;
}

void lookup_names_free(char **names, int n)
{
	int i;

	for (i = 0; names && i < n; i++)
		free(names[i]);
	free(names);
}

bool lookup_create_named(enum field_lookup kind)
{
	return kind == FIELD_LOOKUP_EMPLOYER;
}

char *lookup_create(struct db *db, enum field_lookup kind, const char *text, char **err)
{
	char *id;

	*err = NULL;
	if (kind != FIELD_LOOKUP_FAMILY && kind != FIELD_LOOKUP_EMPLOYER) {
		*err = xasprintf("a new %s cannot be made here", field_lookup_name(kind));
		return NULL;
	}
	if (lookup_create_named(kind) && !(text && text[strspn(text, " ")])) {
		*err = xasprintf("a new %s needs a name: type it into the field",
		                 field_lookup_name(kind));
		return NULL;
	}
	/* a family takes its head's name by default; an employer, the name typed */
	id = kind == FIELD_LOOKUP_FAMILY
	     ? db_value(db, "INSERT INTO hearth.family (name) VALUES (NULL) RETURNING id", 0, NULL,
	                &(bool){ false })
	     : db_value(db, "INSERT INTO hearth.employer (name) VALUES (btrim($1)) RETURNING id", 1,
	                (const char *const[]){ text }, &(bool){ false });
	if (!id)
		*err = xstrdup(db_error(db));
	return id;
}
