/* menu.h: the workspaces and their menus (the navigation panel), built at
 * start-up from the C pages' places (menu.c) and every form that declares a
 * page ([form] page, workspace, group, rank): no fixed sizes. */
#ifndef HEARTH_MENU_H
#define HEARTH_MENU_H

#include <stdbool.h>

struct app;
struct form_set;
struct page;

struct menu_item {
	const char *label;
	struct page *page;           /* what choosing it opens, or */
	void (*open)(struct app *app);   /* what it does (a form opened on the client) */
	int rank;
};

struct menu_group {
	const char *label;
	struct menu_item *items;     /* by rank */
	int nitems;
	bool folded;                 /* shut in the panel */
};

struct workspace {
	const char *name;
	bool admin_only;
	struct menu_group *groups;   /* by their first item's rank */
	int ngroups;
};

extern struct workspace workspaces[];
extern const int workspace_count;

/* Build the menu from the pages (pages_build first); menu_free undoes it. */
void menu_build(const struct form_set *forms);
void menu_free(void);

#endif
