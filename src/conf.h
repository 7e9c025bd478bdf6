/* conf.h: hearth.conf (iniparser), see hearth.conf(5).
 *
 *   [database] conninfo = ..., or service = NAME
 *   [ui]       theme = default | high-contrast | monochrome
 *   [forms]    dir = the folder of the form files
 *   [keys]     ACTION = KEY [KEY ...]      (rebinding, see hearth(1))
 *   [demo]     account = NAME (ORGANIZATIONS)   lines shown on the login
 *              screen of the demo cluster; password = the demo password
 */
#ifndef HEARTH_CONF_H
#define HEARTH_CONF_H

struct conf {
	char *path;           /* the file read, or NULL when none */
	char *conninfo;       /* NULL: the PG* environment */
	char *theme;
	char *forms_dir;      /* [forms] dir, $HEARTH_FORMS, ./forms or the installed ones */
	char **demo_accounts; /* NULL-terminated */
	char *demo_password;
	char **key_bindings;  /* [keys] as written: action, keys, action, keys, ..., NULL */
	char **problems;      /* sentences about the file, NULL-terminated */
};

/* Read `path`, or when NULL the first of $HEARTH_CONF,
 * ~/.config/hearth/hearth.conf, /etc/hearth/hearth.conf that exists; its
 * [keys] are kept for the key table (keys_apply, ui/keys.h). A missing
 * default file is no problem; an unreadable named one is. Never fails: what
 * is wrong is listed in problems. */
struct conf *conf_load(const char *path);
/* Add a sentence (taken) to the file's problems. */
void conf_problem(struct conf *c, char *sentence);
void conf_free(struct conf *c);

#endif
