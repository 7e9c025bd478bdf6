/* menu.c: the menu tables. */
#include "menu.h"

#include "pages.h"

#define N(a) ((int)(sizeof a / sizeof a[0]))

static const struct menu_item home_mine[] = {
	{ "My Caseload", PAGE_CASELOAD, NULL },
	{ "Paused Operations", PAGE_PAUSED, NULL },
};
static const struct menu_item home_settings[] = {
	{ "My configuration", PAGE_MY_CONFIGURATION, NULL },
};
static const struct menu_group home[] = {
	{ "My work", home_mine, N(home_mine) },
	{ "Settings", home_settings, N(home_settings) },
};

static const struct menu_item clients_find[] = {
	{ "Find Client", PAGE_FIND_CLIENT, NULL },
	{ "Add New Client", PAGE_ADD_CLIENT, NULL },
	{ "Client Intake Workflow", PAGE_WORKFLOW, NULL },
	{ "Find Family", PAGE_FIND_FAMILY, NULL },
};
/* about the client of the entity bar */
static const struct menu_item clients_record[] = {
	{ "Client Dashboard", PAGE_CLIENT, NULL },
	{ "Edit Client", PAGE_NONE, edit_client },
	{ "Client Alerts", PAGE_ALERTS, NULL },
	{ "Aliases", PAGE_ALIASES, NULL },
	{ "Address History", PAGE_ADDRESSES, NULL },
	{ "Address History Report", PAGE_ADDRESS_REPORT, NULL },
	{ "Interested Others", PAGE_OTHERS, NULL },
	{ "Case Managers", PAGE_CASE_MANAGERS, NULL },
	{ "Case Notes", PAGE_CASE_NOTES, NULL },
	{ "Information Release", PAGE_NONE, edit_release },
	{ "Release Exceptions", PAGE_RELEASES, NULL },
	{ "Client Files", PAGE_FILES, NULL },
	{ "Document Check", PAGE_DOCUMENTS, NULL },
	{ "Client Photo", PAGE_PHOTO, NULL },
	{ "Families", PAGE_FAMILIES, NULL },
	{ "Family Members", PAGE_FAMILY_MEMBERS, NULL },
	{ "Family Case Notes", PAGE_FAMILY_NOTES, NULL },
	{ "Paused Workflows", PAGE_CLIENT_PAUSED, NULL },
};
static const struct menu_group clients[] = {
	{ "Clients", clients_find, N(clients_find) },
	{ "Client record", clients_record, N(clients_record) },
};

static const struct menu_item providers_items[] = {
	{ "Find Provider", PAGE_PROVIDERS, NULL },
};
static const struct menu_group providers[] = {
	{ "Providers", providers_items, N(providers_items) },
};

static const struct menu_item housing_items[] = {
	{ "Facilities and Beds", PAGE_FACILITIES, NULL },
};
static const struct menu_group housing[] = {
	{ "Housing", housing_items, N(housing_items) },
};

static const struct menu_item messages_items[] = {
	{ "Inbox", PAGE_INBOX, NULL },
};
static const struct menu_group messages[] = {
	{ "Messages", messages_items, N(messages_items) },
};

static const struct menu_item admin_items[] = {
	{ "Users", PAGE_USERS, NULL },
	{ "Organizations", PAGE_ORGANIZATIONS, NULL },
	{ "Merge Clients", PAGE_MERGE, NULL },
};
static const struct menu_group admin[] = {
	{ "Administration", admin_items, N(admin_items) },
};

const struct workspace workspaces[] = {
	{ "Home", false, home, N(home) },
	{ "Clients", false, clients, N(clients) },
	{ "Providers", false, providers, N(providers) },
	{ "Housing", false, housing, N(housing) },
	{ "Messages", false, messages, N(messages) },
	{ "Admin", true, admin, N(admin) },
};
const int workspace_count = N(workspaces);

const char *page_title(enum page p)
{
	int w, g, i;

	if (p == PAGE_HOME)
		return "Home";
	if (p == PAGE_CLIENT)
		return "Client Dashboard";
	if (p == PAGE_FORM)
		return "Workflow step";
	for (w = 0; w < workspace_count; w++)
		for (g = 0; g < workspaces[w].ngroups; g++)
			for (i = 0; i < workspaces[w].groups[g].nitems; i++)
				if (workspaces[w].groups[g].items[i].page == p
				    && !workspaces[w].groups[g].items[i].open)
					return workspaces[w].groups[g].items[i].label;
	return "";
}
