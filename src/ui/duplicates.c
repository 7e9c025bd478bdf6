/* duplicates.c: possible duplicates of a client being taken in. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "duplicates.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "theme.h"

bool dup_panel_check(struct app *app, struct dup_panel *p, const char *first, const char *last,
                     const char *birth_date, const char *ssn, const char *ssn_quality)
{
	bool failed_before = p->failed;
	char *err = NULL;

	dup_panel_free(p);
	if (!client_duplicates(app->s.db, first, last, birth_date, ssn,
	                       ssn_quality ? atoi(ssn_quality) : 0, &p->found, &err)) {
		if (failed_before) {
			p->unchecked = true;
			app_status(app, true, "Going on without the duplicate check: look with Find "
			           "Client before saving.");
		} else {
			p->failed = true;
			app_status(app, true, "Could not check for duplicates; F2 again retries, then "
			           "goes on. (%s)", err);
		}
		free(err);
		return p->failed;
	}
	p->shown = p->found.nrows > 0;
	if (p->shown)
		app_status(app, true, "%d client%s you may see could be this person: see the list.",
		           p->found.nrows, p->found.nrows == 1 ? "" : "s");
	return p->shown;
}

void dup_panel_draw(const struct dup_panel *p, int top, int left, int height, int width)
{
	char line[512];
	int i, y = top, fit, first;

	y += draw_wrapped(y, left, width, 2, "Possible duplicates: clients you may see who could "
	                  "be this person, likeliest first.", theme_attr(ROLE_ERROR));
	y++;
	/* two lines each: who, then why; as many as fit, the selected among them */
	fit = (top + height - 4 - y) / 2;
	if (fit < 1)
		fit = 1;
	first = p->sel >= fit ? p->sel - fit + 1 : 0;
	if (first > 0)
		draw_text(y - 1, left, width, "(more above: Up)", theme_attr(ROLE_LABEL), 0);
	for (i = first; i < p->found.nrows && i < first + fit; i++, y += 2) {
		const struct client_duplicate *d = &p->found.rows[i];
		snprintf(line, sizeof line, "%s %s, %s  %s  %s%s%s", d->id,
		         d->last_name ? d->last_name : "", d->first_name ? d->first_name : "",
		         d->birth_date ? d->birth_date : "", d->ssn4 && *d->ssn4 ? "xxx-xx-" : "",
		         d->ssn4 ? d->ssn4 : "", d->sure ? "  (sure match)" : "");
		draw_text(y, left, width, line, theme_attr(i == p->sel ? ROLE_SELECTED : ROLE_NORMAL), 1);
		snprintf(line, sizeof line, "  %s", d->reasons ? d->reasons : "");
		draw_text(y + 1, left, width, line, theme_attr(ROLE_LABEL), 0);
	}
	if (i < p->found.nrows)
		draw_text(y, left, width, "(more below: Down)", theme_attr(ROLE_LABEL), 0);
	draw_wrapped(y + 1, left, width, 3, "Enter opens the selected client instead (this intake "
	             "is not saved). F2 goes on: none of them is this person. Esc goes back to the "
	             "first step.", theme_attr(ROLE_LABEL));
}

enum dup_choice dup_panel_key(struct dup_panel *p, enum action a)
{
	switch (a) {
	case A_UP:
		if (p->sel > 0)
			p->sel--;
		return DUP_STAY;
	case A_DOWN:
		if (p->sel < p->found.nrows - 1)
			p->sel++;
		return DUP_STAY;
	case A_OPEN:
		return p->found.nrows ? DUP_OPEN : DUP_STAY;
	case A_SAVE:
		p->shown = false;
		return DUP_GO_ON;
	case A_BACK:
		p->shown = false;
		return DUP_BACK;
	default:
		return DUP_NOT_MINE;
	}
}

void dup_panel_free(struct dup_panel *p)
{
	if (p->found.rows)
		client_duplicates_free(&p->found);
	memset(p, 0, sizeof *p);
}
