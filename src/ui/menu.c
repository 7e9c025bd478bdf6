/* menu.c: the menu, built from where each page sits: the C pages' places
 * below, and the places the form files declare. */
#include "menu.h"

#include <stdlib.h>
#include <string.h>

#include "../forms/form.h"
#include "../util/xalloc.h"
#include "client_page.h"
#include "family_members.h"
#include "pages.h"

/* Where a C page (or a command) sits. The ranks leave room between them
 * for the forms' pages (a form file's rank). */
static const struct place {
	const char *workspace, *group;
	int rank;
	const char *label;
	const char *page;            /* a page's name, or NULL with: */
	void (*open)(struct app *app);
} places[] = {
	{ "Home", "My work", 10, "My Caseload", "caseload", NULL },
	{ "Home", "My work", 20, "Paused Operations", "paused", NULL },
	{ "Home", "Settings", 900, "My configuration", "my_configuration", NULL },
	{ "Clients", "Clients", 10, "Find Client", "find_client", NULL },
	{ "Clients", "Clients", 20, "Add New Client", "add_client", NULL },
	{ "Clients", "Clients", 30, "Client Intake Workflow", "workflow", NULL },
	{ "Clients", "Clients", 40, "Find Family", "find_family", NULL },
	{ "Clients", "Client record", 110, "Client Dashboard", "client", NULL },
	{ "Clients", "Client record", 120, "Edit Client", NULL, edit_client },
	{ "Clients", "Client record", 160, "Address History Report", "address_report", NULL },
	{ "Clients", "Client record", 180, "Entry and Exit", "compare", NULL },
	{ "Clients", "Client record", 200, "Information Release", NULL, edit_release },
	{ "Clients", "Client record", 220, "Client Files", "files", NULL },
	{ "Clients", "Client record", 230, "Document Check", "documents", NULL },
	{ "Clients", "Client record", 240, "Client Photo", "photo", NULL },
	{ "Clients", "Client record", 250, "Families", "families", NULL },
	{ "Clients", "Client record", 260, "Family Members", "family_members", NULL },
	{ "Clients", "Client record", 265, "Enroll the Household", NULL, family_enroll },
	{ "Clients", "Client record", 280, "Paused Workflows", "client_paused", NULL },
	{ "Providers", "Providers", 5, "Provider Dashboard", "provider", NULL },
	{ "Housing", "Housing", 10, "Facilities and Beds", "facilities", NULL },
	{ "Messages", "Messages", 10, "Inbox", "inbox", NULL },
	{ "Admin", "Administration", 10, "Users", "users", NULL },
	{ "Admin", "Administration", 20, "Organizations", "organizations", NULL },
	{ "Admin", "Administration", 30, "Merge Clients", "merge", NULL },
};

struct workspace workspaces[] = {
	{ "Home", false, NULL, 0 },
	{ "Clients", false, NULL, 0 },
	{ "Providers", false, NULL, 0 },
	{ "Housing", false, NULL, 0 },
	{ "Messages", false, NULL, 0 },
	{ "Admin", true, NULL, 0 },
};
const int workspace_count = sizeof workspaces / sizeof workspaces[0];

static struct workspace *workspace_named(const char *name)
{
	for (int w = 0; w < workspace_count; w++)
		if (!strcmp(workspaces[w].name, name))
			return &workspaces[w];
	return NULL;
}

static struct menu_group *group_named(struct workspace *ws, const char *label)
{
	for (int g = 0; g < ws->ngroups; g++)
		if (!strcmp(ws->groups[g].label, label))
			return &ws->groups[g];
	ws->groups = xrealloc(ws->groups, (size_t)(ws->ngroups + 1) * sizeof *ws->groups);
	ws->groups[ws->ngroups] = (struct menu_group){ label, NULL, 0, false };
	return &ws->groups[ws->ngroups++];
}

static void add(const char *workspace, const char *group, struct menu_item item)
{
	struct workspace *ws = workspace_named(workspace);
	struct menu_group *g;

	if (!ws)
		return;              /* the form loader allows only these */
	g = group_named(ws, group);
	g->items = xrealloc(g->items, (size_t)(g->nitems + 1) * sizeof *g->items);
	g->items[g->nitems++] = item;
}

static int by_rank(const void *a, const void *b)
{
	const struct menu_item *x = a, *y = b;

	return (x->rank > y->rank) - (x->rank < y->rank);
}

static int by_first_rank(const void *a, const void *b)
{
	const struct menu_group *x = a, *y = b;

	return by_rank(x->items, y->items);
}

void menu_build(const struct form_set *forms)
{
	menu_free();
	for (size_t i = 0; i < sizeof places / sizeof places[0]; i++) {
		const struct place *p = &places[i];
		struct page *page = p->page ? page_named(p->page) : NULL;
		if (p->page && !page)
			continue;
		add(p->workspace, p->group, (struct menu_item){ p->label, page, p->open, p->rank });
	}
	for (size_t i = 0; forms && i < forms->n; i++) {
		const struct form_place *p = &forms->forms[i]->place;
		struct page *page = p->page ? page_named(forms->forms[i]->name) : NULL;
		if (page)
			add(p->workspace, p->group, (struct menu_item){ p->page, page, NULL, p->rank });
	}
	for (int w = 0; w < workspace_count; w++) {
		struct workspace *ws = &workspaces[w];
		for (int g = 0; g < ws->ngroups; g++)
			qsort(ws->groups[g].items, (size_t)ws->groups[g].nitems,
			      sizeof *ws->groups[g].items, by_rank);
		qsort(ws->groups, (size_t)ws->ngroups, sizeof *ws->groups, by_first_rank);
	}
}

void menu_free(void)
{
	for (int w = 0; w < workspace_count; w++) {
		for (int g = 0; g < workspaces[w].ngroups; g++)
			free(workspaces[w].groups[g].items);
		free(workspaces[w].groups);
		workspaces[w].groups = NULL;
		workspaces[w].ngroups = 0;
	}
}
