/* pages.c: which page draws and takes keys, and Home. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "pages.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../forms/form.h"
#include "../util/xalloc.h"

#include "caseload_page.h"
#include "draw.h"
#include "page_list.h"
#include "records_page.h"
#include "theme.h"

static void draw_home(struct app *app, int top, int left, int height, int width)
{
	char line[512];

	(void)height;
	draw_text(top, left, width, "Home", theme_attr(ROLE_TITLE), 0);
	snprintf(line, sizeof line, "Welcome, %s.", app->s.full_name[0] ? app->s.full_name
	                                                                 : app->s.username);
	draw_text(top + 2, left, width, line, theme_attr(ROLE_NORMAL), 0);
	snprintf(line, sizeof line, "You are working in %s.",
	         app->s.org_name ? app->s.org_name : "no organization");
	draw_text(top + 3, left, width, line, theme_attr(ROLE_NORMAL), 0);
	/* the day starts with the caseload: My Caseload's list, under the welcome */
	caseload_page.draw(app, top + 5, left, height - 5, width);
}

static enum reaction home_key(struct app *app, wint_t key, bool is_key, enum action a,
                              int height)
{
	return caseload_page.key(app, key, is_key, a, height - 5);
}

static const struct page_ops home_page = {
	.name = "home",
	.title = "Home",
	.enter = caseload_enter,
	.returned = caseload_enter,
	.draw = draw_home,
	.key = home_key,
	.help = "Home is where your day starts: your caseload (the clients you are an active "
	        "case manager of; Enter opens one), and in the menu your paused operations and "
	        "your settings.",
};

/* The workspaces' pages still to come: their place in the menu, and a line. */
static void draw_coming(struct app *app, int top, int left, int height, int width)
{
	char line[256];

	(void)height;
	draw_text(top, left, width, app->page->title, theme_attr(ROLE_TITLE), 0);
	snprintf(line, sizeof line, "%s is not built yet; it comes with a later release.",
	         app->page->title);
	draw_wrapped(top + 2, left, width, 3, line, theme_attr(ROLE_LABEL));
}

#define COMING(n, t) { .name = n, .title = t, .draw = draw_coming, \
                       .help = "This page comes with a later release." }
static const struct page_ops coming[] = {
	COMING("facilities", "Facilities and Beds"),
	COMING("inbox", "Inbox"), COMING("users", "Users"), COMING("organizations", "Organizations"),
};

static const struct page_ops *const c_pages[] = {
	&home_page, &find_page, &client_page, &form_page, &paused_page, &caseload_page,
	&config_page, &workflow_page, &named_form_page, &client_paused_page, &merge_page,
	&address_report_page, &files_page, &documents_page, &photo_page, &families_page,
	&family_members_page, &find_family_page, &compare_page,
	&provider_page, &related_page, &case_page,
};
#define NC_PAGES (sizeof c_pages / sizeof c_pages[0])
#define NCOMING (sizeof coming / sizeof coming[0])

static struct page *pages;
static size_t npages;

void pages_build(struct app *app)
{
	size_t n = 0;

	pages_free();
	pages = xcalloc(NC_PAGES + NCOMING + app->forms->n + 1, sizeof *pages);
	for (size_t i = 0; i < NC_PAGES + NCOMING; i++, n++) {
		const struct page_ops *ops = i < NC_PAGES ? c_pages[i] : &coming[i - NC_PAGES];
		pages[n] = (struct page){ ops->name, ops->title, ops->need, ops->help, ops, NULL, NULL };
	}
	for (size_t i = 0; i < app->forms->n; i++) {
		const struct form *f = app->forms->forms[i];
		if (!f->place.page)
			continue;
		pages[n++] = (struct page){ f->name, f->place.page,
		                            f->place.parent == FORM_PARENT_FAMILY ? NEED_FAMILY
		                            : f->place.parent == FORM_PARENT_CLIENT ? NEED_CLIENT
		                            : NEED_NOTHING,
		                            f->place.help, &records_page, f, records_state_new() };
	}
	npages = n;
	menu_build(app->forms);
}

void pages_free(void)
{
	pages_reset();
	for (size_t i = 0; i < npages; i++)
		free(pages[i].state);
	free(pages);
	pages = NULL;
	npages = 0;
	menu_free();
}

struct page *page_named(const char *name)
{
	for (size_t i = 0; name && i < npages; i++)
		if (!strcmp(pages[i].name, name))
			return &pages[i];
	return NULL;
}

/* What the page needs that is not there: the sentence saying so, or NULL. */
static const char *missing(const struct app *app)
{
	if (app->page->need == NEED_ADMIN)
		return app->s.admin ? NULL : "This page is for system administrators.";
	if (app->page->need != NEED_NOTHING && !app->has_client)
		return "No client is selected; use Find Client.";
	if (app->page->need == NEED_FAMILY && !app->client.family.id)
		return "The client is in no family; add one in Families.";
	return NULL;
}

bool page_ready(const struct app *app)
{
	return !missing(app);
}

void page_draw(struct app *app, int top, int left, int height, int width)
{
	const char *why = missing(app);

	if (why) {
		draw_text(top, left, width, app->page->title, theme_attr(ROLE_TITLE), 0);
		draw_wrapped(top + 2, left, width, 3, why, theme_attr(ROLE_LABEL));
		return;
	}
	app->page->ops->draw(app, top, left, height, width);
}

enum reaction page_key(struct app *app, wint_t key, bool is_key, enum action a)
{
	if (missing(app) || !app->page->ops->key)
		return R_UNHANDLED;
	return app->page->ops->key(app, key, is_key, a, frame_page_height(app));
}

void page_enter(struct app *app)
{
	if (!missing(app) && app->page->ops->enter)
		app->page->ops->enter(app);
}

void page_returned(struct app *app)
{
	if (!missing(app) && app->page->ops->returned)
		app->page->ops->returned(app);
}

void pages_reset(void)
{
	for (size_t i = 0; i < npages; i++)
		if (pages[i].ops->reset)
			pages[i].ops->reset(&pages[i]);
}

const char *page_title_of(const struct app *app, const struct page *p)
{
	const char *now = p->ops->title_now ? p->ops->title_now(app) : NULL;

	return now ? now : p->title;
}

const char *page_help(const struct app *app)
{
	const struct page_ops *ops = app->page->ops;

	if (ops->help_now && ops->help_now(app))
		return ops->help_now(app);
	return app->page->help ? app->page->help : "";
}
