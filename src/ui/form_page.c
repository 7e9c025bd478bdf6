/* form_page.c: a data-entry form drawn from its file in forms/: numbered
 * steps, required marks, problems listed at the top in red with their fields
 * marked, and saving each step's checks before the next. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "../choice_lists.h"
#include "../db/db.h"
#include "../forms/changes.h"
#include "../forms/field.h"
#include "../forms/form.h"
#include "../forms/record.h"
#include "../forms/validate.h"
#include "../lookup.h"
#include "../paused.h"
#include "../record_rules.h"
#include "../util/xalloc.h"
#include "draw.h"
#include "duplicates.h"
#include "option_field.h"
#include "pages.h"
#include "theme.h"

#define LABEL_WIDTH 26
#define INPUT_WIDTH 36
#define MEMO_ROWS 4              /* the lines a memo shows */
#define CHOICES 8                /* the records a lookup chooser offers */

/* Which form a page opens. */
static const struct {
	const char *page;
	const char *form;
} page_forms[] = {
	{ "add_client", "client_add" },
};

static struct {
	const struct form *form;
	struct input *in;            /* one a field */
	int step;                    /* 1.. */
	int focus;                   /* field index */
	bool discard_asked;
	struct validate_result check;
	bool checked;
	struct choice_lists lists;   /* the choice fields' lists, from hearth.lookup */
	struct field_context ctx;
	char user[24], org[24];
	char *paused_id;             /* resumed from this paused operation */
	struct form_hooks hooks;     /* a workflow's */
	/* editing a record: its id, and what was read (record.h) */
	char *edit_id;
	struct record_edit rec;
	/* the user may only read it: why (the database's sentence), and the
	 * field (+1) that may still be changed to its `unlock` value */
	char *refusal;
	int unlock;
	bool conflict;               /* it changed meanwhile, and collides */
	/* a new client: who may already be this person */
	struct dup_panel dups;
	/* the lookup field (+1) that stands for a new record (its `add`),
	 * made when the form is saved */
	int adding;
	/* per lookup field: the id last named, and its name */
	char **named_id, **name;
	/* a lookup field's chooser: the records a name typed there may mean */
	bool choosing;
	char *choice_id[CHOICES], *choice_name[CHOICES];
	int nchoices, choice_sel;
	enum action choose_then;     /* the key that looked up: Tab leaves once resolved */
	struct option_typing typing; /* what was typed into an option field */
} fp;

static int nfields(void)
{
	return (int)fp.form->nfields;
}

static const struct form_field *field(int i)
{
	return &fp.form->fields[i];
}

static void free_values(char **v)
{
	int i;

	for (i = 0; v && fp.form && i < nfields(); i++)
		free(v[i]);
	free(v);
}

static void close_chooser(void)
{
	int i;

	for (i = 0; i < fp.nchoices; i++) {
		free(fp.choice_id[i]);
		free(fp.choice_name[i]);
	}
	fp.nchoices = fp.choice_sel = 0;
	fp.choosing = false;
}

static void close_form(void)
{
	close_chooser();
	free_values(fp.named_id);
	free_values(fp.name);
	dup_panel_free(&fp.dups);
	if (fp.form)
		record_edit_free(&fp.rec);
	free(fp.edit_id);
	free(fp.refusal);
	free(fp.paused_id);
	for (int i = 0; fp.in && i < nfields(); i++)
		input_free(&fp.in[i]);
	free(fp.in);
	if (fp.checked)
		validate_result_free(&fp.check);
	choice_lists_free(&fp.lists);
	memset(&fp, 0, sizeof fp);
}

/* The word a field with `add` holds while it stands for a new record. */
#define NEW_WORD "new"

/* The field that stands for a new record, made on saving; or -1. */
static int new_record_at(void)
{
	char *text;
	bool still;

	if (!fp.adding)
		return -1;
	text = input_text(&fp.in[fp.adding - 1]);
	still = !strcmp(text, NEW_WORD);
	free(text);
	if (!still)
		fp.adding = 0;           /* something else was typed over it */
	return fp.adding - 1;
}

static void open_form(struct app *app, const struct form *form)
{
	int i;
	char *v, *shown;

	close_form();
	fp.form = form;
	fp.rec.form = form;
	fp.step = 1;
	fp.in = xcalloc(form->nfields + 1, sizeof *fp.in);
	snprintf(fp.user, sizeof fp.user, "%ld", app->s.user_id);
	snprintf(fp.org, sizeof fp.org, "%ld", app->s.org_id);
	choice_lists_load(app->s.db, form, &fp.lists);
	fp.ctx = (struct field_context){ date_today(), fp.user, fp.org, fp.lists.lists, fp.lists.n };
	for (i = 0; i < nfields(); i++) {
		if (field(i)->type == FIELD_MEMO)
			input_init_memo(&fp.in[i], field_input_max(field(i)));
		else
			input_init(&fp.in[i], field_input_max(field(i)), false);
		v = field_default(field(i), &fp.ctx);
		shown = v ? field_display(field(i), v, &fp.ctx) : NULL;
		if (shown)
			input_set(&fp.in[i], shown);
		free(v);
		free(shown);
	}
	fp.focus = 0;
	while (fp.focus < nfields() - 1 && field(fp.focus)->step != fp.step)
		fp.focus++;
}

static bool may_replace(struct app *app, const struct form *next);

static void enter(struct app *app)
{
	const struct form *form = NULL;
	size_t i;

	if (app_on(app, "form") && fp.form)
		return;              /* opened by form_open */
	for (i = 0; i < sizeof page_forms / sizeof page_forms[0]; i++)
		if (app_on(app, page_forms[i].page))
			form = form_set_find(app->forms, page_forms[i].form);
	if (form && fp.form == form)
		return;              /* resumed: keep what is there */
	if (!may_replace(app, form))
		return;              /* the unfinished one shows instead */
	if (!form) {
		close_form();
		app_status(app, true, "The form of %s could not be loaded; see the status of forms/ "
		           "at login.", app->page->title);
		return;
	}
	open_form(app, form);
}

