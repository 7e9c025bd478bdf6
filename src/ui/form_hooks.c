/* form_hooks.c: the hook sets a form may name (see form_hooks.h). */
#include "form_hooks.h"

#include <string.h>

#include "../client.h"
#include "../forms/form.h"
#include "app.h"

static const struct hook_set {
	const char *name;            /* as form_hook_sets (form_place.c) lists it */
	bool duplicates;
	bool is_client;
	bool follows_alerts;
	bool exits_case;
	bool enrolls_household;
} sets[] = {
	{ "intake", true, true, false, false, false },
	{ "client", false, true, false, false, false },
	{ "alerts", false, false, true, false, false },
	{ "exit_case", false, false, false, true, false },
	{ "enroll_household", false, false, false, false, true },
};

static const struct hook_set *set_of(const struct form *form)
{
	for (size_t i = 0; form && form->place.hooks && i < sizeof sets / sizeof sets[0]; i++)
		if (!strcmp(sets[i].name, form->place.hooks))
			return &sets[i];
	return NULL;
}

bool form_hooks_duplicates(const struct form *form)
{
	return set_of(form) && set_of(form)->duplicates;
}

bool form_hooks_is_client(const struct form *form)
{
	return set_of(form) && set_of(form)->is_client;
}

void form_hooks_listed(struct app *app, const struct form *form)
{
	if (set_of(form) && set_of(form)->follows_alerts && app->has_client)
		client_reload_alerts(app->s.db, &app->client);
}

bool form_hooks_exits_case(const struct form *form)
{
	return set_of(form) && set_of(form)->exits_case;
}

bool form_hooks_enrolls_household(const struct form *form)
{
	return set_of(form) && set_of(form)->enrolls_household;
}
