/* conf.c: reading hearth.conf. */
#include "conf.h"

#include <iniparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/xalloc.h"

static void add(char ***list, char *item)
{
	size_t n = 0;

	while (*list && (*list)[n])
		n++;
	*list = xrealloc(*list, (n + 2) * sizeof **list);
	(*list)[n] = item;
	(*list)[n + 1] = NULL;
}

static char *find_default(void)
{
	const char *env = getenv("HEARTH_CONF"), *home = getenv("HOME");
	char *p;

	if (env && *env)
		return xstrdup(env);
	if (home) {
		p = xasprintf("%s/.config/hearth/hearth.conf", home);
		if (access(p, R_OK) == 0)
			return p;
		free(p);
	}
	if (access("/etc/hearth/hearth.conf", R_OK) == 0)
		return xstrdup("/etc/hearth/hearth.conf");
	return NULL;
}

static char *get(dictionary *d, const char *key)
{
	const char *v = iniparser_getstring(d, key, NULL);

	return v && *v ? xstrdup(v) : NULL;
}

/* [keys]: kept as written, action name and keys in turn; the ui applies
 * them (keys_apply) and says what is wrong with them. */
static void read_keys(struct conf *c, dictionary *d)
{
	int n = iniparser_getsecnkeys(d, "keys"), i;
	const char **names;

	if (n <= 0)
		return;
	names = xcalloc((size_t)n, sizeof *names);
	iniparser_getseckeys(d, "keys", names);
	for (i = 0; i < n; i++) {
		add(&c->key_bindings, xstrdup(names[i] + strlen("keys:")));
		add(&c->key_bindings, xstrdup(iniparser_getstring(d, names[i], "")));
	}
	free(names);
}

void conf_problem(struct conf *c, char *sentence)
{
	add(&c->problems, sentence);
}

static void read_demo(struct conf *c, dictionary *d)
{
	int n = iniparser_getsecnkeys(d, "demo"), i;
	const char **names;

	if (n <= 0)
		return;
	names = xcalloc((size_t)n, sizeof *names);
	iniparser_getseckeys(d, "demo", names);
	for (i = 0; i < n; i++)
		if (!strncmp(names[i], "demo:account", 12))
			add(&c->demo_accounts, xstrdup(iniparser_getstring(d, names[i], "")));
	free(names);
	c->demo_password = get(d, "demo:password");
}

#ifndef HEARTH_FORMS_DIR
#define HEARTH_FORMS_DIR "/usr/local/share/hearth/forms"
#endif

/* The forms: [forms] dir, else $HEARTH_FORMS, else ./forms when run from the
 * sources, else the installed ones. */
static char *forms_dir(dictionary *d)
{
	char *dir = d ? get(d, "forms:dir") : NULL;
	const char *env = getenv("HEARTH_FORMS");

	if (dir)
		return dir;
	if (env && *env)
		return xstrdup(env);
	if (access("forms/client_add.ini", R_OK) == 0)
		return xstrdup("forms");
	return xstrdup(HEARTH_FORMS_DIR);
}

struct conf *conf_load(const char *path)
{
	struct conf *c = xcalloc(1, sizeof *c);
	dictionary *d;
	char *service;

	c->path = path ? xstrdup(path) : find_default();
	if (!c->path) {
		c->forms_dir = forms_dir(NULL);
		return c;
	}
	if (access(c->path, R_OK) != 0 || !(d = iniparser_load(c->path))) {
		add(&c->problems, xasprintf("%s cannot be read; using the defaults", c->path));
		c->forms_dir = forms_dir(NULL);
		return c;
	}
	c->forms_dir = forms_dir(d);
	c->conninfo = get(d, "database:conninfo");
	if (!c->conninfo && (service = get(d, "database:service"))) {
		c->conninfo = xasprintf("service=%s", service);
		free(service);
	}
	c->theme = get(d, "ui:theme");
	read_keys(c, d);
	read_demo(c, d);
	iniparser_freedict(d);
	return c;
}

static void free_list(char **list)
{
	size_t i;

	for (i = 0; list && list[i]; i++)
		free(list[i]);
	free(list);
}

void conf_free(struct conf *c)
{
	if (!c)
		return;
	free(c->path);
	free(c->conninfo);
	free(c->theme);
	free(c->forms_dir);
	free_list(c->demo_accounts);
	free(c->demo_password);
	free_list(c->problems);
	free_list(c->key_bindings);
	free(c);
}
