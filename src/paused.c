/* paused.c: keeping unfinished forms, in the database or a local file. */
#include "paused.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "db/db.h"
#include "util/xalloc.h"

bool paused_save(struct db *db, const struct paused *p, char **err)
{
	char step[16], *names = db_text_array((const char *const *)p->names, p->n);
	char *texts = db_text_array((const char *const *)p->texts, p->n), *id = NULL;
	const char *params[7] = { p->form, p->title, step, names, texts, p->shared ? "t" : "f", p->id };
	bool ok = true, found = false;

	snprintf(step, sizeof step, "%d", p->step);
	/* the row it was resumed from, when it is the caller's */
	if (p->id)
		ok = (id = db_value(db, "UPDATE hearth.paused_operation SET form = $1, title = $2,"
		                        " step = $3, entries = jsonb_object($4::text[], $5::text[]),"
		                        " shared = $6::boolean"
		                        " WHERE id = $7::bigint AND user_id = hearth.current_user_id()"
		                        " RETURNING id", 7, params, &found)) != NULL;
	/* else a new one; a colleague's paused workflow resumed here becomes the
	 * caller's (the old row goes, when it is still there) */
	if (ok && !found) {
		params[6] = p->client_id;
		ok = db_exec(db, "INSERT INTO hearth.paused_operation (form, title, step, entries,"
		                 " shared, client_id) VALUES ($1, $2, $3, jsonb_object($4::text[], $5::text[]),"
		                 " $6::boolean, $7::bigint)", 7, params);
		if (ok && p->id)
			ok = db_exec(db, "DELETE FROM hearth.paused_operation WHERE id = $1::bigint", 1,
			             (const char *const[]){ p->id });
	}
	free(id);
	free(names);
	free(texts);
	if (!ok)
		*err = xstrdup(db_error(db));
	return ok;
}

bool paused_keep(struct db *db, const char *user, const struct paused *p, bool local_only,
                 bool *local, char **err)
{
	bool ok = false;

	*local = false;
	*err = NULL;
	if (!local_only)
		ok = paused_save(db, p, err);
	if (!ok && (local_only || !strcmp(db_error_code(db), "08006"))) {
		free(*err);
		*err = NULL;
		ok = *local = paused_save_local(user, p, err);
	}
	return ok;
}

struct paused *paused_list(struct db *db, const char *client_id, int *n, char **err)
{
	const char *params[1] = { client_id };
	struct db_rows *rows = db_query(db,
		"SELECT o.id, o.form, o.title, o.step, to_char(o.updated_at, 'YYYY-MM-DD HH24:MI'),"
		"       o.client_id, coalesce(nullif(u.full_name, ''), u.username),"
		"       CASE WHEN c.id IS NOT NULL THEN concat_ws(', ', c.last_name, c.first_name) END,"
		"       o.shared"
		" FROM hearth.paused_operation o JOIN hearth.hmis_user u ON u.id = o.user_id"
		" LEFT JOIN hearth.client c ON c.id = o.client_id"
		" WHERE CASE WHEN $1::bigint IS NULL THEN o.user_id = hearth.current_user_id()"
		"            ELSE o.client_id = $1::bigint END"
		" ORDER BY o.updated_at DESC, o.id DESC", 1, params);
	struct paused *list;
	int i;

	*n = 0;
	if (!rows) {
		*err = xstrdup(db_error(db));
		return NULL;
	}
	*n = db_rows_count(rows);
	list = xcalloc((size_t)*n + 1, sizeof *list);
	for (i = 0; i < *n; i++) {
		list[i].id = xstrdup(db_rows_get(rows, i, 0));
		list[i].form = xstrdup(db_rows_get(rows, i, 1));
		list[i].title = xstrdup(db_rows_get(rows, i, 2));
		list[i].step = atoi(db_rows_get(rows, i, 3));
		list[i].when = xstrdup(db_rows_get(rows, i, 4));
		list[i].client_id = db_rows_get(rows, i, 5) ? xstrdup(db_rows_get(rows, i, 5)) : NULL;
		list[i].who = xstrdup(db_rows_get(rows, i, 6));
		list[i].client_name = db_rows_get(rows, i, 7) ? xstrdup(db_rows_get(rows, i, 7)) : NULL;
		list[i].shared = !strcmp(db_rows_get(rows, i, 8), "t");
	}
	db_rows_free(rows);
	return list;
}