static char *shown_of(int i, const char *value)
{
	return value ? field_display(field(i), value, &fp.ctx) : xstrdup("");
}

static bool typed_anything(void)
{
	char *now, *then;
	int i;
	bool changed = false;

	for (i = 0; fp.edit_id && i < nfields() && !changed; i++) {
		now = input_text(&fp.in[i]);
		then = shown_of(i, fp.rec.orig[i]);
		changed = strcmp(now, then) != 0;
		free(then);
		free(now);
	}
	if (fp.edit_id)
		return changed;
	for (i = 0; fp.form && i < nfields(); i++)
		if (fp.in[i].len && !field(i)->def)
			return true;
	return false;
}

/* Opening another form would replace the one open: never over typing. */
static bool may_replace(struct app *app, const struct form *next)
{
	if (!fp.form || fp.form == next || !typed_anything())
		return true;
	app_status(app, true, "You have an unfinished form (%s): save it, pause it (F4) or leave "
	           "it (Esc) first.", fp.form->title);
	return false;
}

/* The field's problem, if the last check found one. */
static const char *problem_of(int i)
{
	size_t p;

	for (p = 0; fp.checked && p < fp.check.nproblems; p++)
		if ((int)fp.check.problems[p].field == i)
			return fp.check.problems[p].message;
	return NULL;
}

/* Step s's label in the step bar: its number, and its title when `titled`. */
static void step_label(char *label, size_t size, int s, bool titled)
{
	if (titled)
		snprintf(label, size, " %d %s ", s, fp.form->steps[s - 1]);
	else
		snprintf(label, size, " %d ", s);
}

/* Whether every step's title fits on the bar (else only the current one's). */
static bool all_titles_fit(int width)
{
	char label[128];
	int s, w = 0;

	for (s = 1; s <= form_step_count(fp.form); s++) {
		step_label(label, sizeof label, s, true);
		w += text_width(label) + 1;
	}
	return w <= width;
}

static int draw_steps(int y, int left, int width)
{
	char label[128];
	int s, x = left, n = form_step_count(fp.form);
	bool all;

	if (n <= 1)
		return y;
	all = all_titles_fit(width);
	for (s = 1; s <= n && x < left + width; s++) {
		step_label(label, sizeof label, s, all || s == fp.step);
		x += draw_text(y, x, left + width - x, label,
		               theme_attr(s == fp.step ? ROLE_TAB_ACTIVE : ROLE_LABEL), 0) + 1;
	}
	return y + 2;
}

/* The fields both changed: what is saved now, and what was typed. */
static int draw_conflict(int y, int left, int width)
{
	char line[512], *theirs, *mine;
	int i, n = 0;

	y += draw_wrapped(y, left, width, 2, "Someone saved this record while you edited it. "
	                  "Where you both changed a field:", theme_attr(ROLE_ERROR));
	for (i = 0; i < nfields() && n < 4; i++) {
		if (change_of(fp.rec.orig[i], fp.check.values[i], fp.rec.theirs[i]) != CHANGE_CONFLICT)
			continue;
		theirs = shown_of(i, fp.rec.theirs[i]);
		mine = shown_of(i, fp.check.values[i]);
		snprintf(line, sizeof line, "%s: now \"%s\", yours \"%s\"", field(i)->label, theirs, mine);
		y += draw_wrapped(y, left, width, 1, line, theme_attr(ROLE_ERROR));
		free(theirs);
		free(mine);
		n++;
	}
	y += draw_wrapped(y, left, width, 2, "o saves yours over theirs; t takes theirs (and keeps "
	                  "your other changes); Esc goes back to the form.", theme_attr(ROLE_ERROR));
	return y + 1;
}

static int draw_chooser(int y, int left, int width)
{
	char line[256];
	int i;

	snprintf(line, sizeof line, "Which %s? Up and Down choose, Enter takes it, Esc goes back.",
	         field(fp.focus)->label);
	y += draw_wrapped(y, left, width, 2, line, theme_attr(ROLE_LABEL));
	for (i = 0; i < fp.nchoices; i++, y++) {
		snprintf(line, sizeof line, "%-8s %s", fp.choice_id[i], fp.choice_name[i]);
		draw_text(y, left, width, line, theme_attr(i == fp.choice_sel ? ROLE_SELECTED
		                                                              : ROLE_NORMAL), 1);
	}
	return y + 1;
}

static int draw_problems(int y, int left, int width)
{
	size_t p;

	if (fp.conflict)
		return draw_conflict(y, left, width);
	if (fp.choosing)
		return draw_chooser(y, left, width);
	if (fp.refusal && !(fp.checked && fp.check.nproblems)) {
		char line[768];
		snprintf(line, sizeof line, "%s %s", fp.refusal, fp.unlock
		         ? "Only its mark may be changed here." : "Esc goes back.");
		return y + draw_wrapped(y, left, width, 2, line, theme_attr(ROLE_ERROR)) + 1;
	}
	for (p = 0; fp.checked && p < fp.check.nproblems && p < 4; p++)
		y += draw_wrapped(y, left, width, 2, fp.check.problems[p].message, theme_attr(ROLE_ERROR));
	if (fp.checked && fp.check.nproblems > 4) {
		char more[64];
		snprintf(more, sizeof more, "... and %zu more", fp.check.nproblems - 4);
		draw_text(y++, left, width, more, theme_attr(ROLE_ERROR), 0);
	}
	return fp.checked && fp.check.nproblems ? y + 1 : y;
}

