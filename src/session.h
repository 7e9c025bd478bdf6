/* session.h: who is logged in, and in which organization they work.
 * No curses here: the login screen and tests use it alike. */
#ifndef HEARTH_SESSION_H
#define HEARTH_SESSION_H

#include <stdbool.h>

struct db;

struct org {
	long id;
	char *name;
};

/* A team of the organization, and the workspaces it works in. */
struct workgroup {
	long id;
	char *name;
	char *workspaces;       /* "Home,Clients,Housing" */
};

struct session {
	struct db *db;
	long user_id;
	char *username;
	char *full_name;
	bool admin;
	struct org *orgs;       /* the user's organizations, by name */
	int norgs;
	long org_id;            /* the active organization (0: none) */
	const char *org_name;   /* points into orgs */
	struct workgroup *workgroups; /* the user's, in the active organization */
	int nworkgroups;
	long workgroup_id;      /* the active one (0: none, every workspace) */
	char *theme;            /* the colour theme last chosen, or NULL */
};

/* Log in as `username` (folded to lower case) with `password` over
 * `conninfo`. On success fills *s (the caller ends it with session_end) and
 * returns true; otherwise sets *err to a sentence for the person at the
 * keyboard (the caller frees) and returns false. */
bool session_login(struct session *s, const char *conninfo, const char *username,
                   const char *password, char **err);
/* The connection's settings (the statement timeout, the active
 * organization), at login and again on a new connection. */
bool session_restore(struct session *s);
/* Work in another organization (one of s->orgs). */
bool session_set_org(struct session *s, long org_id, char **err);
/* Work in another of s->workgroups (remembered for the next login). */
bool session_set_workgroup(struct session *s, long workgroup_id, char **err);
/* The active workgroup, or NULL. */
const struct workgroup *session_workgroup(const struct session *s);
/* Remember the colour theme for the next login. */
bool session_set_theme(struct session *s, const char *theme, char **err);
/* Close the connection and free everything. */
void session_end(struct session *s);

#endif
