/* field.h: one field's value, from what a person typed to what is stored,
 * and back to what is shown. Pure functions: no terminal, no database.
 *
 * Offers:
 *   struct field_list, struct field_context: what parsing needs besides
 *     the text (today's date, the user, the choice lists loaded);
 *   field_parse: typed text -> stored value, or a sentence saying what is
 *     wrong, starting with the field's label;
 *   field_display: stored value (also as PostgreSQL returns it) -> text;
 *   field_default: the stored value a new form starts with;
 *   field_list_find, field_length, field_money_cents.
 *
 * Stored values are text, ready to be a query parameter:
 *   text, memo  trimmed, at most max characters     "José Núñez"
 *   date        YYYY-MM-DD                          "2026-11-23"
 *   time        HH:MM, 24-hour                      "21:30"
 *   integer     digits, optional -                  "-12"
 *   money       dollars and two decimals            "1234.50"
 *   ssn         9 characters, digits or x           "xxxxx6789"
 *   phone       AAA-EEE-NNNN, optional " xEXT"      "555-234-5678 x12"
 *   yesno       yes or no
 *   choice      a code of the list; radio: a code of its options
 *   lookup      the record's id (digits)
 * An empty (or blank) input is no value: field_parse succeeds with NULL
 * (SQL null); whether that is allowed is validate_form's business.
 */
#ifndef HEARTH_FIELD_H
#define HEARTH_FIELD_H

#include <stdbool.h>
#include <stddef.h>

#include "../util/date.h"
#include "form.h"

/* A choice list of hearth.lookup, as the screen loaded it (list = name). */
struct field_list {
	const char *name;                  /* "hud_sex" */
	const struct form_option *options; /* code and label, in order */
	size_t n;
};

/* ctx may be NULL where a function takes one: today is then the clock's,
 * and no user, organization or list is known. */
struct field_context {
	struct hdate today;                /* for t, +30 and default = today */
	const char *user;                  /* the current user's id (default = user) */
	const char *organization;          /* the active organization's id */
	const struct field_list *lists;    /* the lists the choice fields name */
	size_t nlists;
};

/* Turn `input` into the stored value. On success returns true, sets *value
 * to a new string (NULL for an empty input) and *problem to NULL. Otherwise
 * returns false, sets *value to NULL and *problem to a new sentence for a
 * person: "Birth date: 2/30/2026 is not a date; type it as 11/23/2026,
 * 2026-11-23, t for today or +30." The caller frees both. Choice and radio
 * fields take a code or a label (any case). */
bool field_parse(const struct form_field *f, const char *input, const struct field_context *ctx,
                 char **value, char **problem);

/* A stored value the way people read it, as a new string (the caller frees
 * it; "" for NULL): dates YYYY-MM-DD, times HH:MM, SSN 123-45-6789, money
 * 1,234.50, yes or no (also from PostgreSQL's t and f), the label of a
 * choice or radio code (the code when the list is unknown; ctx may be
 * NULL). A lookup shows its id: the screen shows the record's name. What
 * field_display returns, field_parse takes back to the same value. */
char *field_display(const struct form_field *f, const char *value, const struct field_context *ctx);

/* The stored value the field starts with in a new form, as a new string,
 * or NULL: the default of the form file, with "today" (and t, +30, ...)
 * for dates resolved against ctx->today, and "user" and "organization"
 * for lookups from ctx. */
char *field_default(const struct form_field *f, const struct field_context *ctx);

/* The most characters a person may type into the field: a text's or memo's
 * max, else room enough for any value of its type. */
int field_input_max(const struct form_field *f);

/* The options of a choice field (its list in ctx; NULL when not loaded), a
 * radio field (its own) or a yes/no field (yes and no); NULL for others. */
const struct form_option *field_options(const struct form_field *f,
                                        const struct field_context *ctx, size_t *n);
/* Whether an option field may be left "(not chosen)": it is not required,
 * or it has no default (it starts so, and must be chosen). */
bool field_may_be_unchosen(const struct form_field *f);
/* The option a person means by typing `typed` into an option field: the
 * first, from index `from` on (going round), whose label starts with it (any
 * case), else the one whose code it is; -1 when none. */
int field_option_pick(const struct form_option *o, size_t n, size_t from, const char *typed);

/* The list called `name` in ctx, or NULL. */
const struct field_list *field_list_find(const struct field_context *ctx, const char *name);
/* The number of characters (code points) of UTF-8 text into *n; false when
 * the text is not valid UTF-8. */
bool field_length(const char *s, size_t *n);
/* An amount as people type it ("1,234.50", "$12", "-3.5") in cents; false
 * when it is not one. */
bool field_money_cents(const char *text, long long *cents);

#endif