/* A lookup field shows the name of the record its id points at, after it. */
static void draw_lookup_name(struct app *app, int i, int y, int x, int width)
{
	char id[64];
	const char *ids[1] = { id };
	char **names;

	if (field(i)->type != FIELD_LOOKUP)
		return;
	if (fp.adding == i + 1 && new_record_at() == i) {
		snprintf(id, sizeof id, "(a new one, made on saving)");
		draw_text(y, x + (int)strlen(NEW_WORD) + 2, width - (int)strlen(NEW_WORD) - 2, id,
		          theme_attr(ROLE_LABEL), 0);
		return;
	}
	input_get(&fp.in[i], id, sizeof id);
	if (!fp.named_id) {
		fp.named_id = xcalloc((size_t)nfields() + 1, sizeof *fp.named_id);
		fp.name = xcalloc((size_t)nfields() + 1, sizeof *fp.name);
	}
	if (!same_value(fp.named_id[i], id)) {
		free(fp.named_id[i]);
		free(fp.name[i]);
		fp.named_id[i] = xstrdup(id);
		/* a name being typed is looked up on leaving the field, not per key */
		names = id[0] && strspn(id, "0123456789") == strlen(id)
		        ? lookup_names(app->s.db, field(i)->lookup, ids, 1) : NULL;
		fp.name[i] = names && names[0] ? xstrdup(names[0])
		             : id[0] && names ? xstrdup("(not found)") : NULL;
		lookup_names_free(names, 1);
	}
	if (fp.name[i] && width - (int)strlen(id) - 2 > 3)
		draw_text(y, x + (int)strlen(id) + 2, width - (int)strlen(id) - 2, fp.name[i],
		          theme_attr(ROLE_LABEL), 0);
}

/* The lines a field takes on the screen. */
static int field_rows(int i)
{
	return fp.in[i].multiline ? MEMO_ROWS : 1;
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	int y, i, first = 0, shown = 0, rows, cursor_y = -1, iw, need;

	(void)app;
	if (!fp.form) {
		draw_text(top, left, width, app->page->title, theme_attr(ROLE_TITLE), 0);
		return;
	}
	if (fp.edit_id) {
		char title[256];
		snprintf(title, sizeof title, "%s: %s (record %s%s)", fp.refusal ? "View" : "Edit",
		         fp.form->title, fp.edit_id, fp.refusal ? ", read-only" : "");
		draw_text(top, left, width, title, theme_attr(ROLE_TITLE), 0);
	} else {
		draw_text(top, left, width, fp.form->title, theme_attr(ROLE_TITLE), 0);
	}
	y = draw_problems(draw_steps(top + 1, left, width), left, width);
	if (fp.dups.shown) {
		dup_panel_draw(&fp.dups, y, left, top + height - y, width);
		return;
	}
	rows = top + height - 2 - y;
	/* scroll so the focused field shows: skip fields from the step's start */
	for (i = 0, need = 0; i <= fp.focus; i++)
		if (field(i)->step == fp.step)
			need += field_rows(i);
	for (i = 0; i < fp.focus && need > rows; i++)
		if (field(i)->step == fp.step) {
			need -= field_rows(i);
			first++;
		}
	iw = width - LABEL_WIDTH - 2 < INPUT_WIDTH ? width - LABEL_WIDTH - 2 : INPUT_WIDTH;
	for (i = 0, shown = 0; i < nfields() && y < top + height - 2; i++) {
		if (field(i)->step != fp.step || shown++ < first)
			continue;
		draw_text(y, left, LABEL_WIDTH - 2, field(i)->label,
		          theme_attr(problem_of(i) ? ROLE_ERROR : ROLE_LABEL), 0);
		if (field(i)->required)
			draw_text(y, left + LABEL_WIDTH - 2, 1, "*", theme_attr(ROLE_REQUIRED), 0);
		if (i == fp.focus)
			cursor_y = y;
		if (fp.in[i].multiline) {
			int n = top + height - 2 - y < field_rows(i) ? top + height - 2 - y : field_rows(i);
			input_draw_lines(&fp.in[i], y, left + LABEL_WIDTH, iw, n,
			                 theme_attr(i == fp.focus ? ROLE_FIELD_ACTIVE : ROLE_FIELD), false);
			y += n;
			continue;
		}
		if (option_field(field(i)))
			option_draw(&fp.in[i], y, left + LABEL_WIDTH, iw,
			            theme_attr(i == fp.focus ? ROLE_FIELD_ACTIVE : ROLE_FIELD), false);
		else
			input_draw(&fp.in[i], y, left + LABEL_WIDTH, iw,
			           theme_attr(i == fp.focus ? ROLE_FIELD_ACTIVE : ROLE_FIELD), false);
		draw_lookup_name(app, i, y, left + LABEL_WIDTH, iw);
		y++;
	}
	if (field(fp.focus)->help)
		draw_wrapped(top + height - 2, left, width, 2, field(fp.focus)->help,
		             theme_attr(ROLE_LABEL));
	if (cursor_y >= 0) {
		curs_set(1);
		if (fp.in[fp.focus].multiline)
			input_draw_lines(&fp.in[fp.focus], cursor_y, left + LABEL_WIDTH, iw,
			                 top + height - 2 - cursor_y < MEMO_ROWS
			                 ? top + height - 2 - cursor_y : MEMO_ROWS,
			                 theme_attr(ROLE_FIELD_ACTIVE), true);
		else if (option_field(field(fp.focus)))
			option_draw(&fp.in[fp.focus], cursor_y, left + LABEL_WIDTH, iw,
			            theme_attr(ROLE_FIELD_ACTIVE), true);
		else
			input_draw(&fp.in[fp.focus], cursor_y, left + LABEL_WIDTH, iw,
			           theme_attr(ROLE_FIELD_ACTIVE), true);
		if (field(fp.focus)->type == FIELD_LOOKUP) {
			/* the name again, and the cursor back in the id (digits: a column each) */
			draw_lookup_name(app, fp.focus, cursor_y, left + LABEL_WIDTH, iw);
			move(cursor_y, left + LABEL_WIDTH + (fp.in[fp.focus].cursor < iw
			                                     ? fp.in[fp.focus].cursor : iw - 1));
		}
	}
}

