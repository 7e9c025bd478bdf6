/* upload_form.c: the upload dialog: a path, then the form file's fields. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "upload_form.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wctype.h>

#include "../forms/field.h"
#include "../forms/form.h"
#include "../forms/validate.h"
#include "../util/xalloc.h"
#include "app.h"
#include "draw.h"
#include "theme.h"

#define LABEL_WIDTH 26
#define TEXT_MAX (4 * INPUT_MAX + 1)

static const char path_help[] = "The file on this computer: a full path, or one starting with "
                                "~/ for your home folder. At most 10 MB.";

static int nfields(const struct upload_form *u)
{
	return (int)u->form->nfields;
}

static const struct form_field *field(const struct upload_form *u, int i)
{
	return &u->form->fields[i];
}

/* The client lookup is filled in, not asked. */
static bool shown(const struct upload_form *u, int i)
{
	return !(field(u, i)->type == FIELD_LOOKUP && field(u, i)->lookup == FIELD_LOOKUP_CLIENT);
}

static int field_by_column(const struct upload_form *u, const char *column)
{
	int i;

	for (i = 0; i < nfields(u); i++)
		if (!strcmp(field(u, i)->column, column))
			return i;
	return -1;
}

void upload_close(struct upload_form *u)
{
	for (int i = 0; u->in && i < nfields(u); i++)
		input_free(&u->in[i]);
	free(u->in);
	free(u->client_id);
	free(u->problem);
	free(u->auto_name);
	memset(u, 0, sizeof *u);
}

void upload_open(struct upload_form *u, const struct form *form, enum file_store store,
                 const char *client_id)
{
	char *v, *text;
	int i;

	upload_close(u);
	u->form = form;
	u->store = store;
	u->client_id = xstrdup(client_id);
	u->focus = -1;
	input_init(&u->path, 0, false);
	u->in = xcalloc(form->nfields + 1, sizeof *u->in);
	for (i = 0; i < nfields(u); i++) {
		input_init(&u->in[i], field_input_max(field(u, i)), false);
		v = shown(u, i) ? field_default(field(u, i), NULL) : xstrdup(client_id);
		text = v ? field_display(field(u, i), v, NULL) : NULL;
		if (text)
			input_set(&u->in[i], text);
		free(v);
		free(text);
	}
}

/* The problem at the top, about field `at` (-1: the path), which gets the
 * focus, as Ctrl-E gives it again later. */
static void set_problem(struct upload_form *u, const char *sentence, int at)
{
	free(u->problem);
	u->problem = sentence ? xstrdup(sentence) : NULL;
	u->problem_at = at;
	u->focus = at;
}

static int draw_row(const struct upload_form *u, int y, int left, int width, int i)
{
	const struct input *in = i < 0 ? &u->path : &u->in[i];
	int iw = width - LABEL_WIDTH > 4 ? width - LABEL_WIDTH : 4;

	draw_text(y, left, LABEL_WIDTH - 2, i < 0 ? "File on this computer" : field(u, i)->label,
	          theme_attr(ROLE_LABEL), 0);
	if (i < 0 || field(u, i)->required)
		draw_text(y, left + LABEL_WIDTH - 2, 1, "*", theme_attr(ROLE_REQUIRED), 0);
	if (i >= 0 && option_field(field(u, i)))
		option_draw(in, y, left + LABEL_WIDTH, iw,
		            theme_attr(i == u->focus ? ROLE_FIELD_ACTIVE : ROLE_FIELD), false);
	else
		input_draw(in, y, left + LABEL_WIDTH, iw,
		           theme_attr(i == u->focus ? ROLE_FIELD_ACTIVE : ROLE_FIELD), false);
	return y + 1;
}

void upload_draw(const struct upload_form *u, int top, int left, int height, int width)
{
	const char *help = u->focus < 0 ? path_help : field(u, u->focus)->help;
	int y = top + 2, i, cursor = -1;

	draw_text(top, left, width, u->store == STORE_DOCUMENTS ? "Upload a document"
	                                                        : "Upload a file",
	          theme_attr(ROLE_TITLE), 0);
	if (u->problem)
		y += draw_wrapped(y, left, width, 2, u->problem, theme_attr(ROLE_ERROR)) + 1;
	for (i = -1; i < nfields(u) && y < top + height - 2; i++) {
		if (i >= 0 && !shown(u, i))
			continue;
		if (i == u->focus)
			cursor = y;
		y = draw_row(u, y, left, width, i);
	}
	if (help)
		draw_wrapped(top + height - 2, left, width, 2, help, theme_attr(ROLE_LABEL));
	if (cursor >= 0) {
		curs_set(1);
		if (u->focus >= 0 && option_field(field(u, u->focus)))
			option_draw(&u->in[u->focus], cursor, left + LABEL_WIDTH, width - LABEL_WIDTH,
			            theme_attr(ROLE_FIELD_ACTIVE), true);
		else
			input_draw(u->focus < 0 ? &u->path : &u->in[u->focus], cursor,
			           left + LABEL_WIDTH, width - LABEL_WIDTH, theme_attr(ROLE_FIELD_ACTIVE),
			           true);
	}
}

