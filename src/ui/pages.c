/* pages.c: which page draws and takes keys, and Home. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "pages.h"

#include <curses.h>
#include <stdio.h>

#include "draw.h"
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
	.page = PAGE_HOME,
	.enter = caseload_enter,
	.returned = caseload_enter,
	.draw = draw_home,
	.key = home_key,
	.help = "Home is where your day starts: your caseload (the clients you are an active "
	        "case manager of; Enter opens one), and in the menu your paused operations and "
	        "your settings.",
};

static const struct page_ops *const pages[] = { &home_page, &find_page, &client_page, &form_page,
                                                &paused_page, &caseload_page, &config_page,
                                                &workflow_page, &named_form_page,
                                                &client_paused_page, &merge_page,
                                                &address_report_page, &files_page,
                                                &documents_page, &photo_page, &families_page,
                                                &family_members_page, &find_family_page };

static const struct page_ops *current(const struct app *app)
{
	size_t i;

	for (i = 0; i < sizeof pages / sizeof pages[0]; i++)
		if (pages[i]->page == app->page)
			return pages[i];
	for (i = 0; i < records_page_count; i++)
		if (records_pages[i].page == app->page)
			return &records_pages[i];
	return NULL;
}

void page_draw(struct app *app, int top, int left, int height, int width)
{
	const struct page_ops *p = current(app);
	char line[256];

	if (p) {
		p->draw(app, top, left, height, width);
		return;
	}
	draw_text(top, left, width, page_title(app->page), theme_attr(ROLE_TITLE), 0);
	snprintf(line, sizeof line, "%s is not built yet; it comes with a later release.",
	         page_title(app->page));
	draw_wrapped(top + 2, left, width, 3, line, theme_attr(ROLE_LABEL));
}

enum reaction page_key(struct app *app, wint_t key, bool is_key, enum action a)
{
	const struct page_ops *p = current(app);

	if (!p || !p->key)
		return R_UNHANDLED;
	return p->key(app, key, is_key, a, LINES - 4 - 2);
}

void page_enter(struct app *app)
{
	const struct page_ops *p = current(app);

	if (p && p->enter)
		p->enter(app);
}

void page_returned(struct app *app)
{
	const struct page_ops *p = current(app);

	if (p && p->returned)
		p->returned(app);
}

void pages_reset(struct app *app)
{
	size_t i;

	for (i = 0; i < sizeof pages / sizeof pages[0]; i++)
		if (pages[i]->reset)
			pages[i]->reset(app);
	records_pages[0].reset(app);    /* the record pages share their state */
}

const char *page_help(const struct app *app)
{
	const struct page_ops *p = current(app);

	if (p && p->help_now && p->help_now(app))
		return p->help_now(app);
	return p ? p->help : "This page comes with a later release.";
}

bool work_unfinished(void)
{
	return form_has_entries() || workflow_unfinished();
}

bool work_pause(struct app *app, bool local_only)
{
	if (form_has_entries())
		return form_pause(app, local_only);
	return workflow_pause(app, local_only);
}