/* Show step `s`, its first field focused. */
static void go_to_step(int s)
{
	fp.step = s;
	fp.focus = 0;
	while (fp.focus < nfields() - 1 && field(fp.focus)->step != fp.step)
		fp.focus++;
}

/* Next or previous field of the step. */
static void step_focus(int dir)
{
	int i = fp.focus;

	do
		i = (i + dir + nfields()) % nfields();
	while (field(i)->step != fp.step && i != fp.focus);
	fp.focus = i;
}

/* Left/Right/Space on a field with options: the next or previous one. */
static bool cycle(int dir)
{
	if (!option_field(field(fp.focus)))
		return false;
	option_cycle(&fp.in[fp.focus], field(fp.focus), &fp.ctx, dir);
	return true;
}

/* Insert on a lookup field with `add`: a new record of its kind, made when
 * the form is saved (and its add_sets field set). */
static void add_new_record(struct app *app)
{
	const struct form_field *f = field(fp.focus);
	char *sets, *value, *shown;
	int at;

	fp.adding = fp.focus + 1;
	input_set(&fp.in[fp.focus], NEW_WORD);
	if (f->add_sets) {
		sets = xstrdup(f->add_sets);
		value = strchr(sets, ':');
		*value++ = 0;
		if ((at = form_field_find(fp.form, sets)) >= 0) {
			shown = field_display(field(at), value, &fp.ctx);
			input_set(&fp.in[at], shown);
			free(shown);
		}
		free(sets);
	}
	app_status(app, false, "%s: a new %s, made when you save, with this record in it.",
	           f->label, field_lookup_name(f->lookup));
}

/* Check the step (0: all); on problems, go to the first. */
static bool check(struct app *app, int step)
{
	char **texts = xcalloc((size_t)nfields() + 1, sizeof *texts);
	int i;
	bool ok;

	for (i = 0; i < nfields(); i++)
		texts[i] = input_text(&fp.in[i]);
	if (new_record_at() >= 0) {       /* checked as a record that will be there */
		free(texts[new_record_at()]);
		texts[new_record_at()] = xstrdup("1");
	}
	if (fp.checked)
		validate_result_free(&fp.check);
	ok = validate_form(fp.form, step, (const char *const *)texts, &fp.ctx, &fp.check);
	fp.checked = true;
	for (i = 0; i < nfields(); i++)
		free(texts[i]);
	free(texts);
	if (!ok) {
		fp.focus = (int)fp.check.problems[0].field;
		fp.step = field(fp.focus)->step;
		app_status(app, true, "%zu problem%s: see the top of the form (^E goes to the first).",
		           fp.check.nproblems, fp.check.nproblems == 1 ? "" : "s");
	}
	return ok;
}

static void saved(struct app *app, const char *id)
{
	char *title = xstrdup(fp.form->title);
	bool client = !strcmp(fp.form->table, "client");
	void (*hook)(struct app *, const char *, const char *) = fp.hooks.saved;

	if (hook) {
		char *table = xstrdup(fp.form->table);
		close_form();
		hook(app, table, id);
		free(table);
		free(title);
		return;
	}
	close_form();
	if (client && client_page_show(app, id)) {
		app_status(app, false, "Saved: client %s.", id);
	} else {
		app_status(app, false, "%s: saved (%s).", title, id);
		app_back(app);
	}
	free(title);
}

/* ---- editing a record ---- */

static void edited(struct app *app)
{
	char *title = xstrdup(fp.form->title), *id = xstrdup(fp.edit_id), *table = xstrdup(fp.form->table);
	void (*hook)(struct app *, const char *, const char *) = fp.hooks.saved;

	close_form();
	if (hook) {
		hook(app, table, id);
	} else if (!strcmp(table, "client") && client_page_show(app, id)) {
		app_status(app, false, "Saved: client %s.", id);
	} else {
		app_status(app, false, "%s: saved.", title);
		app_back(app);
	}
	free(title);
	free(id);
	free(table);
}

/* Write the fields typed differently from what was read (others' columns,
 * and the ones a user may not change, are left alone). */
static void save_changes(struct app *app)
{
	switch (record_update(app->s.db, &fp.rec, fp.check.values, &fp.ctx)) {
	case RECORD_DONE:
		edited(app);
		break;
	case RECORD_CONFLICT:
		fp.conflict = true;
		app_status(app, true, "Not saved yet: someone changed this record meanwhile; see the top.");
		break;
	case RECORD_GONE:
		app_status(app, true, "This record was deleted, or is no longer shared with you, since "
		           "you opened it. F4 keeps what you typed.");
		break;
	case RECORD_READ_ONLY:
		app_status(app, true, "Not saved: this record is another organization's (or another "
		           "user's), and yours only to read.");
		break;
	case RECORD_LOST:
		form_pause(app, true);
		break;
	case RECORD_FAILED:
		app_status(app, true, "Not saved: %s", db_error(app->s.db));
		break;
	}
}

/* o: mine over theirs; t: theirs where we collide, mine elsewhere. */
static void resolve(struct app *app, bool mine)
{
	char *shown;
	int i;

	fp.conflict = false;
	free(fp.rec.stamp);
	fp.rec.stamp = fp.rec.their_stamp;
	fp.rec.their_stamp = NULL;
	if (mine) {
		save_changes(app);
		return;
	}
	for (i = 0; i < nfields(); i++) {
		enum change c = change_of(fp.rec.orig[i], fp.check.values[i], fp.rec.theirs[i]);
		if (c == CHANGE_CONFLICT || c == CHANGE_THEIRS) {
			shown = shown_of(i, fp.rec.theirs[i]);
			input_set(&fp.in[i], shown);
			free(shown);
		}
	}
	free_values(fp.rec.orig);
	fp.rec.orig = fp.rec.theirs;
	fp.rec.theirs = NULL;
	app_status(app, false, "Their values are in the form; F2 saves your other changes.");
}

