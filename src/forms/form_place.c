/* form_place.c: a form's own list page, read from [form] (see form_place.h). */
#include "form_place.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/xalloc.h"
#include "form.h"
#include "form_ini.h"

const char *const form_workspaces[] = { "Home", "Clients", "Providers", "Housing", "Messages",
                                        "Admin", NULL };
const char *const form_hook_sets[] = { "intake", "client", "alerts", "exit_case",
                                         "enroll_household", NULL };
const char *const form_place_keys[] = { "page", "workspace", "group", "rank", "parent", "empty",
                                        "page_help", "actions", "widths", "hooks", "opens", "carry",
                                        "taken_with", "deleted_at", NULL };

#define RANK_MAX 9999
#define WIDTH_MAX 200

static const char *const parent_names[] = { "none", "client", "family", NULL };
static const char *const action_names[] = { "add", "edit", "delete", NULL };

#define complain(ini, errs, key, ...) form_ini_complain(ini, errs, "form", key, __VA_ARGS__)

const char *form_parent_column(enum form_parent parent)
{
	return parent == FORM_PARENT_CLIENT ? "client_id"
	     : parent == FORM_PARENT_FAMILY ? "family_id" : NULL;
}

/* The index of `s` in a NULL-ended list, or -1. */
static int index_of(const char *const *list, const char *s, bool any_case)
{
	for (int i = 0; list[i]; i++)
		if (any_case ? !strcasecmp(list[i], s) : !strcmp(list[i], s))
			return i;
	return -1;
}

/* A whole number from lo to hi into *out. */
static bool read_number(const char *s, int lo, int hi, int *out)
{
	char *end;
	long v;

	if (!isdigit((unsigned char)*s))
		return false;
	v = strtol(s, &end, 10);
	if (*end || v < lo || v > hi)
		return false;
	*out = (int)v;
	return true;
}

