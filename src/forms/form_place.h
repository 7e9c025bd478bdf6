/* form_place.h: a form's own list page, declared in its [form] section:
 * the page's title (its menu label too), where it sits in the menu
 * (workspace, group, rank), the record it hangs from, what an empty list
 * says, its help, the actions it offers, its columns' widths and the hook
 * set that gives it behaviour of its own (hearth-forms(5)). Internal to
 * src/forms but for the struct and the names, which the screens read.
 *
 * Offers: struct form_place, enum form_parent, the FORM_ACTION_* bits,
 * form_workspaces, form_hook_sets, form_parent_column, form_place_keys,
 * form_place_read, form_place_check, form_place_free.
 */
#ifndef HEARTH_FORM_PLACE_H
#define HEARTH_FORM_PLACE_H

#include <stdbool.h>
#include <stddef.h>

#include "form_errors.h"

struct form;
struct form_ini;

/* The record a page's list hangs from: its rows are those whose key column
 * (client_id, family_id) is the current one's id. */
enum form_parent {
	FORM_PARENT_NONE,
	FORM_PARENT_CLIENT,          /* the entity bar's client */
	FORM_PARENT_FAMILY,          /* the entity bar's family */
};

#define FORM_ACTION_ADD 1u
#define FORM_ACTION_EDIT 2u
#define FORM_ACTION_DELETE 4u

/* Another form the page opens on the selected record (`opens`): an action
 * of F5's menu, labelled, editing the same row of the same table with that
 * form (Exit on an enrollment); or, named "@page", one of hearth's pages,
 * given the selected record (View Related Assessments). */
#define FORM_OPENS_MAX 4
struct form_opening {
	char *label;
	char *form;
};

struct form_place {
	char *page;                  /* the page's title and menu label; NULL: no page */
	char *workspace;             /* one of form_workspaces */
	char *group;                 /* the menu group in it */
	int rank;                    /* its place among the group's entries (and the
	                                group's among the workspace's: its lowest) */
	enum form_parent parent;
	char *empty;                 /* what an empty list says */
	char *help;                  /* the page's help */
	unsigned actions;            /* FORM_ACTION_* */
	int *widths;                 /* the list's columns' widths (0: the rest) */
	size_t nwidths;
	char *hooks;                 /* one of form_hook_sets, or NULL */
	bool carry_last;             /* `carry = last`: Insert starts from the parent's
	                                newest record (by `order`), but for the fields
	                                with a default or `fresh` */
	char **taken_with;           /* `taken_with`: the master assessment types this
	                                kind is taken with (none: any) */
	size_t ntaken_with;
	char *deleted_at;            /* `deleted_at`: Delete sets this timestamp column
	                                to now, keeping the row (the form's view
	                                leaves such rows out); NULL: Delete deletes */
	struct form_opening opens[FORM_OPENS_MAX];
	size_t nopens;
	int opens_line;              /* where `opens` is, for the set's check */
};

/* The workspaces a page may sit in, in the order of the tabs; NULL ends. */
extern const char *const form_workspaces[];
/* The hook sets the screens implement (src/ui/form_hooks.c); NULL ends. */
extern const char *const form_hook_sets[];
/* The keys of [form] this file reads; NULL ends. */
extern const char *const form_place_keys[];

/* The key column of a parent ("client_id", "family_id"), or NULL. */
const char *form_parent_column(enum form_parent parent);

/* Read the keys from the [form] section of `ini` into form->place. */
void form_place_read(const struct form_ini *ini, struct form_errors *errs, struct form *form);
/* Once the fields are read: the parent's key column and the widths fit. */
void form_place_check(const struct form_ini *ini, struct form_errors *errs,
                      const struct form *form);
void form_place_free(struct form_place *place);
/* Once every form is loaded: each form `opens` names exists and saves to the
 * same table. False, with a mistake in `errs`, when one does not. */
bool form_place_check_opens(const struct form *form, const struct form *const *forms,
                            size_t n, struct form_errors *errs);

#endif