/* The value typed in field `name`, as checked. */
static const char *checked_value(const char *name)
{
	int i = form_field_find(fp.form, name);

	return i >= 0 && fp.checked && fp.check.values ? fp.check.values[i] : NULL;
}

/* A new client, its first step done: who may already be this person. */
static bool meets_duplicates(struct app *app)
{
	if (fp.edit_id || strcmp(fp.form->table, "client") || fp.step != 1)
		return false;
	return dup_panel_check(app, &fp.dups, checked_value("first_name"), checked_value("last_name"),
	                       checked_value("birth_date"), checked_value("ssn"),
	                       checked_value("ssn_data_quality"));
}

static void save_step(struct app *app, bool duplicates_seen);

static void save(struct app *app)
{
	save_step(app, false);
}

/* The duplicate list's keys: open one instead, go on, or back. */
static void duplicate_key(struct app *app, enum action a)
{
	void (*hook)(struct app *, const char *, const char *);
	char *id;

	switch (dup_panel_key(&fp.dups, a)) {
	case DUP_OPEN:
		id = xstrdup(fp.dups.found.rows[fp.dups.sel].id);
		hook = fp.hooks.saved;
		close_form();
		if (hook)            /* a workflow goes on with the client found */
			hook(app, "client", id);
		if (hook || client_page_show(app, id))
			app_status(app, false, "The intake was not saved: this is client %s.", id);
		free(id);
		break;
	case DUP_GO_ON:
		save_step(app, true);
		break;
	case DUP_BACK:
		app->status[0] = 0;
		break;
	default:
		break;
	}
}

static void save_step(struct app *app, bool duplicates_seen)
{
	char *id;

	if (!check(app, fp.step))
		return;
	if (!duplicates_seen && meets_duplicates(app))
		return;
	if (fp.step < form_step_count(fp.form)) {
		fp.checked = false;
		validate_result_free(&fp.check);
		go_to_step(fp.step + 1);
		if (!fp.dups.unchecked)       /* else the status line says why */
			app->status[0] = 0;
		return;
	}
	if (!check(app, 0))
		return;
	if (fp.edit_id) {
		save_changes(app);
		return;
	}
	switch (record_insert(app->s.db, fp.form, fp.check.values, new_record_at(), &id)) {
	case RECORD_DONE:
		break;
	case RECORD_LOST:
		form_pause(app, true);
		return;
	default:
		app_status(app, true, "Not saved: %s", db_error(app->s.db));
		return;
	}
	if (fp.paused_id) {
		char *err = NULL;
		if (!paused_delete(app->s.db, fp.paused_id, &err))
			free(err);
	}
	saved(app, id);
	free(id);
}

static enum reaction back(struct app *app)
{
	if (typed_anything() && !fp.discard_asked) {
		fp.discard_asked = true;
		app_status(app, true, "Discard what you typed? Esc again discards; any other key "
		           "goes on with the form.");
		return R_REDRAW;
	}
	{
		void (*hook)(struct app *, const char *, const char *) = fp.hooks.saved;
		close_form();
		app->status[0] = 0;
		if (hook) {
			hook(app, NULL, NULL);
			return R_REDRAW;
		}
	}
	return R_UNHANDLED;          /* the frame goes back */
}

/* A lookup field holding words, not an id: leaving it (or F5) looks them up. */
static bool wants_chooser(enum action a)
{
	char *text;
	bool words;

	if (field(fp.focus)->type != FIELD_LOOKUP)
		return false;
	if (a != A_MENU && a != A_NEXT_FIELD && a != A_PREV_FIELD && a != A_OPEN && a != A_DOWN
	    && a != A_SAVE)
		return false;
	if (new_record_at() == fp.focus && a != A_MENU)
		return false;            /* it stands for a new record */
	text = input_text(&fp.in[fp.focus]);
	words = text[0] && strspn(text, "0123456789") != strlen(text);
	free(text);
	return words || a == A_MENU;
}

/* A lookup field resolved: the key that looked it up goes on to where it
 * leads (Tab to the next field, Shift-Tab to the one before). */
static void leave_looked_up(void)
{
	if (fp.choose_then == A_NEXT_FIELD || fp.choose_then == A_DOWN || fp.choose_then == A_OPEN)
		step_focus(1);
	else if (fp.choose_then == A_PREV_FIELD)
		step_focus(-1);
}

/* Look up what the lookup field holds: one record is taken at once, several
 * are offered, none is said. Returns whether the key was used. */
static bool open_chooser(struct app *app, enum action a)
{
	char *text = input_text(&fp.in[fp.focus]), *err = NULL;
	int n;

	close_chooser();
	fp.choose_then = a;
	/* an empty field lists the first choices, but never clients: those are
	 * found by what is known of the person */
	if (!text[0] && field(fp.focus)->lookup == FIELD_LOOKUP_CLIENT) {
		free(text);
		app_status(app, false, "Type a name, a birth date or an SSN into %s, then F5 looks "
		           "it up.", field(fp.focus)->label);
		return true;
	}
	n = lookup_search(app->s.db, field(fp.focus)->lookup, text, CHOICES, fp.choice_id,
	                  fp.choice_name, &err);
	if (n < 0) {
		app_status(app, true, "%s: %s", field(fp.focus)->label, err);
		free(err);
	} else if (n == 0 && !text[0]) {
		app_status(app, true, "%s: there is nothing you may choose.", field(fp.focus)->label);
	} else if (n == 0) {
		app_status(app, true, "%s: nothing you may see matches \"%s\".", field(fp.focus)->label,
		           text);
	} else if (n == 1 && text[0]) {
		input_set(&fp.in[fp.focus], fp.choice_id[0]);
		app_status(app, false, "%s: %s.", field(fp.focus)->label, fp.choice_name[0]);
		fp.nchoices = 1;
		close_chooser();
		leave_looked_up();
	} else {
		fp.nchoices = n;
		fp.choosing = true;
	}
	free(text);
	return true;
}

