/* form.h: data-entry forms, read from INI files in forms/ (the format is
 * documented in hearth-forms(5)).
 *
 * Offers:
 *   struct form, struct form_field, struct form_option, enum field_type,
 *   enum field_lookup;
 *   form_load / form_free: one form file, every mistake reported as
 *     "file:line: what is wrong";
 *   form_set_load / form_set_find / form_set_free: every .ini file of a
 *     directory, the good ones kept, the mistakes of the bad ones listed;
 *   form_field_find, form_step_count, field_type_name, field_lookup_name.
 *
 * A struct form owns everything it points to; form_free frees it all.
 */
#ifndef HEARTH_FORM_H
#define HEARTH_FORM_H

#include <stdbool.h>
#include <stddef.h>

#include "form_errors.h"
#include "form_place.h"

enum field_type {
	FIELD_TEXT,        /* one line of text */
	FIELD_MEMO,        /* several lines */
	FIELD_DATE,        /* stored YYYY-MM-DD */
	FIELD_TIME,        /* stored HH:MM, 24-hour */
	FIELD_INTEGER,     /* stored as decimal digits, optional - */
	FIELD_MONEY,       /* stored 1234.50 */
	FIELD_SSN,         /* stored as 9 characters, digits or x */
	FIELD_PHONE,       /* stored 555-234-5678 or 555-234-5678 x12 */
	FIELD_YESNO,       /* stored yes or no */
	FIELD_CHOICE,      /* a code of a hearth.lookup list */
	FIELD_RADIO,       /* a code of the field's own options */
	FIELD_LOOKUP,      /* the id of a client, user, provider, organization, MOU or family */
};
#define FIELD_TYPES 12

/* A text field's format (format = in its section). */
enum field_format {
	FORMAT_NONE,
	FORMAT_EMAIL,      /* name@example.org */
	FORMAT_ZIP,        /* 97202 or 97202-1234 */
	FORMAT_STATE,      /* a US state's two-letter code, typed as the code or the name */
};

enum field_lookup {
	FIELD_LOOKUP_NONE,
	FIELD_LOOKUP_CLIENT,
	FIELD_LOOKUP_USER,
	FIELD_LOOKUP_PROVIDER,
	FIELD_LOOKUP_ORGANIZATION,
	FIELD_LOOKUP_MOU,
	FIELD_LOOKUP_FAMILY,
	FIELD_LOOKUP_PROGRAM,        /* the active organization's programs operating now */
	FIELD_LOOKUP_GRANT,          /* the active organization's grants open now */
	FIELD_LOOKUP_CASE,           /* an open enrollment that heads a case */
	FIELD_LOOKUP_ENROLLMENT,     /* an enrollment of the form's client */
	FIELD_LOOKUP_EMPLOYER,       /* the employer directory's */
	FIELD_LOOKUP_ASSESSMENT,     /* a master assessment of the form's client */
	FIELD_LOOKUP_KINDS
};

/* A choice: the code that is stored and the label that is shown. */
struct formula;

struct form_option {
	char *code;
	char *label;
};

/* One column of the record a lookup field's Insert makes (its add_with):
 * the value of a field of the form, or a constant. */
struct form_add_value {
	char *column;
	int field;                  /* the form's field giving the value, or -1 */
	char *constant;             /* else this value */
};