bool paused_load(struct db *db, struct paused *p, char **err)
{
	const char *params[1] = { p->id };
	struct db_rows *rows = db_query(db,
		"SELECT e.key, e.value FROM hearth.paused_operation o, jsonb_each_text(o.entries) e"
		" WHERE o.id = $1::bigint", 1, params);
	int i;

	if (!rows) {
		*err = xstrdup(db_error(db));
		return false;
	}
	p->n = db_rows_count(rows);
	p->names = xcalloc((size_t)p->n + 1, sizeof *p->names);
	p->texts = xcalloc((size_t)p->n + 1, sizeof *p->texts);
	for (i = 0; i < p->n; i++) {
		p->names[i] = xstrdup(db_rows_get(rows, i, 0));
		p->texts[i] = xstrdup(db_rows_get(rows, i, 1) ? db_rows_get(rows, i, 1) : "");
	}
	db_rows_free(rows);
	return true;
}

bool paused_delete(struct db *db, const char *id, char **err)
{
	const char *params[1] = { id };

	if (db_exec(db, "DELETE FROM hearth.paused_operation WHERE id = $1::bigint", 1, params))
		return true;
	*err = xstrdup(db_error(db));
	return false;
}

bool paused_record_ok(struct db *db, const char *op, const char *table, const char *id)
{
	const char *params[3] = { op, table, id };
	bool found = false;
	char *ok;
	bool yes;

	if (!op || !table || !id || !*id)
		return false;
	ok = db_value(db, "SELECT hearth.paused_record_ok($1::bigint, $2, $3::bigint)", 3, params,
	              &found);
	yes = ok && found && !strcmp(ok, "t");
	free(ok);
	return yes;
}

void paused_free(struct paused *p)
{
	int i;

	if (!p)
		return;
	for (i = 0; i < p->n; i++) {
		free(p->names[i]);
		free(p->texts[i]);
	}
	free(p->names);
	free(p->texts);
	free(p->id);
	free(p->client_id);
	free(p->form);
	free(p->title);
	free(p->when);
	free(p->who);
	free(p->client_name);
	memset(p, 0, sizeof *p);
}

void paused_free_all(struct paused *list, int n)
{
	int i;

	for (i = 0; i < n; i++)
		paused_free(&list[i]);
	free(list);
}

/* ---- the local file: one per paused operation, readable by its owner only ---- */

static char *local_dir(void)
{
	const char *state = getenv("XDG_STATE_HOME"), *home = getenv("HOME");

	if (state && *state)
		return xasprintf("%s/hearth", state);
	return xasprintf("%s/.local/state/hearth", home && *home ? home : "/tmp");
}

static bool make_dirs(const char *path)
{
	char *p = xstrdup(path), *s;
	bool ok = true;

	for (s = p + 1; *s && ok; s++) {
		if (*s != '/')
			continue;
		*s = 0;
		ok = mkdir(p, 0700) == 0 || errno == EEXIST;
		*s = '/';
	}
	ok = ok && (mkdir(p, 0700) == 0 || errno == EEXIST);
	free(p);
	return ok;
}

/* Tabs, newlines and backslashes escaped, so a value is one line. */
static void put_escaped(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (*s == '\\')
			fputs("\\\\", f);
		else if (*s == '\t')
			fputs("\\t", f);
		else if (*s == '\n')
			fputs("\\n", f);
		else
			fputc(*s, f);
	}
}

static void unescape(char *s)
{
	char *d = s;

	for (; *s; s++) {
		if (*s == '\\' && s[1]) {
			s++;
			*d++ = *s == 't' ? '\t' : *s == 'n' ? '\n' : *s;
		} else {
			*d++ = *s;
		}
	}
	*d = 0;
}

