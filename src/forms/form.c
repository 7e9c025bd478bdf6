/* form.c: reading a form file into a struct form, its [form] and
 * [field NAME] sections, with every mistake reported as "file:line: what is
 * wrong", and freeing it. The checks that need the whole file are in
 * form_checks.c, questions about a loaded form in form_query.c, a directory
 * of forms in form_set.c. */
#include "form.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"
#include "field.h"
#include "form_ini.h"
#include "form_reader.h"
#include "formula.h"

static const char *const own_form_keys[] = { "title", "table", "link", "steps", "help", "list",
                                              "order", "one_of", "marks", "view", NULL };
static const char *const field_keys[] = {
	"step", "label", "column", "table", "type", "max", "min", "required", "default",
	"choices", "options", "lookup", "help", "format", "not_before", "when_given",
	"unlock", "add", "add_sets", "add_with", "list_only", "fresh", "formula", NULL
};
static const char *const format_names[] = { "", "email", "zip", "state" };
static const char *const type_names[FIELD_TYPES] = {
	"text", "memo", "date", "time", "integer", "money", "ssn", "phone", "yesno",
	"choice", "radio", "lookup",
};
static const char *const lookup_names[FIELD_LOOKUP_KINDS] = {
	"", "client", "user", "provider", "organization", "mou", "family", "program", "grant",
	"case", "enrollment", "employer", "assessment",
};
#define LOOKUP_KINDS "client, user, provider, organization, mou, family, program, grant, " \
                     "case, enrollment, employer, assessment"

const char *field_type_name(enum field_type type)
{
	return type_names[type];
}

const char *field_lookup_name(enum field_lookup lookup)
{
	return lookup_names[lookup];
}

/* ---- small readers of values ----------------------------------------- */

