/* form_draw.c: drawing the form screen: its title, the step bar, what is
 * said above the fields (the problems the last check found, a conflict with
 * someone's save, a lookup field's chooser, why a record is read-only), the
 * step's fields with their labels and required marks, scrolled so that the
 * focused one shows, the name a lookup field's id stands for, and the
 * focused field's help. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../forms/changes.h"
#include "../forms/field.h"
#include "../forms/form.h"
#include "../lookup.h"
#include "../util/xalloc.h"
#include "draw.h"
#include "duplicates.h"
#include "form_state.h"
#include "option_field.h"
#include "pages.h"
#include "theme.h"

#define LABEL_WIDTH 26
#define INPUT_WIDTH 36
#define MEMO_ROWS 4              /* the lines a memo shows */

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

#define STEP_ROWS 2       /* the step bar wraps onto a second row */

/* Lay the steps out (drawing them when `draw`), every title given when
 * `titled`, else only the current step's; the rows they take, or
 * STEP_ROWS + 1 when they do not fit. */
static int lay_steps(int y, int left, int width, bool titled, bool draw)
{
	char label[128];
	int s, x = left, row = 0, w;

	for (s = 1; s <= form_step_count(fp.form); s++) {
		step_label(label, sizeof label, s, titled || s == fp.step);
		w = text_width(label);
		if (x > left && x + w > left + width) {
			x = left;
			row++;
		}
		if (row >= STEP_ROWS)
			return STEP_ROWS + 1;
		if (draw)
			draw_text(y + row, x, left + width - x, label,
			          theme_attr(s == fp.step ? ROLE_TAB_ACTIVE : ROLE_LABEL), 0);
		x += w + 1;
	}
	return row + 1;
}

static int draw_steps(int y, int left, int width)
{
	bool titled;
	int rows;

	if (form_step_count(fp.form) <= 1)
		return y;
	titled = lay_steps(y, left, width, true, false) <= STEP_ROWS;
	rows = lay_steps(y, left, width, titled, true);
	return y + (rows > STEP_ROWS ? STEP_ROWS : rows) + 1;
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
		theirs = form_shown_of(i, fp.rec.theirs[i]);
		mine = form_shown_of(i, fp.check.values[i]);
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
		y += draw_wrapped(y, left, width, 3, fp.check.problems[p].message, theme_attr(ROLE_ERROR));
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
	input_get(&fp.in[i], id, sizeof id);
	if (fp.adding == i + 1 && form_new_record_at() == i) {
		/* after what the field holds: NEW_WORD, or the new record's name */
		int w = (int)strlen(id) + 2;
		if (width - w > 3)
			draw_text(y, x + w, width - w, "(a new one, made on saving)",
			          theme_attr(ROLE_LABEL), 0);
		return;
	}
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

#define HELP_ROWS_MAX 4

void form_draw(struct app *app, int top, int left, int height, int width)
{
	int y, i, first = 0, shown = 0, rows, cursor_y = -1, iw, need, help_rows, bottom;

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
	/* the focused field's help, whole, under the fields (at least the two
	 * rows it always had, so that the fields do not move as focus does) */
	help_rows = field(fp.focus)->help
	            ? wrapped_rows(width, HELP_ROWS_MAX, field(fp.focus)->help) : 0;
	help_rows = help_rows < 2 ? 2 : help_rows;
	bottom = top + height - help_rows;
	if (fp.dups.shown) {
		dup_panel_draw(&fp.dups, y, left, top + height - y, width);
		return;
	}
	rows = bottom - y;
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
	for (i = 0, shown = 0; i < nfields() && y < bottom; i++) {
		if (field(i)->step != fp.step || shown++ < first)
			continue;
		draw_text(y, left, LABEL_WIDTH - 2, field(i)->label,
		          theme_attr(problem_of(i) ? ROLE_ERROR : ROLE_LABEL), 0);
		if (field(i)->required)
			draw_text(y, left + LABEL_WIDTH - 2, 1, "*", theme_attr(ROLE_REQUIRED), 0);
		if (i == fp.focus)
			cursor_y = y;
		if (fp.in[i].multiline) {
			int n = bottom - y < field_rows(i) ? bottom - y : field_rows(i);
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
		draw_wrapped(bottom, left, width, help_rows, field(fp.focus)->help,
		             theme_attr(ROLE_LABEL));
	if (cursor_y >= 0) {
		curs_set(1);
		if (fp.in[fp.focus].multiline)
			input_draw_lines(&fp.in[fp.focus], cursor_y, left + LABEL_WIDTH, iw,
			                 bottom - cursor_y < MEMO_ROWS
			                 ? bottom - cursor_y : MEMO_ROWS,
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
