/* form_edit.c: the form on a record that is there: opening it with what was
 * read, saving only the fields changed, a conflict with someone who saved
 * meanwhile resolved by the user, and a record the user may only read (the
 * keys that move and read, and the one field that may lift its mark). */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../enrollment.h"
#include "../forms/changes.h"
#include "../forms/field.h"
#include "../forms/form.h"
#include "../forms/record.h"
#include "../record_rules.h"
#include "../util/xalloc.h"
#include "app.h"
#include "client_page.h"
#include "form_hooks.h"
#include "form_page.h"
#include "form_state.h"
#include "option_field.h"

static void edited(struct app *app)
{
	char *title = xstrdup(fp.form->title), *id = xstrdup(fp.edit_id), *table = xstrdup(fp.form->table);
	void (*hook)(struct app *, const char *, const char *) = fp.hooks.saved;
	bool client = form_hooks_is_client(fp.form);

	form_close();
	if (hook) {
		hook(app, table, id);
	} else if (client && client_page_show(app, id)) {
		app_status(app, false, "Saved: client %s.", id);
	} else {
		app_status(app, false, "%s: saved.", title);
		app_back(app);
	}
	free(title);
	free(id);
	free(table);
}

void form_saved(struct app *app, const char *id)
{
	char *title = xstrdup(fp.form->title);
	bool client = form_hooks_is_client(fp.form);
	void (*hook)(struct app *, const char *, const char *) = fp.hooks.saved;

	if (hook) {
		char *table = xstrdup(fp.form->table);
		form_close();
		hook(app, table, id);
		free(table);
		free(title);
		return;
	}
	form_close();
	if (client && client_page_show(app, id)) {
		app_status(app, false, "Saved: client %s.", id);
	} else {
		app_status(app, false, "%s: saved (%s).", title, id);
		app_back(app);
	}
	free(title);
}

/* A household enrolled in one new case: all its members, or none. */
void form_save_household(struct app *app)
{
	char *err, *case_id = enrollment_enroll_household(app->s.db, fp.form, fp.check.values, &err);

	if (!case_id) {
		app_status(app, true, "Not saved: %s", err);
		free(err);
		return;
	}
	form_close();
	app_back(app);
	app_status(app, false, "Enrolled: the household's members you see, in case %s.", case_id);
	free(case_id);
}

/* The exit of every open enrollment of the case: one statement, whose
 * refusal (an exit before someone's entry) is the database's sentence. */
static void save_case_exit(struct app *app)
{
	char *err;
	int n = enrollment_exit_case(app->s.db, fp.edit_id, fp.form, fp.check.values, &err);

	if (n < 0) {
		app_status(app, true, "Not saved: %s", err);
		free(err);
		return;
	}
	edited(app);
	app_status(app, false, n == 1 ? "Exited: %d enrollment of the case."
	           : "Exited: %d enrollments of the case.", n);
}

/* Write the fields typed differently from what was read (others' columns,
 * and the ones a user may not change, are left alone). */
void form_save_changes(struct app *app)
{
	enum record_outcome saved;
	char *new_text;

	if (form_hooks_exits_case(fp.form)) {
		save_case_exit(app);
		return;
	}
	new_text = form_new_record_text();
	saved = record_update_new(app->s.db, &fp.rec, fp.check.values, &fp.ctx,
	                          form_new_record_at(), new_text);

	free(new_text);
	switch (saved) {
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
void form_resolve(struct app *app, bool mine)
{
	char *shown;
	int i;

	fp.conflict = false;
	free(fp.rec.stamp);
	fp.rec.stamp = fp.rec.their_stamp;
	fp.rec.their_stamp = NULL;
	if (mine) {
		form_save_changes(app);
		return;
	}
	for (i = 0; i < nfields(); i++) {
		enum change c = change_of(fp.rec.orig[i], fp.check.values[i], fp.rec.theirs[i]);
		if (c == CHANGE_CONFLICT || c == CHANGE_THEIRS) {
			shown = form_shown_of(i, fp.rec.theirs[i]);
			input_set(&fp.in[i], shown);
			free(shown);
		}
	}
	form_free_values(fp.rec.orig);
	fp.rec.orig = fp.rec.theirs;
	fp.rec.theirs = NULL;
	app_status(app, false, "Their values are in the form; F2 saves your other changes.");
}

/* A record the user may only read: moving about and reading, and changing
 * only the field that lifts its mark (when the database allows that); any
 * other change is refused with the reason. Returns whether the key was used. */
bool form_read_only_key(struct app *app, wint_t k, bool is_key, enum action a)
{
	bool open = fp.unlock && fp.focus == fp.unlock - 1;

	switch (a) {
	case A_NEXT_FIELD:
	case A_DOWN:
	case A_OPEN:
		form_step_focus(1);
		return true;
	case A_PREV_FIELD:
	case A_UP:
		form_step_focus(-1);
		return true;
	case A_PAGE_DOWN:
	case A_PAGE_UP:
		if (a == A_PAGE_DOWN ? fp.step < form_step_count(fp.form) : fp.step > 1)
			form_go_to_step(fp.step + (a == A_PAGE_DOWN ? 1 : -1));
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
	form_start(app, form);
	fp.rec.id = fp.edit_id = xstrdup(id);
	switch (record_read(app->s.db, form, id, &fp.ctx, &fp.rec.orig, &fp.rec.stamp)) {
	case RECORD_DONE:
		break;
	case RECORD_GONE:
		app_status(app, true, "That record is not there any more, or no longer shared with you.");
		form_close();
		return false;
	default:
		app_status(app, true, "%s", db_error(app->s.db));
		form_close();
		return false;
	}
	for (i = 0; i < nfields(); i++) {
		shown = form_shown_of(i, fp.rec.orig[i]);
		input_set(&fp.in[i], shown);
		free(shown);
	}
	ask_refusal(app);
	if (!fp.refusal)             /* a value stored before a change of its formula */
		form_recompute(app);
	if (hooks)
		fp.hooks = *hooks;
	app_open_page(app, "form");
	return true;
}
