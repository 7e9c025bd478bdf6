/* form_lookup.c: a lookup field of the form, which holds the id of a record
 * of another table: the words typed into it looked up on leaving it (or F5),
 * one record taken at once and several offered in a chooser; Insert making
 * it stand for a new record, made when the form is saved; and the keys of an
 * option field, which pick rather than edit. */
#include <stdlib.h>
#include <string.h>

#include "../forms/field.h"
#include "../forms/form.h"
#include "../lookup.h"
#include "../util/xalloc.h"
#include "app.h"
#include "form_state.h"
#include "option_field.h"

void form_close_chooser(void)
{
	int i;

	for (i = 0; i < fp.nchoices; i++) {
		free(fp.choice_id[i]);
		free(fp.choice_name[i]);
	}
	fp.nchoices = fp.choice_sel = 0;
	fp.choosing = false;
}

/* Words, not an id: a name to look up, or to name a new record by. */
static bool is_words(const char *text)
{
	return text[0] && strspn(text, "0123456789") != strlen(text);
}

/* The field that stands for a new record, made on saving; or -1. A kind
 * named by what is typed stays new while words are there (they may be
 * corrected); the others while the field holds NEW_WORD. */
int form_new_record_at(void)
{
	char *text;
	bool still;

	if (!fp.adding)
		return -1;
	text = input_text(&fp.in[fp.adding - 1]);
	still = lookup_create_named(field(fp.adding - 1)->lookup) ? is_words(text)
	        : !strcmp(text, NEW_WORD);
	free(text);
	if (!still)
		fp.adding = 0;           /* something else was typed over it */
	return fp.adding - 1;
}

char *form_new_record_text(void)
{
	int at = form_new_record_at();

	return at >= 0 && lookup_create_named(field(at)->lookup) ? input_text(&fp.in[at]) : NULL;
}

/* Insert on a lookup field with `add`: a new record of its kind, made when
 * the form is saved (and its add_sets field set). A kind named by what is
 * typed keeps the words typed as its name, and needs them. */
void form_add_new_record(struct app *app)
{
	const struct form_field *f = field(fp.focus);
	char *sets, *value, *shown, *text = input_text(&fp.in[fp.focus]);
	bool named = lookup_create_named(f->lookup), words = is_words(text);
	int at;

	if (named) {
		if (words)
			app_status(app, false, "%s: a new %s, \"%s\", made when you save.", f->label,
			           field_lookup_name(f->lookup), text);
		else
			app_status(app, true, "%s: type the new %s's name, then Insert adds it.",
			           f->label, field_lookup_name(f->lookup));
	}
	free(text);
	if (named && !words)
		return;
	form_close_chooser();
	fp.adding = fp.focus + 1;
	if (!named)
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
	if (!named)
		app_status(app, false, "%s: a new %s, made when you save, with this record in it.",
		           f->label, field_lookup_name(f->lookup));
}

/* A lookup field holding words, not an id: leaving it (or F5) looks them up. */
bool form_wants_chooser(enum action a)
{
	char *text;
	bool words;

	if (field(fp.focus)->type != FIELD_LOOKUP)
		return false;
	if (a != A_MENU && a != A_NEXT_FIELD && a != A_PREV_FIELD && a != A_OPEN && a != A_DOWN
	    && a != A_SAVE)
		return false;
	if (form_new_record_at() == fp.focus && a != A_MENU)
		return false;            /* it stands for a new record */
	text = input_text(&fp.in[fp.focus]);
	words = is_words(text);
	free(text);
	return words || a == A_MENU;
}

/* A lookup field resolved: the key that looked it up goes on to where it
 * leads (Tab to the next field, Shift-Tab to the one before). */
static void leave_looked_up(void)
{
	if (fp.choose_then == A_NEXT_FIELD || fp.choose_then == A_DOWN || fp.choose_then == A_OPEN)
		form_step_focus(1);
	else if (fp.choose_then == A_PREV_FIELD)
		form_step_focus(-1);
}

/* What the form's client field holds (a new string, maybe empty), or NULL
 * when the form has none: the client whose enrollments are offered. */
static char *form_client(void)
{
	for (int i = 0; i < nfields(); i++)
		if (field(i)->type == FIELD_LOOKUP && field(i)->lookup == FIELD_LOOKUP_CLIENT)
			return input_text(&fp.in[i]);
	return NULL;
}

/* Look up what the lookup field holds: one record is taken at once, several
 * are offered, none is said. Returns whether the key was used. */
bool form_open_chooser(struct app *app, enum action a)
{
	char *text = input_text(&fp.in[fp.focus]), *err = NULL, *client;
	int n;

	form_close_chooser();
	fp.choose_then = a;
	/* an empty field lists the first choices, but never clients: those are
	 * found by what is known of the person */
	if (!text[0] && field(fp.focus)->lookup == FIELD_LOOKUP_CLIENT) {
		free(text);
		app_status(app, false, "Type a name, a birth date or an SSN into %s, then F5 looks "
		           "it up.", field(fp.focus)->label);
		return true;
	}
	client = form_client();
	n = lookup_search(app->s.db, field(fp.focus)->lookup, text, client, CHOICES, fp.choice_id,
	                  fp.choice_name, &err);
	free(client);
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
		form_close_chooser();
		leave_looked_up();
	} else {
		fp.nchoices = n;
		fp.choosing = true;
	}
	free(text);
	return true;
}

enum reaction form_chooser_key(struct app *app, enum action a)
{
	if (a == A_UP && fp.choice_sel > 0)
		fp.choice_sel--;
	else if (a == A_DOWN && fp.choice_sel < fp.nchoices - 1)
		fp.choice_sel++;
	else if (a == A_OPEN) {
		input_set(&fp.in[fp.focus], fp.choice_id[fp.choice_sel]);
		app_status(app, false, "%s: %s.", field(fp.focus)->label, fp.choice_name[fp.choice_sel]);
		form_close_chooser();
		leave_looked_up();
	} else if (a == A_BACK) {
		form_close_chooser();
	}
	return R_REDRAW;
}

/* A key in the focused option field: it picks, never edits the label. */
enum reaction form_pick(struct app *app, wint_t k, bool is_key)
{
	const char *problem;

	if (!option_key(&fp.in[fp.focus], field(fp.focus), &fp.ctx, &fp.typing, k, is_key, &problem))
		return R_UNHANDLED;
	if (problem)
		app_status(app, true, "%s: %s", field(fp.focus)->label, problem);
	return R_REDRAW;
}
