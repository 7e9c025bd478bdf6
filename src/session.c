/* session.c: logging in, the user's organizations, the active one. */
#include "session.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "db/db.h"
#include "util/xalloc.h"

/* Every query of an interactive session ends in bounded time. */
#define STATEMENT_TIMEOUT "15s"

static char *lower(const char *s)
{
	char *d = xstrdup(s), *p;

	for (p = d; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return d;
}

static bool load_user(struct session *s, char **err)
{
	struct db_rows *rows = db_query(s->db,
		"SELECT u.id, u.username, u.full_name, hearth.is_admin(), hearth.active_org(), u.theme"
		" FROM hearth.hmis_user u WHERE u.id = hearth.current_user_id()", 0, NULL);

	if (!rows) {
		*err = xasprintf("Could not read your account: %s", db_error(s->db));
		return false;
	}
	if (db_rows_count(rows) == 0) {
		db_rows_free(rows);
		*err = xstrdup("This database account is not an HMIS user, or it is disabled; "
		               "ask your system administrator.");
		return false;
	}
	s->user_id = atol(db_rows_get(rows, 0, 0));
	s->username = xstrdup(db_rows_get(rows, 0, 1));
	s->full_name = xstrdup(db_rows_get(rows, 0, 2));
	s->admin = !strcmp(db_rows_get(rows, 0, 3), "t");
	s->org_id = db_rows_get(rows, 0, 4) ? atol(db_rows_get(rows, 0, 4)) : 0;
	s->theme = db_rows_get(rows, 0, 5) ? xstrdup(db_rows_get(rows, 0, 5)) : NULL;
	db_rows_free(rows);
	return true;
}

static bool load_orgs(struct session *s, char **err)
{
	struct db_rows *rows = db_query(s->db,
		"SELECT o.id, o.name FROM hearth.membership m"
		" JOIN hearth.organization o ON o.id = m.org_id"
		" WHERE m.user_id = hearth.current_user_id() ORDER BY lower(o.name)", 0, NULL);
	int i;

	if (!rows) {
		*err = xasprintf("Could not read your organizations: %s", db_error(s->db));
		return false;
	}
	s->norgs = db_rows_count(rows);
	s->orgs = xcalloc((size_t)s->norgs + 1, sizeof *s->orgs);
	for (i = 0; i < s->norgs; i++) {
		s->orgs[i].id = atol(db_rows_get(rows, i, 0));
		s->orgs[i].name = xstrdup(db_rows_get(rows, i, 1));
		if (s->orgs[i].id == s->org_id)
			s->org_name = s->orgs[i].name;
	}
	db_rows_free(rows);
	if (s->norgs == 0 && !s->admin) {
		*err = xstrdup("This account belongs to no organization; ask your system administrator.");
		return false;
	}
	return true;
}

static void free_workgroups(struct session *s)
{
	int i;

	for (i = 0; i < s->nworkgroups; i++) {
		free(s->workgroups[i].name);
		free(s->workgroups[i].workspaces);
	}
	free(s->workgroups);
	s->workgroups = NULL;
	s->nworkgroups = 0;
	s->workgroup_id = 0;
}

/* The user's workgroups in the active organization, and the active one. */
static bool load_workgroups(struct session *s, char **err)
{
	struct db_rows *rows = db_query(s->db,
		"SELECT w.id, w.name, array_to_string(w.workspaces, ','),"
		" w.id = hearth.active_workgroup() FROM hearth.my_workgroups() w", 0, NULL);
	int i;

	free_workgroups(s);
	if (!rows) {
		*err = xasprintf("Could not read your workgroups: %s", db_error(s->db));
		return false;
	}
	s->nworkgroups = db_rows_count(rows);
	s->workgroups = xcalloc((size_t)s->nworkgroups + 1, sizeof *s->workgroups);
	for (i = 0; i < s->nworkgroups; i++) {
		s->workgroups[i].id = atol(db_rows_get(rows, i, 0));
		s->workgroups[i].name = xstrdup(db_rows_get(rows, i, 1));
		s->workgroups[i].workspaces = xstrdup(db_rows_get(rows, i, 2));
		if (!strcmp(db_rows_get(rows, i, 3), "t"))
			s->workgroup_id = s->workgroups[i].id;
	}
	db_rows_free(rows);
	return true;
}

bool session_restore(struct session *s)
{
	char id[24];
	const char *params[1] = { id };

	snprintf(id, sizeof id, "%ld", s->org_id);
	return db_exec(s->db, "SET statement_timeout = '" STATEMENT_TIMEOUT "'", 0, NULL)
	    && (!s->org_id || db_exec(s->db, "SELECT hearth.set_active_org($1)", 1, params));
}

bool session_login(struct session *s, const char *conninfo, const char *username,
                   const char *password, char **err)
{
	char *name;

	memset(s, 0, sizeof *s);
	*err = NULL;
	if (!*username) {
		*err = xstrdup("Type your user name.");
		return false;
	}
	if (!*password) {
		*err = xstrdup("Type your password.");
		return false;
	}
	name = lower(username);
	s->db = db_connect_as(conninfo, name, password, err);
	free(name);
	if (!s->db)
		return false;
	if (!session_restore(s) || !load_user(s, err) || !load_orgs(s, err) || !load_workgroups(s, err)) {
		if (!*err)
			*err = xstrdup(db_error(s->db));
		session_end(s);
		return false;
	}
	return true;
}

bool session_set_org(struct session *s, long org_id, char **err)
{
	char id[24];
	const char *params[1] = { id };
	int i;

	snprintf(id, sizeof id, "%ld", org_id);
	if (!db_exec(s->db, "SELECT hearth.set_active_org($1)", 1, params)) {
		*err = xstrdup(db_error(s->db));
		return false;
	}
	s->org_id = org_id;
	for (i = 0; i < s->norgs; i++)
		if (s->orgs[i].id == org_id)
			s->org_name = s->orgs[i].name;
	return load_workgroups(s, err);
}

bool session_set_workgroup(struct session *s, long workgroup_id, char **err)
{
	char id[24];
	const char *params[1] = { id };

	snprintf(id, sizeof id, "%ld", workgroup_id);
	if (!db_exec(s->db, "SELECT hearth.set_workgroup($1)", 1, params)) {
		*err = xstrdup(db_error(s->db));
		return false;
	}
	s->workgroup_id = workgroup_id;
	return true;
}

const struct workgroup *session_workgroup(const struct session *s)
{
	int i;

	for (i = 0; i < s->nworkgroups; i++)
		if (s->workgroups[i].id == s->workgroup_id)
			return &s->workgroups[i];
	return NULL;
}

bool session_set_theme(struct session *s, const char *theme, char **err)
{
	const char *params[1] = { theme };

	if (!db_exec(s->db, "SELECT hearth.set_theme($1)", 1, params)) {
		*err = xstrdup(db_error(s->db));
		return false;
	}
	free(s->theme);
	s->theme = xstrdup(theme);
	return true;
}

void session_end(struct session *s)
{
	int i;

	db_close(s->db);
	free(s->username);
	free(s->full_name);
	for (i = 0; i < s->norgs; i++)
		free(s->orgs[i].name);
	free(s->orgs);
	free_workgroups(s);
	free(s->theme);
	memset(s, 0, sizeof *s);
}