struct form_field {
	char *name;                 /* from [field NAME], lower case */
	char *column;               /* the table's column; default: name */
	char *table;                /* another table it saves to (a row linked to
	                               the new record, see form->link), or NULL */
	char *label;
	char *help;                 /* NULL when none */
	char *unlock;               /* the value that lifts the record's read-only
	                               mark (its `unlock`), or NULL */
	bool fresh;                 /* not carried into a new record from the last
	                               (a form's carry = last): asked anew */
	bool list_only;             /* shown only in the list (from the form's view):
	                               on no step, not read for editing, not saved */
	bool add;                   /* lookup: Insert stands for a new record of its
	                               kind, made when the form is saved */
	char *add_sets;             /* with add: "field:value" set then, or NULL */
	struct form_add_value *add_with; /* with add: the new record's columns */
	size_t nadd_with;
	enum field_type type;
	int step;                   /* 1..form_step_count() */
	bool required;
	bool has_min, has_max;
	/* text, memo: max is the most characters (not bytes);
	 * integer: the smallest and largest value;
	 * money: the smallest and largest amount in cents. */
	long long min, max;
	char *def;                  /* default as written, or NULL; see field_default() */
	char *choices;              /* choice: the hearth.lookup list name; else NULL */
	struct form_option *options; /* radio: its options, in order */
	size_t noptions;
	enum field_lookup lookup;   /* lookup: what it picks */
	enum field_format format;   /* text: what its value must look like */
	char *not_before;           /* date, time, integer, money: the field whose
	                               value this one may not be less than, or NULL */
	char *when_given;           /* choice, radio: the field that, when given,
	                               needs one of given_codes here (and one of
	                               them here needs it given), or NULL */
	char **given_codes;
	size_t ngiven_codes;
	struct formula *formula;    /* a computed field's formula (formula =), or NULL */
	int *uses;                  /* with formula: the field of each of its names
	                               (formula_name), -1 for one that is no field */
	int line;                   /* the line of its [field NAME] header */
};

struct form {
	char *name;                 /* the file name without .ini: "client_add" */
	char *path;                 /* as given to form_load */
	char *title;
	char *help;                 /* NULL when none */
	char *table;                /* the table in schema hearth it saves to */
	char *link;                 /* the column by which rows of the fields' other
	                               tables refer to the new record, or NULL */
	char **steps;               /* step titles; nsteps is 0 for a form without steps */
	size_t nsteps;
	struct form_field *fields;  /* in file order */
	size_t nfields;
	char **list;                /* the fields a list of the records shows */
	size_t nlist;
	char *order;                /* the field the list is sorted by, or NULL */
	bool order_desc;
	char **one_of;              /* fields of which at least one must be given */
	size_t none_of;
	char *view;                 /* the view of schema hearth its list reads
	                               instead of the table (rows of the client's
	                               intake among them have no id), or NULL */
	bool marks;                 /* lists show each record's author, organization,
	                               and whether the user may change it */
	struct form_place place;    /* its own list page, if it has one */
};

/* Load one form file. Returns NULL when the file has any mistake, after
 * adding every mistake found to `errs` (which may be NULL). The caller
 * frees the form with form_free. */
struct form *form_load(const char *path, struct form_errors *errs);
void form_free(struct form *form);

/* How many steps the form has: nsteps, or 1 for a form without steps. */
int form_step_count(const struct form *form);
/* The index of the field called `name`, or -1. */
int form_field_find(const struct form *form, const char *name);

/* The field saving `column` of the form's own table, or -1. */
int form_column_field(const struct form *form, const char *column);
/* Whether field i saves to the form's own table. */
bool form_field_own(const struct form *form, size_t i);
/* The first field (in file order) saving to the same table as field i: the
 * one that decides whether a row of another table is made at all. */
size_t form_table_lead(const struct form *form, size_t i);

/* "text", "memo", ... and "client", "user", ... */
const char *field_type_name(enum field_type type);
const char *field_lookup_name(enum field_lookup lookup);
/* form_add.c: the table of the records a lookup kind names that a form's
 * add_with may make ("assessment"), or NULL. */
const char *field_lookup_table(enum field_lookup lookup);
/* Frees a field's add_with. */
void form_add_free(struct form_field *f);

/* Every form of a directory. */
struct form_set {
	struct form **forms;        /* the files without mistakes, sorted by name */
	size_t n;
	struct form_errors errors;  /* the mistakes of all the others */
};

/* Load every .ini file of `dir`. Never NULL; free it with form_set_free. */
struct form_set *form_set_load(const char *dir);
/* The form of that name ("client_add"), or NULL; it belongs to the set. */
const struct form *form_set_find(const struct form_set *set, const char *name);
void form_set_free(struct form_set *set);

#endif