static enum reaction chooser_key(struct app *app, enum action a)
{
	if (a == A_UP && fp.choice_sel > 0)
		fp.choice_sel--;
	else if (a == A_DOWN && fp.choice_sel < fp.nchoices - 1)
		fp.choice_sel++;
	else if (a == A_OPEN) {
		input_set(&fp.in[fp.focus], fp.choice_id[fp.choice_sel]);
		app_status(app, false, "%s: %s.", field(fp.focus)->label, fp.choice_name[fp.choice_sel]);
		close_chooser();
		leave_looked_up();
	} else if (a == A_BACK) {
		close_chooser();
	}
	return R_REDRAW;
}

/* A key in the focused option field: it picks, never edits the label. */
static enum reaction pick(struct app *app, wint_t k, bool is_key)
{
	const char *problem;

	if (!option_key(&fp.in[fp.focus], field(fp.focus), &fp.ctx, &fp.typing, k, is_key, &problem))
		return R_UNHANDLED;
	if (problem)
		app_status(app, true, "%s: %s", field(fp.focus)->label, problem);
	return R_REDRAW;
}

/* An editing key in the focused field; a full field says so. */
static bool edit(struct app *app, wint_t k, bool is_key)
{
	struct input *in = &fp.in[fp.focus];

	if (!input_key(in, k, is_key))
		return false;
	if (in->full)
		app_status(app, true, "%s is full: it takes at most %d characters.",
		           field(fp.focus)->label, in->max_chars);
	return true;
}

/* A record the user may only read: moving about and reading, and changing
 * only the field that lifts its mark (when the database allows that); any
 * other change is refused with the reason. Returns whether the key was used. */
static bool read_only_key(struct app *app, wint_t k, bool is_key, enum action a)
{
	bool open = fp.unlock && fp.focus == fp.unlock - 1;

	switch (a) {
	case A_NEXT_FIELD:
	case A_DOWN:
	case A_OPEN:
		step_focus(1);
		return true;
	case A_PREV_FIELD:
	case A_UP:
		step_focus(-1);
		return true;
	case A_PAGE_DOWN:
	case A_PAGE_UP:
		if (a == A_PAGE_DOWN ? fp.step < form_step_count(fp.form) : fp.step > 1)
			go_to_step(fp.step + (a == A_PAGE_DOWN ? 1 : -1));
		return true;
	case A_SAVE:
		if (fp.unlock)
			return false;
		break;
	case A_PAUSE:
		app_status(app, false, "Nothing to pause: this record is yours to read only.");
		return true;
	case A_NEXT_TAB:
	case A_PREV_TAB:
		if (open || !option_field(field(fp.focus)))
			return false;
		break;
	case A_DELETE:
		if (open)
			return false;
		break;
	default:
		if (open || (is_key && k != KEY_BACKSPACE))
			return false;   /* keys of the frame (F1, F9, ...) */
		if (a != A_NONE && a != A_SORT_PREV && a != A_SORT_NEXT && a != A_NAV_SEARCH)
			return false;   /* Ctrl-Q and the like */
		break;
	}
	app_status(app, true, "%s", fp.refusal);
	return true;
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	(void)height;
	if (!fp.form)
		return R_UNHANDLED;
	if (is_key || !iswprint(k))
		fp.typing.in = NULL;         /* typing into an option field starts again */
	if (fp.dups.shown) {
		duplicate_key(app, a);
		return R_REDRAW;
	}
	if (fp.choosing)
		return chooser_key(app, a);
	if (wants_chooser(a) && open_chooser(app, a))
		return R_REDRAW;
	if (fp.conflict) {
		if (!is_key && (k == 'o' || k == 't'))
			resolve(app, k == 'o');
		else if (a == A_BACK)
			fp.conflict = false;
		return R_REDRAW;
	}
	if (a == A_BACK)
		return back(app);
	if (fp.refusal && read_only_key(app, k, is_key, a))
		return R_REDRAW;
	if (fp.discard_asked) {
		fp.discard_asked = false;
		app->status[0] = 0;
	}
	/* a memo: Enter makes a new line, Up and Down move in its text */
	if (fp.in[fp.focus].multiline && (a == A_OPEN || a == A_UP || a == A_DOWN)
	    && edit(app, k, is_key))
		return R_REDRAW;
	switch (a) {
	case A_SAVE:
		save(app);
		return R_REDRAW;
	case A_PAGE_DOWN:            /* Next: the step checked, then the next */
		if (fp.step < form_step_count(fp.form))
			save(app);
		else
			app_status(app, false, "This is the last step; F2 saves the form.");
		return R_REDRAW;
	case A_PAGE_UP:              /* Back: what is typed stays */
		if (fp.step > 1)
			go_to_step(fp.step - 1);
		return R_REDRAW;
	case A_PAUSE:
		form_pause(app, false);
		return R_REDRAW;
	case A_NEXT_FIELD:
	case A_DOWN:
	case A_OPEN:
		step_focus(1);
		return R_REDRAW;
	case A_PREV_FIELD:
	case A_UP:
		step_focus(-1);
		return R_REDRAW;
	case A_ADD:
		if (field(fp.focus)->type == FIELD_LOOKUP && field(fp.focus)->add && !fp.edit_id) {
			add_new_record(app);
			return R_REDRAW;
		}
		break;
	case A_FIRST_ERROR:
		if (fp.checked && fp.check.nproblems) {
			fp.focus = (int)fp.check.problems[0].field;
			fp.step = field(fp.focus)->step;
		}
		return R_REDRAW;
	case A_NEXT_TAB:
	case A_PREV_TAB:
		if (cycle(a == A_NEXT_TAB ? 1 : -1))
			return R_REDRAW;
		break;
	default:
		break;
	}
	if (option_field(field(fp.focus)))
		return pick(app, k, is_key);
	if (edit(app, k, is_key))
		return R_REDRAW;
	return R_UNHANDLED;
}