bool paused_save_local(const char *user, const struct paused *p, char **err)
{
	char *dir = local_dir(), *path;
	FILE *f;
	int fd, i;

	if (!make_dirs(dir)) {
		*err = xasprintf("Could not make %s: %s", dir, strerror(errno));
		free(dir);
		return false;
	}
	path = xasprintf("%s/paused-%s-%ld-%d.txt", dir, user, (long)time(NULL), (int)getpid());
	free(dir);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (fd < 0 || !(f = fdopen(fd, "w"))) {
		*err = xasprintf("Could not write %s: %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		free(path);
		return false;
	}
	fprintf(f, "hearth-paused 1\nuser\t%s\nform\t%s\nstep\t%d\n", user, p->form, p->step);
	if (p->client_id)
		fprintf(f, "client\t%s\n", p->client_id);
	if (p->shared)
		fputs("shared\t1\n", f);
	fputs("title\t", f);
	put_escaped(f, p->title);
	fputc('\n', f);
	for (i = 0; i < p->n; i++) {
		fprintf(f, "field\t%s\t", p->names[i]);
		put_escaped(f, p->texts[i]);
		fputc('\n', f);
	}
	if (fclose(f) != 0) {
		*err = xasprintf("Could not write %s: %s", path, strerror(errno));
		free(path);
		return false;
	}
	free(path);
	return true;
}

/* Read a local file; only one written for `user` counts. */
static bool read_local(const char *path, const char *user, struct paused *p)
{
	bool mine = false;
	FILE *f = fopen(path, "r");
	char *line = NULL, *tab, *tab2;
	size_t cap = 0;
	ssize_t len;
	bool ok = false;

	memset(p, 0, sizeof *p);
	if (!f)
		return false;
	while ((len = getline(&line, &cap, f)) > 0) {
		line[strcspn(line, "\n")] = 0;
		if (!strcmp(line, "hearth-paused 1"))
			ok = true;
		if (!(tab = strchr(line, '\t')))
			continue;
		*tab++ = 0;
		if (!strcmp(line, "user")) {
			mine = !strcmp(tab, user);
		} else if (!strcmp(line, "form") && !p->form) {
			p->form = xstrdup(tab);
		} else if (!strcmp(line, "client") && !p->client_id) {
			p->client_id = xstrdup(tab);
		} else if (!strcmp(line, "shared")) {
			p->shared = !strcmp(tab, "1");
		} else if (!strcmp(line, "step")) {
			p->step = atoi(tab);
		} else if (!strcmp(line, "title") && !p->title) {
			unescape(tab);
			p->title = xstrdup(tab);
		} else if (!strcmp(line, "field") && (tab2 = strchr(tab, '\t'))) {
			*tab2++ = 0;
			unescape(tab2);
			p->names = xrealloc(p->names, (size_t)(p->n + 1) * sizeof *p->names);
			p->texts = xrealloc(p->texts, (size_t)(p->n + 1) * sizeof *p->texts);
			p->names[p->n] = xstrdup(tab);
			p->texts[p->n++] = xstrdup(tab2);
		}
	}
	free(line);
	fclose(f);
	return ok && mine && p->form && p->title && p->step > 0;
}

int paused_send_local(struct db *db, const char *user)
{
	char *dir = local_dir(), *prefix = xasprintf("paused-%s-", user), *path, *err = NULL;
	DIR *d = opendir(dir);
	struct dirent *e;
	struct paused p;
	int sent = 0;

	while (d && (e = readdir(d))) {
		if (strncmp(e->d_name, prefix, strlen(prefix)))
			continue;
		path = xasprintf("%s/%s", dir, e->d_name);
		if (read_local(path, user, &p) && paused_save(db, &p, &err)) {
			unlink(path);
			sent++;
		}
		free(err);
		err = NULL;
		paused_free(&p);
		free(path);
	}
	if (d)
		closedir(d);
	free(dir);
	free(prefix);
	return sent;
}
