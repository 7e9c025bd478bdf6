/* provider.c: a provider's dashboard (provider.h). */
#include "provider.h"

#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "util/xalloc.h"

char **provider_ids(struct db *db)
{
	return db_column(db, "SELECT id::text FROM hearth.organization ORDER BY lower(name), id", 0,
	                 NULL);
}

static const char *const statements[] = {
	/* programs */
	"SELECT p.name || ' (' || coalesce(t.label, 'no HUD type') || coalesce(', from '"
	"  || p.begin_date, '') || coalesce(' to ' || p.end_date, '') || ')'"
	" FROM hearth.program p LEFT JOIN hearth.lookup t ON t.list = 'hud_project_type'"
	"  AND t.code = p.project_type::text WHERE p.org_id = $1::bigint ORDER BY p.name",
	/* grants */
	"SELECT g.name || ' for ' || p.name || coalesce(' (' || f.label || ')', '')"
	"  || coalesce(', from ' || g.begin_date, '') || coalesce(' to ' || g.end_date, '')"
	" FROM hearth.\"grant\" g JOIN hearth.program p ON p.id = g.program_id"
	" LEFT JOIN hearth.lookup f ON f.list = 'hud_funder' AND f.code = g.funder::text"
	" WHERE g.org_id = $1::bigint ORDER BY p.name, g.name",
	/* the open enrollments the caller sees, a program each */
	"SELECT e.program || ': ' || count(*) || ' open' FROM hearth.enrollment_list e"
	" JOIN hearth.program p ON p.id = e.program_id"
	" WHERE p.org_id = $1::bigint AND e.exit_date IS NULL GROUP BY e.program ORDER BY e.program",
	/* staff */
	"SELECT coalesce(nullif(u.full_name, ''), u.username)"
	"  || CASE WHEN m.org_admin THEN ', administrator' ELSE '' END"
	" FROM hearth.membership m JOIN hearth.hmis_user u ON u.id = m.user_id"
	" WHERE m.org_id = $1::bigint AND u.disabled_at IS NULL ORDER BY 1",
};

bool provider_open(struct db *db, const char *id, struct provider_summary *p, char **err)
{
	char **lists[4];
	struct db_rows *rows = db_query(db, "SELECT id::text, name FROM hearth.organization"
	                                " WHERE id = coalesce($1::bigint, hearth.active_org())",
	                                1, (const char *const[]){ id });

	memset(p, 0, sizeof *p);
	*err = NULL;
	if (!rows || db_rows_count(rows) == 0) {
		*err = xstrdup(rows ? "no such organization" : db_error(db));
		db_rows_free(rows);
		return false;
	}
	p->id = xstrdup(db_rows_get(rows, 0, 0));
	p->name = xstrdup(db_rows_get(rows, 0, 1));
	db_rows_free(rows);
	for (int i = 0; i < 4; i++)
		if (!(lists[i] = db_column(db, statements[i], 1, (const char *const[]){ p->id })))
			*err = *err ? *err : xstrdup(db_error(db));
	p->programs = lists[0];
	p->grants = lists[1];
	p->enrollments = lists[2];
	p->staff = lists[3];
	if (*err)
		provider_summary_free(p);
	return *err == NULL;
}

static void free_list(char **list)
{
	for (int i = 0; list && list[i]; i++)
		free(list[i]);
	free(list);
}

void provider_summary_free(struct provider_summary *p)
{
	free(p->id);
	free(p->name);
	free_list(p->programs);
	free_list(p->grants);
	free_list(p->enrollments);
	free_list(p->staff);
	memset(p, 0, sizeof *p);
}
