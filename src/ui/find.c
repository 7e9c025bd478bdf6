/* find.c: Find Client: any identifying field, partial names, blank finds
 * all; the results in the list widget; Enter opens the client. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "find.h"

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "../client.h"
#include "../quick_find.h"
#include "../util/date.h"
#include "client_list.h"
#include "draw.h"
#include "pages.h"
#include "theme.h"

enum { F_FIRST, F_LAST, F_BIRTH, F_SSN, F_ID, F_COUNT, FOCUS_LIST = F_COUNT };

static const struct {
	const char *label;
	int width, max;
} fields[F_COUNT] = {
	[F_FIRST] = { "First name", 16, 50 },
	[F_LAST] = { "Last name", 16, 50 },
	[F_BIRTH] = { "Birth date", 12, 20 },
	[F_SSN] = { "SSN/last 4", 11, 11 },
	[F_ID] = { "Client ID", 10, 18 },
};

static struct {
	struct input in[F_COUNT];
	int focus;
	char text[F_COUNT][128];
	struct client_list results;
	bool ready, searched;
} f;

static void reset(struct page *page)
{
	(void)page;
	client_list_free(&f.results);
	memset(&f, 0, sizeof f);
}

static void enter(struct app *app)
{
	int i;

	(void)app;
	f.focus = F_FIRST;
	if (f.ready)
		return;              /* back again: keep the search and the results */
	for (i = 0; i < F_COUNT; i++)
		input_init(&f.in[i], fields[i].max, false);
	client_list_init(&f.results);
	f.ready = true;
}

/* Read the fields into the query; false with a sentence on the status line. */
static bool read_fields(struct app *app)
{
	char ssn[10], id[20];
	struct hdate d;
	int i;

	for (i = 0; i < F_COUNT; i++)
		input_get(&f.in[i], f.text[i], sizeof f.text[i]);
	if (f.text[F_BIRTH][0]) {
		if (!date_parse(f.text[F_BIRTH], date_today(), &d)) {
			app_status(app, true, "Birth date: \"%s\" is not a date; type it as 11/23/1980 "
			           "or 1980-11-23.", f.text[F_BIRTH]);
			f.focus = F_BIRTH;
			return false;
		}
		date_format(d, f.text[F_BIRTH]);
	}
	if (!quick_find_ssn(f.text[F_SSN], ssn)) {
		app_status(app, true, "SSN: \"%s\" is not an SSN; type all nine digits, or the last "
		            "four (digits only).", f.text[F_SSN]);
		f.focus = F_SSN;
		return false;
	}
	if (!quick_find_id(f.text[F_ID], id)) {
		app_status(app, true, "Client ID: \"%s\" is not a client id; type its digits, like 42.",
		           f.text[F_ID]);
		f.focus = F_ID;
		return false;
	}
	strcpy(f.text[F_SSN], ssn);
	strcpy(f.text[F_ID], id);
	f.results.q = (struct client_query){ .first_name = f.text[F_FIRST], .last_name = f.text[F_LAST],
	                             .birth_date = f.text[F_BIRTH], .ssn = f.text[F_SSN],
	                             .id = f.text[F_ID] };
	return true;
}

/* Refused criteria: the results of earlier ones go, so that no list stands
 * under text it does not answer. */
static void forget_results(void)
{
	int sort = f.results.list.sort;
	bool desc = f.results.list.desc;

	client_list_free(&f.results);
	client_list_init(&f.results);
	f.results.list.sort = sort;
	f.results.list.desc = desc;
	f.searched = false;
}

static enum reaction search(struct app *app)
{
	if (!read_fields(app)) {
		forget_results();
		return R_REDRAW;
	}
	f.results.list.page = 0;
	f.results.list.find[0] = 0;   /* a new search: no type-to-find left over */
	if (client_list_load(app, &f.results)) {
		f.searched = true;
		f.focus = FOCUS_LIST;
		app_status(app, false, f.results.list.nrows == 0 ? "No client matches." : "%d%s found.",
		           f.results.list.nrows, f.results.list.more ? " or more" : "");
	}
	return R_REDRAW;
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	int i, x = left, y = top + 1;