/* Back on the page of a form that has ended (saved, or a duplicate chosen
 * instead): never a page without its fields, but the page before it. */
static void returned(struct app *app)
{
	if (!fp.form)
		app_back(app);
}

static void reset(struct page *page)
{
	(void)page;
	close_form();
}

/* The form's own help, the focused field's, then how forms work. */
static const char *help_now(const struct app *app)
{
	static char text[2048];
	const char *field_help = fp.form ? field(fp.focus)->help : NULL;

	(void)app;
	if (!fp.form)
		return NULL;
	snprintf(text, sizeof text, "%s%s%s%s%s%s %s", fp.form->help ? fp.form->help : "",
	         fp.form->help ? " " : "", field_help ? field(fp.focus)->label : "",
	         field_help ? ": " : "", field_help ? field_help : "", field_help ? "" : "",
	         form_page.help);
	return text;
}

const struct page_ops form_page = {
	.name = "add_client", .title = "Add New Client",
	.enter = enter,
	.draw = draw,
	.key = key,
	.reset = reset,
	.returned = returned,
	.help_now = help_now,
	.help = "A form: Tab and Shift-Tab move between fields, Left and Right (or Space) choose "
	        "among a field's options, F2 or Ctrl-S saves the step and goes on to the next "
	        "(PgDn too; PgUp goes back a step, keeping what is typed). "
	        "Fields marked * are required. Problems are listed at the top in red; Ctrl-E goes "
	        "to the first. Dates may be typed 11/23/2026, 2026-11-23, t for today or +30. Esc "
	        "leaves, asking first when you have typed something.",
};

bool form_has_entries(void)
{
	return fp.form && typed_anything();
}

static void add_restriction(struct paused *p, int f, const char *typed)
{
	char *value = NULL, *problem = NULL;

	if (field_parse(field(f), typed, &fp.ctx, &value, &problem) && value) {
		p->names[p->n] = xstrdup("@restriction");
		p->texts[p->n++] = value;
		value = NULL;
	}
	free(value);
	free(problem);
}

/* What the form holds, as a paused operation (the caller frees). */
static void to_paused(struct app *app, struct paused *p)
{
	int f;

	(void)app;
	memset(p, 0, sizeof *p);
	p->id = fp.paused_id ? xstrdup(fp.paused_id) : NULL;
	p->form = xstrdup(fp.form->name);
	p->title = xstrdup(fp.form->title);
	p->step = fp.step;
	p->names = xcalloc((size_t)nfields() * 2 + 4, sizeof *p->names);
	p->texts = xcalloc((size_t)nfields() * 2 + 4, sizeof *p->texts);
	if (fp.edit_id) {
		p->names[p->n] = xstrdup("@edit");
		p->texts[p->n++] = xstrdup(fp.edit_id);
		p->names[p->n] = xstrdup("@stamp");
		p->texts[p->n++] = xstrdup(fp.rec.stamp);
		if (!strcmp(fp.form->table, "client"))
			p->client_id = xstrdup(fp.edit_id);
	}
	for (f = 0; f < nfields(); f++) {
		char *buf = input_text(&fp.in[f]);
		p->names[p->n] = xstrdup(field(f)->name);
		p->texts[p->n++] = buf;
		if (fp.edit_id) {
			char *name = xasprintf("@orig.%s", field(f)->name);
			p->names[p->n] = name;
			p->texts[p->n++] = xstrdup(fp.rec.orig[f] ? fp.rec.orig[f] : "");
		}
		/* a form about a client: its paused operation is the client's too */
		if (field(f)->type == FIELD_LOOKUP && field(f)->lookup == FIELD_LOOKUP_CLIENT
		    && buf[0] && strspn(buf, "0123456789") == strlen(buf) && !p->client_id)
			p->client_id = xstrdup(buf);
		/* the record's restriction, stored: the database keeps what is
		 * typed into a record restricted to its author from being shared */
		if (!strcmp(field(f)->name, "restriction"))
			add_restriction(p, f, buf);
	}
}

bool form_pause(struct app *app, bool local_only)
{
	struct paused p;
	char *err = NULL;
	bool ok = false, local = false;
	struct form_hooks hooks = fp.hooks;

	if (!fp.form)
		return true;
	to_paused(app, &p);
	if (hooks.pausing)
		hooks.pausing(app, &p);
	ok = paused_keep(app->s.db, app->s.username, &p, local_only, &local, &err);
	if (ok) {
		app_status(app, false, local
		           ? "The database cannot be reached: \"%s\" is kept on this computer and "
		             "goes to Paused Operations when you log in again."
		           : "Paused: \"%s\". Home > Paused Operations resumes it.", p.title);
		close_form();
		if (app_on(app, "add_client") || app_on(app, "form"))
			app_back(app);
		if (hooks.paused)
			hooks.paused(app);
	} else {
		app_status(app, true, "Could not pause: %s", err ? err : "unknown error");
	}
	free(err);
	paused_free(&p);
	return ok;
}

/* A paused edit goes on from the record as it was read, so that what
 * changed since is still seen on saving. */
static void resume_edit(const struct paused *p)
{
	int k, f;

	for (k = 0; k < p->n; k++) {
		if (!strcmp(p->names[k], "@edit"))
			fp.rec.id = fp.edit_id = xstrdup(p->texts[k]);
		else if (!strcmp(p->names[k], "@stamp"))
			fp.rec.stamp = xstrdup(p->texts[k]);
	}
	if (!fp.edit_id)
		return;
	fp.rec.orig = xcalloc((size_t)nfields() + 1, sizeof *fp.rec.orig);
	for (k = 0; k < p->n; k++)
		if (!strncmp(p->names[k], "@orig.", 6) && p->texts[k][0]
		    && (f = form_field_find(fp.form, p->names[k] + 6)) >= 0)
			fp.rec.orig[f] = xstrdup(p->texts[k]);
	if (!fp.rec.stamp)
		fp.rec.stamp = xstrdup("");
}

