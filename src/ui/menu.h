/* menu.h: the workspaces and their menus (the navigation panel). */
#ifndef HEARTH_MENU_H
#define HEARTH_MENU_H

#include <stdbool.h>

enum page {
	PAGE_NONE,
	PAGE_HOME,
	PAGE_CASELOAD,
	PAGE_PAUSED,
	PAGE_MY_CONFIGURATION,
	PAGE_FIND_CLIENT,
	PAGE_ADD_CLIENT,
	PAGE_CLIENT,               /* the client dashboard (reached from a list) */
	PAGE_WORKFLOW,
	PAGE_FORM,                 /* a form a workflow opened */
	PAGE_CLIENT_PAUSED,        /* the client's paused workflows */
	PAGE_ALIASES,              /* the client's records (records_page.c) */
	PAGE_ADDRESSES,
	PAGE_OTHERS,
	PAGE_CASE_MANAGERS,
	PAGE_CASE_NOTES,
	PAGE_RELEASES,
	PAGE_ALERTS,
	PAGE_MERGE,                /* Admin: merge two clients */
	PAGE_ADDRESS_REPORT,
	PAGE_FILES,                /* files_page.c */
	PAGE_DOCUMENTS,
	PAGE_PHOTO,                /* photo_page.c */
	PAGE_FAMILIES,             /* the client's families (families_page.c) */
	PAGE_FAMILY_MEMBERS,       /* the entity bar's family (family_members.c) */
	PAGE_FAMILY_NOTES,         /* its case notes (records_page.c) */
	PAGE_FIND_FAMILY,          /* find_family.c */
	PAGE_PROVIDERS,
	PAGE_FACILITIES,
	PAGE_INBOX,
	PAGE_USERS,
	PAGE_ORGANIZATIONS,
};

struct app;

struct menu_item {
	const char *label;
	enum page page;
	/* when set, what choosing it does (a form opened on the client) */
	void (*open)(struct app *app);
};

struct menu_group {
	const char *label;
	const struct menu_item *items;
	int nitems;
};

struct workspace {
	const char *name;
	bool admin_only;
	const struct menu_group *groups;
	int ngroups;
};

extern const struct workspace workspaces[];
extern const int workspace_count;

/* The label of a page, for titles and the click trail. */
const char *page_title(enum page p);

#endif
