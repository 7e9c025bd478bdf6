/* form_page.c: a data-entry form drawn from its file in forms/: numbered
 * steps, required marks, problems listed at the top in red with their fields
 * marked, and saving each step's checks before the next. This file holds the
 * form's state, opening and closing it, the keys, and checking and saving;
 * drawing, a lookup field's chooser, pausing and editing a record are in
 * form_draw.c, form_lookup.c, form_pause.c and form_edit.c (form_state.h). */
#include "form_page.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include "../choice_lists.h"
#include "../db/db.h"
#include "../forms/field.h"
#include "../forms/form.h"
#include "../forms/record.h"
#include "../forms/validate.h"
#include "../paused.h"
#include "../util/xalloc.h"
#include "client_page.h"
#include "duplicates.h"
#include "form_hooks.h"
#include "form_state.h"
#include "option_field.h"
#include "pages.h"

/* Which form a page opens. */
static const struct {
	const char *page;
	const char *form;
} page_forms[] = {
	{ "add_client", "client_add" },
};

/* The open form, shared with the other form_*.c (form_state.h). */
struct form_state fp;

void form_free_values(char **v)
{
	int i;

	for (i = 0; v && fp.form && i < nfields(); i++)
		free(v[i]);
	free(v);
}

void form_close(void)
{
	form_close_chooser();
	form_free_values(fp.named_id);
	form_free_values(fp.name);
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

void form_start(struct app *app, const struct form *form)
{
	int i;
	char *v, *shown;

	form_close();
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
	form_go_to_step(1);
}

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
	if (!form_may_replace(app, form))
		return;              /* the unfinished one shows instead */
	if (!form) {
		form_close();
		app_status(app, true, "The form of %s could not be loaded; see the status of forms/ "
		           "at login.", app->page->title);
		return;
	}
	form_start(app, form);
}

char *form_shown_of(int i, const char *value)
{
	return value ? field_display(field(i), value, &fp.ctx) : xstrdup("");
}