	(void)app;
	draw_text(top, left, width, "Find Client", theme_attr(ROLE_TITLE), 0);
	for (i = 0; i < F_COUNT; i++) {
		if (x + fields[i].width > left + width) {
			x = left;
			y += 2;
		}
		draw_text(y, x, fields[i].width, fields[i].label, theme_attr(ROLE_LABEL), 0);
		input_draw(&f.in[i], y + 1, x, fields[i].width,
		           theme_attr(i == f.focus ? ROLE_FIELD_ACTIVE : ROLE_FIELD), false);
		x += fields[i].width + 2;
	}
	y += 3;
	if (f.searched)
		client_list_draw(&f.results, y, left, height - (y - top), width, f.focus == FOCUS_LIST);
	else
		draw_wrapped(y, left, width, 3, "Type any of these (the first letters of a name are "
		             "enough) and press Enter; blank finds every client you may see.",
		             theme_attr(ROLE_LABEL));
	if (f.focus < F_COUNT) {
		/* the cursor in the focused field */
		x = left;
		y = top + 1;
		for (i = 0; i <= f.focus; i++) {
			if (x + fields[i].width > left + width) {
				x = left;
				y += 2;
			}
			if (i < f.focus)
				x += fields[i].width + 2;
		}
		curs_set(1);
		input_draw(&f.in[f.focus], y + 1, x, fields[f.focus].width,
		           theme_attr(ROLE_FIELD_ACTIVE), true);
	}
}

static enum reaction list_keys(struct app *app, wint_t key, bool is_key, enum action a, int height)
{
	enum reaction r = client_list_key(app, &f.results, key, is_key, a, height - 6);

	if (!(r & R_UNHANDLED))
		return r;
	if (a == A_PREV_FIELD) {
		f.focus = F_ID;
		return R_REDRAW;
	}
	if (a == A_NEXT_FIELD) {
		f.focus = F_FIRST;
		return R_REDRAW;
	}
	return R_UNHANDLED;
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	if (f.focus == FOCUS_LIST)
		return list_keys(app, k, is_key, a, height);
	if (a == A_OPEN)
		return search(app);
	if (a == A_NEXT_FIELD || a == A_DOWN) {
		f.focus = f.focus + 1 < F_COUNT || f.searched ? f.focus + 1 : F_FIRST;
		return R_REDRAW;
	}
	if (a == A_PREV_FIELD || a == A_UP) {
		f.focus = f.focus > 0 ? f.focus - 1 : f.searched ? FOCUS_LIST : F_ID;
		return R_REDRAW;
	}
	if (input_key(&f.in[f.focus], k, is_key))
		return R_REDRAW;
	return R_UNHANDLED;
}

void find_client_quick(struct app *app, const struct quick_find *q)
{
	const char *texts[F_COUNT] = { q->first, q->last, q->birth_date, q->ssn, q->id };
	int i;

	app->ws = 1;                 /* Clients */
	app->panel_focus = false;    /* Enter opens the client found */
	app_open_page(app, "find_client");
	for (i = 0; i < F_COUNT; i++)
		input_set(&f.in[i], texts[i]);
	search(app);
}

/* Enter finds from a field, opens from the list; Tab moves between them. */
static int hints(const struct app *app, struct hint *h)
{
	(void)app;
	h[0] = (struct hint){ A_OPEN, f.focus == FOCUS_LIST ? "open" : "find" };
	h[1] = (struct hint){ A_NEXT_FIELD, "next field" };
	return 2;
}

const struct page_ops find_page = {
	.hints = hints,
	.name = "find_client", .title = "Find Client",
	.enter = enter,
	.draw = draw,
	.key = key,
	.reset = reset,
	.help = "Find a client by any identifying field: the first letters of the first and "
	        "last name, the birth date, the whole SSN or its last four digits, or the client "
	        "id. Leave everything blank to list every client you may see. In the results, "
	        "> sorts by the column (again: in reverse, then the next column) and < goes back, PgDn loads the next page, typing "
	        "jumps to the first row that starts with it, and Enter opens the client.",
};