/* The value, or NULL when absent or empty. */
static const char *get(const struct reader *r, const char *section, const char *key)
{
	const char *v = form_ini_get(r->ini, section, key);

	return v && *v ? v : NULL;
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/* Splits "a, b, c" on commas into trimmed new strings; returns how many. */
static size_t split_list(const char *s, char ***items)
{
	size_t n = 0;
	const char *comma;

	*items = NULL;
	for (;;) {
		comma = strchr(s, ',');
		*items = xrealloc(*items, (n + 1) * sizeof **items);
		(*items)[n++] = xstrndup_trimmed(s, comma ? (size_t)(comma - s) : strlen(s));
		if (!comma)
			return n;
		s = comma + 1;
	}
}

/* Splits "a b, c" on commas and blanks into new strings; returns how many. */
static size_t split_names(const char *s, char ***items)
{
	size_t n = 0, len;

	*items = NULL;
	for (;;) {
		s += strspn(s, ", \t");
		if (!*s)
			return n;
		len = strcspn(s, ", \t");
		*items = xrealloc(*items, (n + 1) * sizeof **items);
		(*items)[n++] = xstrndup_trimmed(s, len);
		s += len;
	}
}

static void free_list(char **items, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(items[i]);
	free(items);
}

static bool read_whole_number(const char *s, long long *out)
{
	char *end;

	if (!*s || isspace((unsigned char)*s))
		return false;
	*out = strtoll(s, &end, 10);
	return !*end && *out > -1000000000000000LL && *out < 1000000000000000LL;
}

/* ---- [form] ---------------------------------------------------------- */

static void read_steps(struct reader *r, const char *steps)
{
	struct form *form = r->form;

	form->nsteps = split_list(steps, &form->steps);
	for (size_t i = 0; i < form->nsteps; i++)
		if (!form->steps[i][0]) {
			complain(r, "form", "steps", "[form]: steps has an empty step title "
			         "(titles are separated by commas)");
			break;
		}
}

/* The keys of [form]: its own, then its page's (form_place.c). */
static const char *const *form_keys(void)
{
	static const char *keys[sizeof own_form_keys / sizeof *own_form_keys + 16];
	size_t n = 0;

	if (keys[0])
		return keys;
	for (size_t i = 0; own_form_keys[i]; i++)
		keys[n++] = own_form_keys[i];
	for (size_t i = 0; form_place_keys[i] && n + 1 < sizeof keys / sizeof *keys; i++)
		keys[n++] = form_place_keys[i];
	return keys;
}

static void read_form_section(struct reader *r, size_t i, int line)
{
	struct form *form = r->form;
	const char *table = get(r, "form", "table"), *steps = get(r, "form", "steps");

	r->form_line = line;
	form_ini_check_keys(r->ini, i, form_keys(), "[form]", r->errs);
	form_place_read(r->ini, r->errs, form);
	form->title = dup_or_null(get(r, "form", "title"));
	form->help = dup_or_null(get(r, "form", "help"));
	form->table = dup_or_null(table);
	form->link = dup_or_null(get(r, "form", "link"));
	if (form->link && !form_ini_is_name(form->link))
		complain(r, "form", "link", "[form]: link \"%s\" is not a column name "
		         "(lower-case letters, digits and _)", form->link);
	if (!form->title)
		complain(r, "form", NULL, "[form] has no title");
	if (!table)
		complain(r, "form", NULL, "[form] has no table (the table it saves to)");
	else if (!form_ini_is_name(table))
		complain(r, "form", "table", "[form]: table \"%s\" is not a table name "
		         "(lower-case letters, digits and _)", table);
	if (steps)
		read_steps(r, steps);
	if (get(r, "form", "list"))
		form->nlist = split_list(get(r, "form", "list"), &form->list);
	form->order = dup_or_null(get(r, "form", "order"));
	if (get(r, "form", "one_of"))
		form->none_of = split_names(get(r, "form", "one_of"), &form->one_of);
	form->view = dup_or_null(get(r, "form", "view"));
	if (form->view && !form_ini_is_name(form->view))
		complain(r, "form", "view", "[form]: view \"%s\" is not a view name "
		         "(lower-case letters, digits and _)", form->view);
	if (get(r, "form", "marks") && !form_ini_yes_no(get(r, "form", "marks"), &form->marks))
		complain(r, "form", "marks", "[form]: marks \"%s\" is not yes or no",
		         get(r, "form", "marks"));
}

/* ---- [field NAME] ---------------------------------------------------- */

/* What reading one field needs besides the reader. */
struct field_reader {
	struct reader *r;
	const char *section;            /* "field ssn" */
	char *who;                      /* `field "ssn"`, to start messages */
	struct form_field *f;
};

static const char *field_get(const struct field_reader *fr, const char *key)
{
	return get(fr->r, fr->section, key);
}

static void read_basics(struct field_reader *fr)
{
	struct form_field *f = fr->f;
	const char *required = field_get(fr, "required"), *step = field_get(fr, "step");
	long long n = 1;

	f->label = dup_or_null(field_get(fr, "label"));
	f->help = dup_or_null(field_get(fr, "help"));
	f->unlock = dup_or_null(field_get(fr, "unlock"));
	if (field_get(fr, "add") && !form_ini_yes_no(field_get(fr, "add"), &f->add))
		complain(fr->r, fr->section, "add", "%s: add \"%s\" is not yes or no", fr->who,
		         field_get(fr, "add"));
	f->add_sets = dup_or_null(field_get(fr, "add_sets"));
	if (f->add_sets && !strchr(f->add_sets, ':'))
		complain(fr->r, fr->section, "add_sets", "%s: add_sets \"%s\" is not FIELD:VALUE",
		         fr->who, f->add_sets);
	f->column = xstrdup(field_get(fr, "column") ? field_get(fr, "column") : f->name);
	f->table = dup_or_null(field_get(fr, "table"));
	if (f->table && !form_ini_is_name(f->table))
		complain(fr->r, fr->section, "table", "%s: table \"%s\" is not a table name "
		         "(lower-case letters, digits and _)", fr->who, f->table);
	if (!f->label)
		complain(fr->r, fr->section, NULL, "%s has no label", fr->who);
	if (field_get(fr, "column") && !form_ini_is_name(f->column))
		complain(fr->r, fr->section, "column", "%s: column \"%s\" is not a column name "
		         "(lower-case letters, digits and _)", fr->who, f->column);
	if (required && !form_ini_yes_no(required, &f->required))
		complain(fr->r, fr->section, "required", "%s: required \"%s\" is not yes or no",
		         fr->who, required);
	if (step && (!read_whole_number(step, &n) || n < 1 || n > 100))
		complain(fr->r, fr->section, "step", "%s: step \"%s\" is not a step number "
		         "(1, 2, ...)", fr->who, step);
	f->step = step && n >= 1 && n <= 100 ? (int)n : 1;
}

static bool find_type(const char *name, enum field_type *type)
{
	for (int t = 0; t < FIELD_TYPES; t++)
		if (!strcmp(name, type_names[t])) {
			*type = (enum field_type)t;
			return true;
		}
	return false;
}

/* Complains when `key` is given to a field whose type it does not fit. */
static void only_for(const struct field_reader *fr, const char *key, bool fits, const char *types)
{
	if (!fits && field_get(fr, key))
		complain(fr->r, fr->section, key, "%s: %s is only for %s fields, not %s",
		         fr->who, key, types, type_names[fr->f->type]);
}

static void read_type(struct field_reader *fr)
{
	const char *type = field_get(fr, "type");

	if (type && !find_type(type, &fr->f->type))
		complain(fr->r, fr->section, "type", "%s: unknown type \"%s\" (text, memo, date, "
		         "time, integer, money, ssn, phone, yesno, choice, radio, lookup)", fr->who, type);
}

static void add_option(struct field_reader *fr, const char *item)
{
	struct form_field *f = fr->f;
	const char *colon = strchr(item, ':');
	char *code, *label;

	code = xstrndup_trimmed(item, colon ? (size_t)(colon - item) : 0);
	label = xstrndup_trimmed(colon ? colon + 1 : "", colon ? strlen(colon + 1) : 0);
	if (!*code || !*label) {
		complain(fr->r, fr->section, "options", "%s: option \"%s\" is not code:label",
		         fr->who, item);
		free(code);
		free(label);
		return;
	}
	for (size_t i = 0; i < f->noptions; i++)
		if (!strcmp(f->options[i].code, code)) {
			complain(fr->r, fr->section, "options", "%s: option code \"%s\" is given twice",
			         fr->who, code);
			free(code);
			free(label);
			return;
		}
	f->options = xrealloc(f->options, (f->noptions + 1) * sizeof *f->options);
	f->options[f->noptions++] = (struct form_option){ code, label };
}

static void read_choices(struct field_reader *fr)
{
	struct form_field *f = fr->f;
	const char *choices = field_get(fr, "choices"), *options = field_get(fr, "options");
	char **items;
	size_t n;

	only_for(fr, "choices", f->type == FIELD_CHOICE, "choice");
	only_for(fr, "options", f->type == FIELD_RADIO, "radio");
	if (f->type == FIELD_CHOICE && !choices)
		complain(fr->r, fr->section, NULL, "%s: a choice field needs choices = "
		         "(the name of a list of the lookup table)", fr->who);
	else if (f->type == FIELD_CHOICE && !form_ini_is_name(choices))
		complain(fr->r, fr->section, "choices", "%s: choices \"%s\" is not a list name "
		         "(lower-case letters, digits and _)", fr->who, choices);
	else if (f->type == FIELD_CHOICE)
		f->choices = xstrdup(choices);
	if (f->type == FIELD_RADIO && !options)
		complain(fr->r, fr->section, NULL, "%s: a radio field needs options = "
		         "code:label, code:label, ...", fr->who);
	if (f->type != FIELD_RADIO || !options)
		return;
	n = split_list(options, &items);
	for (size_t i = 0; i < n; i++)
		add_option(fr, items[i]);
	free_list(items, n);
}

static void read_lookup(struct field_reader *fr)
{
	const char *lookup = field_get(fr, "lookup");

	only_for(fr, "lookup", fr->f->type == FIELD_LOOKUP, "lookup");
	only_for(fr, "add", fr->f->type == FIELD_LOOKUP, "lookup");
	only_for(fr, "add_sets", fr->f->type == FIELD_LOOKUP, "lookup");
	if (fr->f->type != FIELD_LOOKUP)
		return;
	for (int k = FIELD_LOOKUP_CLIENT; lookup && k < FIELD_LOOKUP_KINDS; k++)
		if (!strcmp(lookup, lookup_names[k]))
			fr->f->lookup = (enum field_lookup)k;
	if (!lookup)
		complain(fr->r, fr->section, NULL, "%s: a lookup field needs lookup = one of "
		         LOOKUP_KINDS, fr->who);
	else if (!fr->f->lookup)
		complain(fr->r, fr->section, "lookup", "%s: unknown lookup \"%s\" "
		         "(" LOOKUP_KINDS ")", fr->who, lookup);
}

/* Reads max or min into *out; false (after complaining) when given wrong. */
static bool read_limit(struct field_reader *fr, const char *key, long long *out)
{
	const char *v = field_get(fr, key);
	bool money = fr->f->type == FIELD_MONEY;

	if (!v)
		return false;
	if (money ? field_money_cents(v, out) : read_whole_number(v, out))
		return true;
	complain(fr->r, fr->section, key, "%s: %s \"%s\" is not %s", fr->who, key, v,
	         money ? "an amount of money" : "a whole number");
	return false;
}

static void read_limits(struct field_reader *fr)
{
	struct form_field *f = fr->f;
	bool text = f->type == FIELD_TEXT || f->type == FIELD_MEMO;
	bool number = f->type == FIELD_INTEGER || f->type == FIELD_MONEY;

	only_for(fr, "max", text || number, "text, memo, integer and money");
	only_for(fr, "min", number, "integer and money");
	if (text || number)
		f->has_max = read_limit(fr, "max", &f->max);
	if (number)
		f->has_min = read_limit(fr, "min", &f->min);
	if (text && f->has_max && f->max < 1)
		complain(fr->r, fr->section, "max", "%s: max must be 1 or more "
		         "(the most characters)", fr->who);
	if (f->has_min && f->has_max && f->min > f->max)
		complain(fr->r, fr->section, "min", "%s: min %s is more than max %s", fr->who,
		         field_get(fr, "min"), field_get(fr, "max"));
}

static void read_format(struct field_reader *fr)
{
	const char *format = field_get(fr, "format");

	only_for(fr, "format", fr->f->type == FIELD_TEXT, "text");
	if (!format || fr->f->type != FIELD_TEXT)
		return;
	for (int k = FORMAT_EMAIL; k <= FORMAT_STATE; k++)
		if (!strcmp(format, format_names[k]))
			fr->f->format = (enum field_format)k;
	if (!fr->f->format)
		complain(fr->r, fr->section, "format", "%s: unknown format \"%s\" (email, zip, state)",
		         fr->who, format);
}

/* not_before = FIELD and when_given = FIELD: CODE, CODE; the fields they
 * name are checked once the whole file is read (form_check_relations). */
static void read_relations(struct field_reader *fr)
{
	struct form_field *f = fr->f;
	const char *before = field_get(fr, "not_before"), *given = field_get(fr, "when_given");
	const char *colon = given ? strchr(given, ':') : NULL;

	only_for(fr, "not_before", f->type == FIELD_DATE || f->type == FIELD_TIME
	         || f->type == FIELD_INTEGER || f->type == FIELD_MONEY, "date, time, integer and money");
	only_for(fr, "when_given", f->type == FIELD_CHOICE || f->type == FIELD_RADIO,
	         "choice and radio");
	if (before && (f->type == FIELD_DATE || f->type == FIELD_TIME || f->type == FIELD_INTEGER
	               || f->type == FIELD_MONEY))
		f->not_before = xstrdup(before);
	if (!given || (f->type != FIELD_CHOICE && f->type != FIELD_RADIO))
		return;
	if (colon)
		f->ngiven_codes = split_names(colon + 1, &f->given_codes);
	if (!colon || !f->ngiven_codes) {
		complain(fr->r, fr->section, "when_given", "%s: when_given is a field, a colon and "
		         "the codes it needs here (birth_date: 1, 2)", fr->who);
		return;
	}
	f->when_given = xstrndup_trimmed(given, (size_t)(colon - given));
}

static bool is_record_id(const char *s)
{
	return *s && *s != '0' && strspn(s, "0123456789") == strlen(s);
}

static void check_lookup_default(struct field_reader *fr)
{
	const struct form_field *f = fr->f;
	bool user = !strcmp(f->def, "user"), org = !strcmp(f->def, "organization");

	if ((user && f->lookup != FIELD_LOOKUP_USER) || (org && f->lookup != FIELD_LOOKUP_ORGANIZATION))
		complain(fr->r, fr->section, "default", "%s: default %s needs lookup = %s",
		         fr->who, f->def, f->def);
	else if (!user && !org && !is_record_id(f->def))
		complain(fr->r, fr->section, "default", "%s: default \"%s\" is not user, "
		         "organization or a record number", fr->who, f->def);
}

/* A default must be a value the field takes (a choice's is checked against
 * its list when the form is used). */
static void check_default(struct field_reader *fr)
{
	struct form_field *f = fr->f;
	struct field_context ctx = { .today = { 2026, 11, 23 } };
	char *value, *problem;

	if (!f->def || f->type == FIELD_CHOICE)
		return;
	if (f->type == FIELD_LOOKUP) {
		if (f->lookup)
			check_lookup_default(fr);
		return;
	}
	if (!field_parse(f, f->def, &ctx, &value, &problem))
		complain(fr->r, fr->section, "default", "%s: default \"%s\" does not fit the field "
		         "(%s)", fr->who, f->def, problem);
	free(value);
	free(problem);
}

static void read_field(struct reader *r, size_t i, const char *section)
{
	struct form *form = r->form;
	const char *name = section + strlen("field");
	struct field_reader fr = { r, section, NULL, NULL };
	size_t errors_before = r->errs->n;

	while (isspace((unsigned char)*name))
		name++;
	if (!*name) {
		complain(r, section, NULL, "[%s] needs a name: [field NAME]", section);
		return;
	}
	fr.who = xasprintf("field \"%s\"", name);
	if (!form_ini_is_name(name))
		complain(r, section, NULL, "%s: a field name is lower-case letters, digits and _",
		         fr.who);
	form_ini_check_keys(r->ini, i, field_keys, fr.who, r->errs);
	form->fields = xrealloc(form->fields, (form->nfields + 1) * sizeof *form->fields);
	fr.f = &form->fields[form->nfields++];
	*fr.f = (struct form_field){ .name = xstrdup(name), .line = form_ini_line(r->ini, section, NULL) };
	fr.f->def = dup_or_null(field_get(&fr, "default"));
	read_basics(&fr);
	read_type(&fr);
	read_choices(&fr);
	read_lookup(&fr);
	read_limits(&fr);
	read_format(&fr);
	read_relations(&fr);
	if (r->errs->n == errors_before)      /* a default only checked on a sound field */
		check_default(&fr);
	free(fr.who);
}

/* ---- the whole file -------------------------------------------------- */

static void read_section(struct reader *r, size_t i)
{
	int line, earlier;
	const char *name = form_ini_section(r->ini, i, &line, &earlier);
	bool field = !strncmp(name, "field", 5) && (!name[5] || isspace((unsigned char)name[5]));

	if (earlier && (field || !strcmp(name, "form")))
		form_errors_add(r->errs, r->path, line, "[%s] is written twice (first on line %d)",
		                name, earlier);
	else if (!strcmp(name, "form"))
		read_form_section(r, i, line);
	else if (field)
		read_field(r, i, name);
	else
		form_errors_add(r->errs, r->path, line, "unknown section [%s]; a form has [form] "
		                "and [field NAME] sections", name);
}

static void read_form(struct reader *r)
{
	for (size_t i = 0; i < form_ini_nsections(r->ini); i++)
		read_section(r, i);
	if (!r->form_line)
		form_errors_add(r->errs, r->path, 0, "no [form] section (title, table, ...)");
	else if (!r->form->nfields)
		complain(r, "form", NULL, "the form has no fields ([field NAME] sections)");
	form_read_list_keys(r);
	form_check_steps(r);
	form_check_columns(r);
	form_check_links(r);
	form_check_list(r);
	form_check_relations(r);
	form_check_formulas(r);
	form_read_add_with(r);
	if (r->form_line)
		form_place_check(r->ini, r->errs, r->form);
}

struct form *form_load(const char *path, struct form_errors *errs)
{
	struct form_errors mine = { 0 };
	struct form_ini *ini = form_ini_load(path, &mine);
	struct form *form = NULL;

	if (ini) {
		form = xcalloc(1, sizeof *form);
		form->path = xstrdup(path);
		form->name = form_ini_name(path);
		read_form(&(struct reader){ ini, path, &mine, form, 0 });
		form_ini_free(ini);
	}
	if (mine.n) {
		form_free(form);
		form = NULL;
	}
	form_errors_sort(&mine);
	form_errors_move(errs, &mine);
	return form;
}

static void free_field(struct form_field *f)
{
	free(f->name);
	free(f->column);
	free(f->table);
	free(f->label);
	free(f->help);
	free(f->unlock);
	free(f->add_sets);
	form_add_free(f);
	free(f->def);
	free(f->choices);
	free(f->not_before);
	free(f->when_given);
	formula_free(f->formula);
	free(f->uses);
	free_list(f->given_codes, f->ngiven_codes);
	for (size_t i = 0; i < f->noptions; i++) {
		free(f->options[i].code);
		free(f->options[i].label);
	}
	free(f->options);
}

void form_free(struct form *form)
{
	if (!form)
		return;
	for (size_t i = 0; i < form->nfields; i++)
		free_field(&form->fields[i]);
	free(form->fields);
	free_list(form->steps, form->nsteps);
	free(form->name);
	free(form->path);
	free(form->title);
	free(form->help);
	free_list(form->list, form->nlist);
	free_list(form->one_of, form->none_of);
	form_place_free(&form->place);
	free(form->order);
	free(form->view);
	free(form->table);
	free(form->link);
	free(form);
}