bool form_typed_anything(void)
{
	char *now, *then;
	int i;
	bool changed = false;

	for (i = 0; fp.edit_id && i < nfields() && !changed; i++) {
		now = input_text(&fp.in[i]);
		then = form_shown_of(i, fp.rec.orig[i]);
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
bool form_may_replace(struct app *app, const struct form *next)
{
	if (!fp.form || fp.form == next || !form_typed_anything())
		return true;
	app_status(app, true, "You have an unfinished form (%s): save it, pause it (F4) or leave "
	           "it (Esc) first.", fp.form->title);
	return false;
}

/* Left/Right/Space on a field with options: the next or previous one. */
static bool cycle(int dir)
{
	if (!option_field(field(fp.focus)))
		return false;
	option_cycle(&fp.in[fp.focus], field(fp.focus), &fp.ctx, dir);
	return true;
}

/* Check the step (0: all); on problems, go to the first. */
static bool check(struct app *app, int step)
{
	char **texts = xcalloc((size_t)nfields() + 1, sizeof *texts);
	int i;
	bool ok;

	for (i = 0; i < nfields(); i++)
		texts[i] = input_text(&fp.in[i]);
	if (form_new_record_at() >= 0) {       /* checked as a record that will be there */
		free(texts[form_new_record_at()]);
		texts[form_new_record_at()] = xstrdup("1");
	}
	if (fp.checked)
		validate_result_free(&fp.check);
	ok = validate_form(fp.form, step, (const char *const *)texts, &fp.ctx, &fp.check);
	fp.checked = true;
	for (i = 0; i < nfields(); i++)
		free(texts[i]);
	free(texts);
	if (!ok) {
		fp.focus = form_typed_field((int)fp.check.problems[0].field);
		fp.step = field(fp.focus)->step;
		app_status(app, true, "%zu problem%s: see the top of the form (^E goes to the first).",
		           fp.check.nproblems, fp.check.nproblems == 1 ? "" : "s");
	}
	return ok;
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
	if (fp.edit_id || !form_hooks_duplicates(fp.form) || fp.step != 1)
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

/* The duplicate list's keys: open one instead, go on, or back; the rest
 * are the frame's. */
static enum reaction duplicate_key(struct app *app, enum action a)
{
	void (*hook)(struct app *, const char *, const char *);
	char *id;

	switch (dup_panel_key(&fp.dups, a)) {
	case DUP_OPEN:
		id = xstrdup(fp.dups.found.rows[fp.dups.sel].id);
		hook = fp.hooks.saved;
		form_close();
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
	case DUP_NOT_MINE:
		return R_UNHANDLED;
	default:
		break;
	}
	return R_REDRAW;
}

static void save_step(struct app *app, bool duplicates_seen)
{
	char *id, *new_text;
	enum record_outcome saved;

	if (!check(app, fp.step))
		return;
	if (!duplicates_seen && meets_duplicates(app))
		return;
	if (fp.step < form_step_count(fp.form)) {
		fp.checked = false;
		validate_result_free(&fp.check);
		form_go_to_step(fp.step + 1);
		if (!fp.dups.unchecked)       /* else the status line says why */
			app->status[0] = 0;
		return;
	}
	if (!check(app, 0))
		return;
	if (fp.edit_id) {
		form_save_changes(app);
		return;
	}
	if (form_hooks_enrolls_household(fp.form)) {
		form_save_household(app);
		return;
	}
	new_text = form_new_record_text();
	saved = record_insert(app->s.db, fp.form, fp.check.values, form_new_record_at(), new_text, &id);
	free(new_text);
	switch (saved) {
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
	form_saved(app, id);
	free(id);
}

static enum reaction back(struct app *app)
{
	if (form_typed_anything() && !fp.discard_asked) {
		fp.discard_asked = true;
		app_status(app, true, "Discard what you typed? Esc again discards; any other key "
		           "goes on with the form.");
		return R_REDRAW;
	}
	{
		void (*hook)(struct app *, const char *, const char *) = fp.hooks.saved;
		form_close();
		app->status[0] = 0;
		if (hook) {
			hook(app, NULL, NULL);
			return R_REDRAW;
		}
	}
	return R_UNHANDLED;          /* the frame goes back */
}

/* An editing key in the focused field; a full field says so. */
static bool edit(struct app *app, wint_t k, bool is_key)
{
	struct input *in = &fp.in[fp.focus];

	if (!input_key(in, k, is_key))
		return false;
	if (field(fp.focus)->formula)   /* what was typed is put back (form_recompute) */
		form_say_computed(app);
	else if (in->full)
		app_status(app, true, "%s is full: it takes at most %d characters.",
		           field(fp.focus)->label, in->max_chars);
	return true;
}

static enum reaction handle_key(struct app *app, wint_t k, bool is_key, enum action a)
{
	if (!fp.form)
		return R_UNHANDLED;
	if (is_key || !iswprint(k))
		fp.typing.in = NULL;         /* typing into an option field starts again */
	if (fp.dups.shown)
		return duplicate_key(app, a);
	if (fp.choosing)
		return form_chooser_key(app, a);
	if (form_wants_chooser(a) && form_open_chooser(app, a)) {
		if (a == A_SAVE && !fp.choosing && !form_wants_chooser(a))
			save(app);       /* F2 on a name: looked up to one, and saved */
		return R_REDRAW;
	}
	if (fp.conflict) {
		if (!is_key && (k == 'o' || k == 't'))
			form_resolve(app, k == 'o');
		else if (a == A_BACK)
			fp.conflict = false;
		return R_REDRAW;
	}
	if (a == A_BACK)
		return back(app);
	if (fp.refusal && form_read_only_key(app, k, is_key, a))
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
			form_go_to_step(fp.step - 1);
		return R_REDRAW;
	case A_PAUSE:
		form_pause(app, false);
		return R_REDRAW;
	case A_NEXT_FIELD:
	case A_DOWN:
	case A_OPEN:
		form_step_focus(1);
		return R_REDRAW;
	case A_PREV_FIELD:
	case A_UP:
		form_step_focus(-1);
		return R_REDRAW;
	case A_ADD:
		if (field(fp.focus)->type == FIELD_LOOKUP && field(fp.focus)->add) {
			form_add_new_record(app);
			return R_REDRAW;
		}
		break;
	case A_FIRST_ERROR:
		if (fp.checked && fp.check.nproblems) {
			fp.focus = form_typed_field((int)fp.check.problems[0].field);
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
		return form_pick(app, k, is_key);
	if (edit(app, k, is_key))
		return R_REDRAW;
	return R_UNHANDLED;
}

/* Any key may change a field a computed one uses: they are recomputed
 * after each (not on a record the user may only read). */
static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	enum reaction r;

	(void)height;
	r = handle_key(app, k, is_key, a);
	if (fp.form && !fp.refusal)
		form_recompute(app);
	return r;
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
	form_close();
}

extern const struct page_ops form_page;    /* below; its help ends the form's */

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

/* The form's name for the trail and the help. */
static const char *title_now(const struct app *app)
{
	(void)app;
	return fp.form ? fp.form->title : NULL;
}

/* The keys of the form and of the field in focus. */
static int hints(const struct app *app, struct hint *h)
{
	const struct form_field *f;
	int n = 0;

	(void)app;
	if (!fp.form)
		return 0;
	if (fp.dups.shown) {
		h[n++] = (struct hint){ A_OPEN, "open it instead" };
		h[n++] = (struct hint){ A_SAVE, "none is: go on" };
		return n;
	}
	f = field(fp.focus);
	h[n++] = (struct hint){ A_SAVE, fp.step < form_step_count(fp.form) ? "next step" : "save" };
	h[n++] = (struct hint){ A_NEXT_FIELD, "next field" };
	if (f->type == FIELD_LOOKUP)
		h[n++] = (struct hint){ A_MENU, "look up" };
	if (f->type == FIELD_LOOKUP && f->add)
		h[n++] = (struct hint){ A_ADD, "new" };
	h[n++] = (struct hint){ A_PAUSE, "pause" };
	return n;
}

const struct page_ops form_page = {
	.name = "add_client", .title = "Add New Client",
	.enter = enter,
	.draw = form_draw,
	.key = key,
	.reset = reset,
	.returned = returned,
	.help_now = help_now,
	.title_now = title_now,
	.hints = hints,
	.help = "A form: Tab and Shift-Tab move between fields, Left and Right (or Space) choose "
	        "among a field's options, F2 or Ctrl-S saves the step and goes on to the next "
	        "(PgDn too; PgUp goes back a step, keeping what is typed). "
	        "Fields marked * are required. Problems are listed at the top in red; Ctrl-E goes "
	        "to the first. Dates may be typed 11/23/2026, 2026-11-23, t for today or +30. Esc "
	        "leaves, asking first when you have typed something.",
};

const char *form_page_of(const char *name)
{
	size_t i;

	/* the form's own page, or the page of forms opened by name */
	for (i = 0; i < sizeof page_forms / sizeof page_forms[0]; i++)
		if (!strcmp(page_forms[i].form, name))
			return page_forms[i].page;
	return "form";
}

/* The form `name`, when it loaded and no unfinished one stands in the way. */
const struct form *form_to_open(struct app *app, const char *name)
{
	const struct form *form = form_set_find(app->forms, name);

	if (!form) {
		app_status(app, true, "The form \"%s\" could not be loaded; see forms/.", name);
		return NULL;
	}
	return form_may_replace(app, NULL) ? form : NULL;
}

bool form_open(struct app *app, const char *name, const char *const *names,
               const char *const *values, int n, const struct form_hooks *hooks)
{
	const struct form *form = form_to_open(app, name);
	int k, f;

	if (!form)
		return false;
	form_start(app, form);
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
		if (k == n && field(f)->step == 1 && !field(f)->formula)
			break;
	}
	fp.focus = f < nfields() ? f : 0;
	fp.hooks = *hooks;
	app_open_page(app, "form");
	return true;
}

/* The same form screen, for forms opened by name. */
const struct page_ops named_form_page = {
	.name = "form", .title = "Workflow step",
	.enter = enter,
	.draw = form_draw,
	.key = key,
	.returned = returned,
	.help_now = help_now,
	.title_now = title_now,
	.hints = hints,
	.help = "A form: Tab and Shift-Tab move between fields, F2 or Ctrl-S saves the step, "
	        "F4 pauses it, Esc leaves it.",
};