/* The record a paused edit names must be one the user may act on: re-read
 * through the sharing rules, the operation's own client's and its author
 * organization's. A paused operation is data anyone could have written. */
static bool edit_target_ok(struct app *app, const struct form *form, const struct paused *p)
{
	int k;

	for (k = 0; k < p->n; k++)
		if (!strcmp(p->names[k], "@edit")
		    && !paused_record_ok(app->s.db, p->id, form->table, p->texts[k])) {
			app_status(app, true, "Not resumed: this paused edit names a record that is not "
			           "its client's, or that you may not see. Delete it from the list.");
			return false;
		}
	return true;
}

bool form_resume(struct app *app, const struct paused *p)
{
	const struct form *form = form_set_find(app->forms, p->form);
	size_t i;
	int f, k;

	if (!form) {
		app_status(app, true, "The form \"%s\" of this paused operation is missing.", p->form);
		return false;
	}
	if (!may_replace(app, NULL))
		return false;
	/* the form's own page, or the page of forms opened by name */
	for (i = 0; i < sizeof page_forms / sizeof page_forms[0]; i++)
		if (!strcmp(page_forms[i].form, p->form))
			break;
	if (!edit_target_ok(app, form, p))
		return false;
	open_form(app, form);
	for (k = 0; k < p->n; k++)
		if ((f = form_field_find(form, p->names[k])) >= 0)
			input_set(&fp.in[f], p->texts[k]);
	resume_edit(p);
	fp.step = p->step <= form_step_count(form) ? p->step : 1;
	fp.focus = 0;
	while (fp.focus < nfields() - 1 && field(fp.focus)->step != fp.step)
		fp.focus++;
	fp.paused_id = p->id ? xstrdup(p->id) : NULL;
	app_open_page(app, i < sizeof page_forms / sizeof page_forms[0] ? page_forms[i].page
	                                                                 : "form");
	return true;
}

/* The form `name`, when it loaded and no unfinished one stands in the way. */
static const struct form *form_to_open(struct app *app, const char *name)
{
	const struct form *form = form_set_find(app->forms, name);

	if (!form) {
		app_status(app, true, "The form \"%s\" could not be loaded; see forms/.", name);
		return NULL;
	}
	return may_replace(app, NULL) ? form : NULL;
}

bool form_open(struct app *app, const char *name, const char *const *names,
               const char *const *values, int n, const struct form_hooks *hooks)
{
	const struct form *form = form_to_open(app, name);
	int k, f;

	if (!form)
		return false;
	open_form(app, form);
	for (k = 0; k < n; k++)
		if ((f = form_field_find(form, names[k])) >= 0 && values[k]) {
			char *shown = field_display(field(f), values[k], &fp.ctx);
			input_set(&fp.in[f], shown);
			free(shown);
		}
	/* the first field of the first step that was not filled in */
	for (f = 0; f < nfields(); f++) {
		for (k = 0; k < n && strcmp(field(f)->name, names[k]); k++)
			;
		if (k == n && field(f)->step == 1)
			break;
	}
	fp.focus = f < nfields() ? f : 0;
	fp.hooks = *hooks;
	app_open_page(app, "form");
	return true;
}

/* Before anything is typed: may the user change this record? If not, the
 * form is read-only and says why (the database's own sentence, sql/050);
 * a field with `unlock` (a read-only mark) stays open when the database
 * would let the user set it to that value. */
static void ask_refusal(struct app *app)
{
	char *why;
	int i;

	fp.refusal = record_refusal(app->s.db, fp.form->table, fp.edit_id, NULL, NULL);
	for (i = 0; fp.refusal && !fp.unlock && i < nfields(); i++) {
		if (!field(i)->unlock || !form_field_own(fp.form, (size_t)i)
		    || same_value(fp.rec.orig[i], field(i)->unlock))
			continue;
		why = record_refusal(app->s.db, fp.form->table, fp.edit_id, field(i)->column,
		                     field(i)->unlock);
		if (!why) {
			fp.unlock = i + 1;
			fp.step = field(i)->step;
			fp.focus = i;
		}
		free(why);
	}
	if (fp.refusal)
		app_status(app, true, "%s", fp.refusal);
}

bool form_edit(struct app *app, const char *name, const char *id, const struct form_hooks *hooks)
{
	const struct form *form = form_to_open(app, name);
	char *shown;
	int i;

	if (!form)
		return false;
	open_form(app, form);
	fp.rec.id = fp.edit_id = xstrdup(id);
	switch (record_read(app->s.db, form, id, &fp.ctx, &fp.rec.orig, &fp.rec.stamp)) {
	case RECORD_DONE:
		break;
	case RECORD_GONE:
		app_status(app, true, "That record is not there any more, or no longer shared with you.");
		close_form();
		return false;
	default:
		app_status(app, true, "%s", db_error(app->s.db));
		close_form();
		return false;
	}
	for (i = 0; i < nfields(); i++) {
		shown = shown_of(i, fp.rec.orig[i]);
		input_set(&fp.in[i], shown);
		free(shown);
	}
	ask_refusal(app);
	if (hooks)
		fp.hooks = *hooks;
	app_open_page(app, "form");
	return true;
}

/* The same form screen, for forms opened by name. */
const struct page_ops named_form_page = {
	.name = "form", .title = "Workflow step",
	.enter = enter,
	.draw = draw,
	.key = key,
	.returned = returned,
	.help_now = help_now,
	.help = "A form: Tab and Shift-Tab move between fields, F2 or Ctrl-S saves the step, "
	        "F4 pauses it, Esc leaves it.",
};