/* The value of a key, or NULL when absent or empty. */
static const char *get(const struct form_ini *ini, const char *key)
{
	const char *v = form_ini_get(ini, "form", key);

	return v && *v ? v : NULL;
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/* `name` must be one of `list` (`what` names it in the message). */
static int one_of(const struct form_ini *ini, struct form_errors *errs, const char *key,
                  const char *const *list, const char *what, bool any_case)
{
	const char *v = get(ini, key);
	int i = v ? index_of(list, v, any_case) : -1;

	if (v && i < 0) {
		char *names = form_ini_names(list);
		complain(ini, errs, key, "[form]: %s \"%s\" is not %s (%s)", key, v, what, names);
		free(names);
	}
	return i;
}

static unsigned read_actions(const struct form_ini *ini, struct form_errors *errs)
{
	const char *v = get(ini, "actions"), *s;
	unsigned actions = 0;
	size_t len;
	int i;

	if (!v)
		return FORM_ACTION_ADD | FORM_ACTION_EDIT | FORM_ACTION_DELETE;
	if (!strcmp(v, "read-only"))
		return 0;
	for (s = v; *(s += strspn(s, ", \t")); s += len) {
		char *word = xstrndup_trimmed(s, len = strcspn(s, ", \t"));
		if ((i = index_of(action_names, word, false)) >= 0) {
			actions |= 1u << i;
		} else {
			complain(ini, errs, "actions", "[form]: actions \"%s\" names \"%s\"; they are "
			         "add, edit and delete, or read-only", v, word);
		}
		free(word);
	}
	return actions;
}

static void read_widths(const struct form_ini *ini, struct form_errors *errs,
                        struct form_place *p)
{
	const char *s = get(ini, "widths");
	size_t len;

	for (; s && *(s += strspn(s, ", \t")); s += len) {
		char *word = xstrndup_trimmed(s, len = strcspn(s, ", \t"));
		p->widths = xrealloc(p->widths, (p->nwidths + 1) * sizeof *p->widths);
		if (!read_number(word, 0, WIDTH_MAX, &p->widths[p->nwidths]))
			complain(ini, errs, "widths", "[form]: widths \"%s\" is not a width from 0 (the "
			         "rest of the line) to %d", word, WIDTH_MAX);
		p->nwidths++;
		free(word);
	}
}

/* `opens = Label: form, Label: form`: the label F5 shows and the form. */
static void read_opens(const struct form_ini *ini, struct form_errors *errs,
                       struct form_place *p)
{
	const char *s = get(ini, "opens");
	size_t len;

	p->opens_line = s ? form_ini_line(ini, "form", "opens") : 0;
	for (; s && *(s += strspn(s, ", \t")); s += len) {
		char *item = xstrndup_trimmed(s, len = strcspn(s, ","));
		char *colon = strchr(item, ':');
		char *name = colon ? xstrndup_trimmed(colon + 1, strlen(colon + 1)) : NULL;

		if (colon)
			*colon = '\0';
		if (!colon || !*item || !form_ini_is_name(name + (name && *name == '@'))) {
			complain(ini, errs, "opens", "[form]: opens \"%s\" is not Label: form (such as "
			         "Exit: enrollment_exit)", get(ini, "opens"));
		} else if (p->nopens == FORM_OPENS_MAX) {
			complain(ini, errs, "opens", "[form]: opens names more than %d forms",
			         FORM_OPENS_MAX);
		} else {
			p->opens[p->nopens].label = xstrndup_trimmed(item, strlen(item));
			p->opens[p->nopens++].form = name;
			name = NULL;
		}
		free(name);
		free(item);
	}
}

/* `taken_with = entry, exit, ...`: assessment type codes (words). */
static void read_taken_with(const struct form_ini *ini, struct form_errors *errs,
                            struct form_place *p)
{
	const char *s = get(ini, "taken_with");
	size_t len;

	for (; s && *(s += strspn(s, ", \t")); s += len) {
		char *word = xstrndup_trimmed(s, len = strcspn(s, ", \t"));
		if (!form_ini_is_name(word))
			complain(ini, errs, "taken_with", "[form]: taken_with \"%s\" is not an assessment "
			         "type's code (lower-case letters, digits and _)", word);
		p->taken_with = xrealloc(p->taken_with, (p->ntaken_with + 1) * sizeof *p->taken_with);
		p->taken_with[p->ntaken_with++] = word;
	}
}

void form_place_read(const struct form_ini *ini, struct form_errors *errs, struct form *form)
{
	struct form_place *p = &form->place;
	int parent;

	p->page = dup_or_null(get(ini, "page"));
	p->group = dup_or_null(get(ini, "group"));
	p->empty = dup_or_null(get(ini, "empty"));
	p->help = dup_or_null(get(ini, "page_help"));
	p->rank = RANK_MAX;
	if (get(ini, "rank") && !read_number(get(ini, "rank"), 1, RANK_MAX, &p->rank))
		complain(ini, errs, "rank", "[form]: rank \"%s\" is not a whole number from 1 to %d",
		         get(ini, "rank"), RANK_MAX);
	if (one_of(ini, errs, "workspace", form_workspaces, "a workspace", true) >= 0)
		p->workspace = xstrdup(form_workspaces[index_of(form_workspaces,
		                                                get(ini, "workspace"), true)]);
	parent = one_of(ini, errs, "parent", parent_names, "a parent", false);
	p->parent = parent > 0 ? (enum form_parent)parent : FORM_PARENT_NONE;
	if (one_of(ini, errs, "hooks", form_hook_sets, "a hook set", false) >= 0)
		p->hooks = xstrdup(get(ini, "hooks"));
	p->actions = read_actions(ini, errs);
	read_widths(ini, errs, p);
	read_opens(ini, errs, p);
	read_taken_with(ini, errs, p);
	if (get(ini, "deleted_at") && !form_ini_is_name(get(ini, "deleted_at")))
		complain(ini, errs, "deleted_at", "[form]: deleted_at \"%s\" is not a column name",
		         get(ini, "deleted_at"));
	else if (get(ini, "deleted_at"))
		p->deleted_at = xstrdup(get(ini, "deleted_at"));
	if (get(ini, "carry") && !(p->carry_last = !strcmp(get(ini, "carry"), "last")))
		complain(ini, errs, "carry", "[form]: carry \"%s\" is not last (a new record starts "
		         "from the newest)", get(ini, "carry"));
}

void form_place_check(const struct form_ini *ini, struct form_errors *errs,
                      const struct form *form)
{
	const struct form_place *p = &form->place;
	const char *column = form_parent_column(p->parent);

	if (!p->page) {
		for (int k = 1; form_place_keys[k]; k++)
			if (strcmp(form_place_keys[k], "hooks") && get(ini, form_place_keys[k])) {
				complain(ini, errs, form_place_keys[k], "[form]: %s is for a form with a "
				         "page (page = its title)", form_place_keys[k]);
				break;
			}
		return;
	}
	if (!get(ini, "workspace"))
		complain(ini, errs, "page", "[form]: a page needs its workspace (%s)",
		         "Home, Clients, Providers, Housing, Messages or Admin");
	if (!p->group)
		complain(ini, errs, "page", "[form]: a page needs its menu group (group = ...)");
	if (!form->nlist)
		complain(ini, errs, "page", "[form]: a page needs a list (the fields its rows show)");
	if (column && form_column_field(form, column) < 0)
		complain(ini, errs, "parent", "[form]: parent = %s, but no field of the form saves "
		         "%s to its table", get(ini, "parent"), column);
	if (p->carry_last && !form->order)
		complain(ini, errs, "carry", "[form]: carry = last needs order (which record is the "
		         "newest)");
	if (p->deleted_at && !(p->actions & FORM_ACTION_DELETE))
		complain(ini, errs, "deleted_at", "[form]: deleted_at is for a page whose actions "
		         "include delete");
	if (p->nwidths > form->nlist)
		complain(ini, errs, "widths", "[form]: widths gives %zu widths for %zu list columns",
		         p->nwidths, form->nlist);
}

void form_place_free(struct form_place *p)
{
	free(p->page);
	free(p->deleted_at);
	free(p->workspace);
	free(p->group);
	free(p->empty);
	free(p->help);
	free(p->widths);
	free(p->hooks);
	for (size_t i = 0; i < p->nopens; i++) {
		free(p->opens[i].label);
		free(p->opens[i].form);
	}
	for (size_t i = 0; i < p->ntaken_with; i++)
		free(p->taken_with[i]);
	free(p->taken_with);
	memset(p, 0, sizeof *p);
}

bool form_place_check_opens(const struct form *form, const struct form *const *forms,
                            size_t n, struct form_errors *errs)
{
	const struct form_place *p = &form->place;
	bool ok = true;

	for (size_t i = 0; i < p->nopens; i++) {
		const struct form *to = NULL;

		if (p->opens[i].form[0] == '@')
			continue;            /* one of hearth's pages, which the screens know */
		for (size_t k = 0; k < n && !to; k++)
			if (!strcmp(forms[k]->name, p->opens[i].form))
				to = forms[k];
		if (!to || strcmp(to->table, form->table)) {
			form_errors_add(errs, form->path, p->opens_line, "[form]: opens names %s, %s",
			                p->opens[i].form, to ? "which saves to another table"
			                : "which is no form (or has mistakes)");
			ok = false;
		}
	}
	return ok;
}