/* The name is the file's own until someone types another. */
static void fill_name(struct upload_form *u)
{
	char path[TEXT_MAX], now[TEXT_MAX], *full;
	int name = field_by_column(u, "name");

	input_get(&u->path, path, sizeof path);
	if (name < 0 || !path[0])
		return;
	input_get(&u->in[name], now, sizeof now);
	if (now[0] && (!u->auto_name || strcmp(now, u->auto_name)))
		return;
	full = files_expand_path(path);
	free(u->auto_name);
	u->auto_name = files_base_name(full);
	input_set(&u->in[name], u->auto_name);
	free(full);
}

static void move_focus(struct upload_form *u, int dir)
{
	if (u->focus < 0)
		fill_name(u);
	do
		u->focus = (u->focus + 1 + dir + nfields(u) + 1) % (nfields(u) + 1) - 1;
	while (u->focus >= 0 && !shown(u, u->focus));
}

/* Left, Right or Space on a field with options: the next or previous one. */
static bool cycle(struct upload_form *u, int dir)
{
	const struct form_field *f = u->focus >= 0 ? field(u, u->focus) : NULL;

	if (!f || !option_field(f))
		return false;
	option_cycle(&u->in[u->focus], f, NULL, dir);
	return true;
}

/* A key in a radio field: it picks by label, never edits it. */
static enum upload_event pick(struct upload_form *u, wint_t key, bool is_key)
{
	const char *problem;
	char *sentence;

	option_key(&u->in[u->focus], field(u, u->focus), NULL, &u->typing, key, is_key, &problem);
	if (problem) {
		sentence = xasprintf("%s: %s", field(u, u->focus)->label, problem);
		set_problem(u, sentence, u->focus);
		free(sentence);
	}
	return UPLOAD_NONE;
}

static const char *value_of(const struct upload_form *u, const struct validate_result *r,
                            const char *column)
{
	int i = field_by_column(u, column);

	return i >= 0 ? r->values[i] : NULL;
}

/* Store it; false with the reason at the top. */
static bool store(struct upload_form *u, struct app *app, const char *path,
                  const struct validate_result *r)
{
	struct file_upload up = {
		.client_id = u->client_id, .path = path, .name = value_of(u, r, "name"),
		.description = value_of(u, r, u->store == STORE_DOCUMENTS ? "note" : "description"),
		.restriction = value_of(u, r, "restriction"),
		.document_type = value_of(u, r, "document_type"),
	};
	char *err = NULL, *id = files_upload(app->s.db, u->store, &up, &err);

	if (!id) {      /* the file could not be read or stored: the path is to fix */
		set_problem(u, err, -1);
		app_status(app, true, "%s", err);
		free(err);
		return false;
	}
	app_status(app, false, "Uploaded %s.", up.name);
	free(id);
	return true;
}

static bool submit(struct upload_form *u, struct app *app)
{
	char **texts = xcalloc((size_t)nfields(u) + 1, sizeof *texts), typed[TEXT_MAX], *path;
	struct validate_result r;
	bool ok;
	int i;

	fill_name(u);
	for (i = 0; i < nfields(u); i++) {
		texts[i] = xmalloc(TEXT_MAX);
		input_get(&u->in[i], texts[i], TEXT_MAX);
	}
	input_get(&u->path, typed, sizeof typed);
	path = files_expand_path(typed);
	ok = validate_form(u->form, 0, (const char *const *)texts, NULL, &r);
	if (!path[0])
		set_problem(u, "Give the path of the file to upload.", -1);
	else if (!ok)
		set_problem(u, r.problems[0].message, (int)r.problems[0].field);
	if (!path[0] || !ok)
		app_status(app, true, "Not uploaded: see the top of the dialog.");
	ok = path[0] && ok && store(u, app, path, &r);
	validate_result_free(&r);
	for (i = 0; i < nfields(u); i++)
		free(texts[i]);
	free(texts);
	free(path);
	return ok;
}

static enum upload_event leave(struct upload_form *u, struct app *app)
{
	if (u->path.len && !u->discard_asked) {
		u->discard_asked = true;
		app_status(app, true, "Leave without uploading? Esc again leaves; any other key goes "
		           "on.");
		return UPLOAD_NONE;
	}
	upload_close(u);
	app->status[0] = 0;
	return UPLOAD_CANCEL;
}

enum upload_event upload_key(struct upload_form *u, struct app *app, wint_t key, bool is_key,
                             enum action a)
{
	if (is_key || !iswprint(key))
		u->typing.in = NULL;         /* typing into a radio field starts again */
	if (a == A_BACK)
		return leave(u, app);
	u->discard_asked = false;
	switch (a) {
	case A_SAVE:
		if (!submit(u, app))
			return UPLOAD_NONE;
		upload_close(u);
		return UPLOAD_DONE;
	case A_NEXT_FIELD:
	case A_DOWN:
	case A_OPEN:
	case A_PREV_FIELD:
	case A_UP:
		move_focus(u, a == A_PREV_FIELD || a == A_UP ? -1 : 1);
		return UPLOAD_NONE;
	case A_FIRST_ERROR:
		if (u->problem) {
			if (u->focus < 0)
				fill_name(u);
			u->focus = u->problem_at;
		}
		return UPLOAD_NONE;
	case A_NEXT_TAB:
	case A_PREV_TAB:
		if (cycle(u, a == A_NEXT_TAB ? 1 : -1))
			return UPLOAD_NONE;
		break;
	default:
		break;
	}
	if (u->focus >= 0 && option_field(field(u, u->focus)))
		return pick(u, key, is_key);
	input_key(u->focus < 0 ? &u->path : &u->in[u->focus], key, is_key);
	return UPLOAD_NONE;
}
