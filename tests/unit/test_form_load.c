/* test_form_load.c: reading form files, and every mistake reported as
 * "file:line: what is wrong". Fixtures are in tests/unit/forms/. */
#include <stdlib.h>
#include <string.h>

#include "forms/form.h"
#include "check.h"
#include "errors_check.h"

#define DIR "tests/unit/forms/"
#define KEYS "(step, label, column, table, type, max, min, required, default, choices, options, " \
             "lookup, help, format, not_before, when_given, unlock, add, add_sets, add_with, list_only, " \
             "fresh, formula)"
#define PAGE_KEYS "page, workspace, group, rank, parent, empty, page_help, actions, widths, hooks, opens, carry, taken_with, deleted_at"
#define TYPES "(text, memo, date, time, integer, money, ssn, phone, yesno, choice, radio, lookup)"

static void each_mistake(void)
{
	FORM_FAILS_WITH("bad_type.ini",
		DIR "bad_type.ini:10: field \"ssn\": unknown type \"ssnn\" " TYPES);
	FORM_FAILS_WITH("unknown_key.ini",
		DIR "unknown_key.ini:4: [form]: unknown key \"colour\" (title, table, link, steps, help, list, order, one_of, marks, view, " PAGE_KEYS ")",
		DIR "unknown_key.ini:8: field \"first_name\": unknown key \"lable\" " KEYS);
	FORM_FAILS_WITH("no_label.ini", DIR "no_label.ini:5: field \"first_name\" has no label");
	FORM_FAILS_WITH("bad_rules.ini",
		DIR "bad_rules.ini:5: [form]: one_of names \"nickname\", which is no field of the form",
		DIR "bad_rules.ini:10: field \"first_name\": unknown format \"phone\" (email, zip, state)",
		DIR "bad_rules.ini:15: field \"begin_date\": format is only for text fields, not date",
		DIR "bad_rules.ini:20: field \"end_date\": not_before names \"first_name\", a text "
		"field; it must be a date field too",
		DIR "bad_rules.ini:25: field \"until\": not_before names the field itself",
		DIR "bad_rules.ini:31: field \"quality\": when_given is a field, a colon and the codes "
		"it needs here (birth_date: 1, 2)",
		DIR "bad_rules.ini:37: field \"other\": when_given names \"nothing\", which is no "
		"field of the form",
		DIR "bad_rules.ini:42: field \"name\": when_given is only for choice and radio fields, "
		"not text");
	FORM_FAILS_WITH("bad_add.ini",
		DIR "bad_add.ini:4: [form]: marks \"maybe\" is not yes or no",
		DIR "bad_add.ini:11: field \"client\": add is only for lookup = family, employer or assessment "
		"(a new one is made with the record)",
		DIR "bad_add.ini:12: field \"client\": add_sets \"relationship\" is not FIELD:VALUE");
	FORM_FAILS_WITH("bad_add_with.ini",
		DIR "bad_add_with.ini:14: field \"entry_date\": add_with is only for lookup fields",
		DIR "bad_add_with.ini:21: field \"bare\": a new assessment needs add_with (its "
		"columns from the form: client_id: client, ...)",
		DIR "bad_add_with.ini:29: field \"wrong\": add_with \"client_id client\" is not "
		"COLUMN: FIELD or COLUMN: 'constant'",
		DIR "bad_add_with.ini:29: field \"wrong\": add_with: \"assessment date\" is not a "
		"column name",
		DIR "bad_add_with.ini:29: field \"wrong\": add_with: \"nowhere\" is no other field "
		"of the form (a constant is written in quotes: 'entry')",
		DIR "bad_add_with.ini:29: field \"wrong\": add_with: \"wrong\" is no other field of "
		"the form (a constant is written in quotes: 'entry')",
		DIR "bad_add_with.ini:38: field \"employer\": add_with is for a lookup field with "
		"add = yes whose kind is made from the form (assessment)",
		DIR "bad_add_with.ini:45: field \"unasked\": add_with is for a lookup field with "
		"add = yes whose kind is made from the form (assessment)");
	FORM_FAILS_WITH("no_table.ini",
		DIR "no_table.ini:2: [form] has no title",
		DIR "no_table.ini:2: [form] has no table (the table it saves to)");
	FORM_FAILS_WITH("bad_step.ini",
		DIR "bad_step.ini:4: [form]: step 2 (Demographics) has no fields",
		DIR "bad_step.ini:10: field \"sex\": step 3, but the form has 2 steps",
		DIR "bad_step.ini:15: field \"veteran\": step \"two\" is not a step number (1, 2, ...)");
	FORM_FAILS_WITH("bad_list.ini",
		DIR "bad_list.ini:5: [form]: list names \"nickname\", which is no field of the form",
		DIR "bad_list.ini:6: [form]: order names \"last_name\", which is no field of the form");
	FORM_FAILS_WITH("bad_order.ini",
		DIR "bad_order.ini:6: [form]: order is a field, optionally followed by desc "
		"(\"first_name backwards\")");
	FORM_FAILS_WITH("step_no_steps.ini", DIR "step_no_steps.ini:6: field \"first_name\": step 2, "
		"but the form has no steps (steps = in [form])");
	FORM_FAILS_WITH("empty_step.ini", DIR "empty_step.ini:4: [form]: step 2 (Demographics) has no fields");
	FORM_FAILS_WITH("no_choices.ini", DIR "no_choices.ini:5: field \"sex\": a choice field needs "
		"choices = (the name of a list of the lookup table)");
	FORM_FAILS_WITH("no_options.ini", DIR "no_options.ini:5: field \"restriction\": a radio field "
		"needs options = code:label, code:label, ...");
	FORM_FAILS_WITH("bad_options.ini",
		DIR "bad_options.ini:8: field \"restriction\": option \"Restrict to organization\" "
		"is not code:label",
		DIR "bad_options.ini:8: field \"restriction\": option code \"none\" is given twice",
		DIR "bad_options.ini:8: field \"restriction\": option \"user:\" is not code:label");
	FORM_FAILS_WITH("bad_max.ini",
		DIR "bad_max.ini:7: field \"title\": max \"fifty\" is not a whole number",
		DIR "bad_max.ini:11: field \"code\": max must be 1 or more (the most characters)",
		DIR "bad_max.ini:16: field \"quantity\": min 10 is more than max 5",
		DIR "bad_max.ini:22: field \"amount\": max \"lots\" is not an amount of money",
		DIR "bad_max.ini:27: field \"score\": min \"1.5\" is not a whole number");
	FORM_FAILS_WITH("wrong_key_for_type.ini",
		DIR "wrong_key_for_type.ini:8: field \"birth_date\": max is only for text, memo, "
		"integer and money fields, not date",
		DIR "wrong_key_for_type.ini:9: field \"birth_date\": choices is only for choice fields, not date",
		DIR "wrong_key_for_type.ini:13: field \"title\": min is only for integer and money "
		"fields, not text",
		DIR "wrong_key_for_type.ini:14: field \"title\": options is only for radio fields, not text",
		DIR "wrong_key_for_type.ini:15: field \"title\": lookup is only for lookup fields, not text");
	FORM_FAILS_WITH("duplicate_field.ini",
		DIR "duplicate_field.ini:11: [field first_name] is written twice (first on line 5)");
	FORM_FAILS_WITH("duplicate_key.ini",
		DIR "duplicate_key.ini:4: [form]: title is given twice (first on line 2)",
		DIR "duplicate_key.ini:9: field \"first_name\": label is given twice (first on line 7)");
	FORM_FAILS_WITH("duplicate_column.ini", DIR "duplicate_column.ini:10: field \"given_name\": "
		"column \"first_name\" is also the column of field \"first_name\"");
	FORM_FAILS_WITH("unknown_section.ini",
		DIR "unknown_section.ini:5: unknown section [feild first_name]; a form has [form] "
		"and [field NAME] sections",
		DIR "unknown_section.ini:11: [field] needs a name: [field NAME]");
	FORM_FAILS_WITH("no_form_section.ini",
		DIR "no_form_section.ini: no [form] section (title, table, ...)");
	FORM_FAILS_WITH("no_fields.ini", DIR "no_fields.ini:1: the form has no fields ([field NAME] sections)");
	FORM_FAILS_WITH("bad_required.ini",
		DIR "bad_required.ini:7: field \"first_name\": required \"always\" is not yes or no");
	FORM_FAILS_WITH("bad_lookup.ini",
		DIR "bad_lookup.ini:5: field \"client\": a lookup field needs lookup = one of "
		"client, user, provider, organization, mou, family, program, grant, case, enrollment, "
		"employer, assessment",
		DIR "bad_lookup.ini:13: field \"provider\": unknown lookup \"agency\" "
		"(client, user, provider, organization, mou, family, program, grant, case, "
		"enrollment, employer, assessment)");
	FORM_FAILS_WITH("bad_link.ini",
		DIR "bad_link.ini:4: [form]: link \"client id\" is not a column name "
		"(lower-case letters, digits and _)",
		DIR "bad_link.ini:13: field \"family\": table \"family-member\" is not a table name "
		"(lower-case letters, digits and _)");
	FORM_FAILS_WITH("no_link.ini",
		DIR "no_link.ini:8: field \"family\": a field of another table needs link = in "
		"[form] (the column that takes the new record's id)");
	FORM_FAILS_WITH("link_no_others.ini",
		DIR "link_no_others.ini:4: [form]: link is only for a form with fields of another "
		"table (table = in a field)");
	FORM_FAILS_WITH("bad_names.ini",
		DIR "bad_names.ini:3: [form]: table \"Client Table\" is not a table name "
		"(lower-case letters, digits and _)",
		DIR "bad_names.ini:5: field \"1st_name\": a field name is lower-case letters, digits and _",
		DIR "bad_names.ini:10: field \"last_name\": column \"last-name\" is not a column name "
		"(lower-case letters, digits and _)",
		DIR "bad_names.ini:15: field \"sex\": choices \"hud sex\" is not a list name "
		"(lower-case letters, digits and _)");
}

static void defaults_and_syntax(void)
{
	FORM_FAILS_WITH("bad_default.ini",
		DIR "bad_default.ini:8: field \"birth_date\": default \"2026-02-30\" does not fit the "
		"field (Birth date: 2026-02-30 is not a date; type it as 11/23/2026, 2026-11-23, "
		"t for today or +30.)",
		DIR "bad_default.ini:14: field \"children\": default \"30\" does not fit the field "
		"(Children: 30 is more than 20, the largest allowed.)",
		DIR "bad_default.ini:20: field \"restriction\": default \"everyone\" does not fit the "
		"field (Restriction: everyone is not one of the choices (none, user).)",
		DIR "bad_default.ini:26: field \"worker\": default user needs lookup = user",
		DIR "bad_default.ini:32: field \"org\": default \"mine\" is not user, organization "
		"or a record number");
	FORM_FAILS_WITH("syntax.ini",
		DIR "syntax.ini:1: key \"title\" comes before any [section]",
		DIR "syntax.ini:2: \"[form]             ; the form\": a section header ends with ] "
		"and stands alone on its line (put a comment on a line of its own)",
		DIR "syntax.ini:5: \"this line has no equals sign\" is neither a [section] header "
		"nor a key = value",
		DIR "syntax.ini:6: \"= no key\" has no key before =",
		DIR "syntax.ini:8: \"[field first_name\": a section header ends with ] and stands "
		"alone on its line (put a comment on a line of its own)");
	FORM_FAILS_WITH("bom.ini",
		DIR "bom.ini:1: the file starts with a byte order mark; save it as UTF-8 without one");
	FORM_FAILS_WITH("long_line.ini", DIR "long_line.ini:4: the line is longer than 1000 bytes");
	FORM_FAILS_WITH("missing.ini", DIR "missing.ini: cannot read the file (No such file or directory)");
	FORM_FAILS_WITH("workflows", DIR "workflows: cannot read the file (Is a directory)");
}

/* A file with several mistakes reports every one, in the order of lines. */
static void several_mistakes(void)
{
	FORM_FAILS_WITH("several.ini",
		DIR "several.ini:10: field \"first_name\": unknown type \"txt\" " TYPES,
		DIR "several.ini:13: field \"ssn\" has no label",
		DIR "several.ini:17: field \"sex\": a choice field needs choices = (the name of a "
		"list of the lookup table)",
		DIR "several.ini:18: field \"sex\": step 4, but the form has 2 steps",
		DIR "several.ini:26: field \"veteran\": required \"sometimes\" is not yes or no",
		DIR "several.ini:27: field \"veteran\": unknown key \"colour\" " KEYS);
}

static void good_form(void)
{
	struct form_errors errs = { 0 };
	struct form *form = form_load(DIR "every_type.ini", &errs);
	const struct form_field *f;

	CHECK(form != NULL);
	CHECK(errs.n == 0);
	if (!form)
		return;
	CHECK_STR(form->name, "every_type");
	CHECK_STR(form->path, DIR "every_type.ini");
	CHECK_STR(form->title, "Every Type");
	CHECK_STR(form->table, "every_type");
	CHECK_STR(form->help, "A help text; with a semicolon, quoted.");
	CHECK(form->nsteps == 2 && form_step_count(form) == 2);
	CHECK_STR(form->steps[0], "First");
	CHECK_STR(form->steps[1], "Second");
	CHECK(form->nfields == 13);
	f = &form->fields[0];
	CHECK_STR(f->name, "name");
	CHECK_STR(f->column, "name");
	CHECK_STR(f->label, "Name");
	CHECK_STR(f->help, "Counted in characters: \"王秀英\" is 3.");
	CHECK(f->type == FIELD_TEXT && f->step == 1 && f->required && f->line == 9);
	CHECK(f->has_max && f->max == 10 && !f->has_min);
	f = &form->fields[form_field_find(form, "rent")];
	CHECK(f->type == FIELD_MONEY && f->has_min && f->min == 0 && f->max == 1000000);
	CHECK(!f->required && f->help == NULL && f->def == NULL);
	f = &form->fields[form_field_find(form, "seen")];
	CHECK(f->type == FIELD_DATE);
	CHECK_STR(f->def, "today");
	f = &form->fields[form_field_find(form, "sex")];
	CHECK(f->type == FIELD_CHOICE && f->step == 2 && f->required);
	CHECK_STR(f->choices, "hud_sex");
	f = &form->fields[form_field_find(form, "restriction")];
	CHECK(f->type == FIELD_RADIO && f->noptions == 3);
	CHECK_STR(f->column, "restriction_kind");
	CHECK_STR(f->options[0].code, "none");
	CHECK_STR(f->options[0].label, "Unrestricted");
	CHECK_STR(f->options[2].code, "user");     /* on a continued line */
	CHECK_STR(f->options[2].label, "Restrict to user");
	f = &form->fields[form_field_find(form, "worker")];
	CHECK(f->type == FIELD_LOOKUP && f->lookup == FIELD_LOOKUP_USER);
	CHECK_STR(f->def, "user");
	CHECK(form_field_find(form, "nothing") == -1);
	CHECK_STR(field_type_name(FIELD_YESNO), "yesno");
	CHECK_STR(field_lookup_name(FIELD_LOOKUP_ORGANIZATION), "organization");
	CHECK_STR(field_lookup_name(FIELD_LOOKUP_MOU), "mou");
	form_free(form);
	CHECK(form_load(DIR "bad_type.ini", NULL) == NULL);   /* errors not wanted */
}

/* A form's own list page (form_place.c). */
static void page_keys(void)
{
	struct form *form = form_load(DIR "page.ini", NULL);
	const struct form_place *p = form ? &form->place : NULL;

	CHECK(form != NULL);
	if (p) {
		CHECK_STR(p->page, "Goals");
		CHECK_STR(p->workspace, "Clients");      /* written in any case */
		CHECK_STR(p->group, "Client record");
		CHECK(p->rank == 300);
		CHECK(p->parent == FORM_PARENT_CLIENT);
		CHECK_STR(form_parent_column(p->parent), "client_id");
		CHECK_STR(p->empty, "No goal you may see.");
		CHECK_STR(p->help, "The client's goals.");
		CHECK(p->actions == (FORM_ACTION_ADD | FORM_ACTION_EDIT));
		CHECK(p->nwidths == 2 && p->widths[0] == 10 && p->widths[1] == 0);
		CHECK_STR(p->hooks, "alerts");
	}
	form_free(form);
	FORM_FAILS_WITH("bad_page.ini",
		DIR "bad_page.ini:6: [form]: a page needs its menu group (group = ...)",
		DIR "bad_page.ini:7: [form]: workspace \"Kitchen\" is not a workspace (Home, Clients, "
		"Providers, Housing, Messages, Admin)",
		DIR "bad_page.ini:8: [form]: rank \"soon\" is not a whole number from 1 to 9999",
		DIR "bad_page.ini:9: [form]: parent = family, but no field of the form saves family_id "
		"to its table",
		DIR "bad_page.ini:10: [form]: actions \"add, print\" names \"print\"; they are add, "
		"edit and delete, or read-only",
		DIR "bad_page.ini:11: [form]: widths \"300\" is not a width from 0 (the rest of the "
		"line) to 200",
		DIR "bad_page.ini:11: [form]: widths gives 2 widths for 1 list columns",
		DIR "bad_page.ini:12: [form]: hooks \"magic\" is not a hook set (intake, client, alerts, exit_case, "
		"enroll_household)",
		DIR "bad_page.ini:13: [form]: deleted_at \"date deleted\" is not a column name");
	FORM_FAILS_WITH("deleted_no_delete.ini",
		DIR "deleted_no_delete.ini:10: [form]: deleted_at is for a page whose actions include "
		"delete");
	FORM_FAILS_WITH("page_keys_alone.ini",
		DIR "page_keys_alone.ini:5: [form]: rank is for a form with a page (page = its title)");
	FORM_FAILS_WITH("page_without_list.ini",
		DIR "page_without_list.ini:4: [form]: a page needs its workspace (Home, Clients, "
		"Providers, Housing, Messages or Admin)",
		DIR "page_without_list.ini:4: [form]: a page needs its menu group (group = ...)",
		DIR "page_without_list.ini:4: [form]: a page needs a list (the fields its rows show)",
		DIR "page_without_list.ini:5: [form]: unknown key \"read_only\" (title, table, link, "
		"steps, help, list, order, one_of, marks, view, " PAGE_KEYS ")");
}

/* The real forms of forms/ load without a mistake. */
static void real_forms(void)
{
	struct form_set *set = form_set_load("forms");
	const struct form *f;

	for (size_t i = 0; i < set->errors.n; i++)
		fprintf(stderr, "forms/: %s\n", set->errors.msgs[i]);
	CHECK(set->errors.n == 0);
	CHECK(set->n >= 2);
	CHECK((f = form_set_find(set, "client_add")) != NULL);
	if (f) {
		CHECK_STR(f->table, "client");
		CHECK(f->nsteps == 4);
		CHECK_STR(f->link, "client_id");
		CHECK(form_field_find(f, "first_name") == 0);
		CHECK(form_field_own(f, (size_t)form_field_find(f, "zip")));
		CHECK(!form_field_own(f, (size_t)form_field_find(f, "family")));
		CHECK(form_table_lead(f, (size_t)form_field_find(f, "is_current"))
		      == (size_t)form_field_find(f, "family"));
		CHECK(form_table_lead(f, (size_t)form_field_find(f, "zip")) == 0);
		CHECK(form_field_find(f, "veteran_status") >= 0);
		CHECK(f->fields[form_field_find(f, "family")].add);
		CHECK_STR(f->fields[form_field_find(f, "family")].add_sets, "relationship_to_head:1");
		CHECK(!f->marks && f->view == NULL);
		CHECK(f->fields[form_field_find(f, "dob_data_quality")].type == FIELD_CHOICE);
	}
	CHECK((f = form_set_find(set, "case_note")) != NULL);
	if (f) {
		CHECK(f->fields[form_field_find(f, "title")].max == 200);
		CHECK(f->fields[form_field_find(f, "restriction")].noptions == 3);
	}
	/* the client record's lists: every one has its columns and order */
	for (size_t i = 0; i < 5; i++) {
		static const char *const lists[] = { "client_alias", "client_address",
		                                     "interested_other", "case_manager", "case_note" };
		CHECK((f = form_set_find(set, lists[i])) != NULL && f->nlist >= 3 && f->order);
	}
	CHECK((f = form_set_find(set, "client_edit")) != NULL
	      && form_field_find(f, "veteran_status") >= 0 && form_field_find(f, "city") >= 0);
	CHECK(form_set_find(set, "nothing") == NULL);
	/* the record pages the forms declare */
	CHECK((f = form_set_find(set, "family_note")) != NULL && f->place.page
	      && f->place.parent == FORM_PARENT_FAMILY);
	CHECK((f = form_set_find(set, "client_add")) != NULL && !f->place.page
	      && f->place.hooks && !strcmp(f->place.hooks, "intake"));
	/* the entry assessment, made in place from the enrollment's fields */
	CHECK((f = form_set_find(set, "enrollment")) != NULL);
	if (f) {
		const struct form_field *a = &f->fields[form_field_find(f, "entry_assessment")];
		CHECK(a->add && a->lookup == FIELD_LOOKUP_ASSESSMENT && a->nadd_with == 5);
		if (a->nadd_with == 5) {
			CHECK_STR(a->add_with[0].column, "client_id");
			CHECK(a->add_with[0].field == form_field_find(f, "client") && !a->add_with[0].constant);
			CHECK_STR(a->add_with[1].column, "assessment_date");
			CHECK(a->add_with[1].field == form_field_find(f, "entry_date"));
			CHECK_STR(a->add_with[3].constant, "entry");
			CHECK(a->add_with[3].field == -1);
			CHECK_STR(a->add_with[4].constant, "1");
		}
		CHECK_STR(field_lookup_table(a->lookup), "assessment");
		CHECK_STR(f->place.deleted_at, "date_deleted");
	}
	form_set_free(set);
}

/* A directory keeps its good forms and lists the mistakes of the others. */
/* The keys of the intake desk: marks, view, unlock (forms/). */
static void desk_keys(void)
{
	struct form_set *set = form_set_load("forms");
	const struct form *f;

	CHECK((f = form_set_find(set, "case_note")) != NULL);
	if (f) {
		CHECK(f->marks);
		CHECK_STR(f->fields[form_field_find(f, "read_only")].unlock, "no");
		CHECK(f->fields[form_field_find(f, "title")].unlock == NULL);
	}
	CHECK((f = form_set_find(set, "client_address")) != NULL);
	if (f)
		CHECK_STR(f->view, "client_address_history");
	CHECK((f = form_set_find(set, "client_edit")) != NULL);
	if (f)
		CHECK(form_field_find(f, "veteran_status") >= 0);
	form_set_free(set);
}

/* `opens`: a form of the same table, checked once the directory is read;
 * a form opening what is not there (or another table's) is left out. */
static void openings(void)
{
	struct form_set *set = form_set_load("tests/unit/forms_opens");
	const struct form *f;

	CHECK(set->n == 3);
	CHECK(form_set_find(set, "goal_close") && form_set_find(set, "goal_reopen"));
	CHECK(form_set_find(set, "lost") == NULL && form_set_find(set, "mixed") == NULL);
	CHECK(form_set_find(set, "syntax") == NULL);
	CHECK((f = form_set_find(set, "goal")) != NULL);
	if (f && f->place.nopens == 1) {
		CHECK_STR(f->place.opens[0].label, "Close");
		CHECK_STR(f->place.opens[0].form, "goal_close");
	} else {
		CHECK(!"goal opens one form");
	}
	CHECK(set->errors.n == 3);
	if (set->errors.n == 3) {
		CHECK_STR(set->errors.msgs[0], "tests/unit/forms_opens/syntax.ini:9: [form]: opens "
		          "\"goal_close\" is not Label: form (such as Exit: enrollment_exit)");
		CHECK_STR(set->errors.msgs[1], "tests/unit/forms_opens/lost.ini:9: [form]: opens "
		          "names missing, which is no form (or has mistakes)");
		CHECK_STR(set->errors.msgs[2], "tests/unit/forms_opens/mixed.ini:9: [form]: opens "
		          "names goal_reopen, which saves to another table");
	}
	form_set_free(set);
}

/* `list_only`: a column of the view the list shows, on no step, not saved. */
static void list_only(void)
{
	struct form_set *set = form_set_load("tests/unit/forms_list");
	const struct form *f = form_set_find(set, "stay");
	int days = f ? form_field_find(f, "days") : -1;

	CHECK(set->n == 1 && days == 1);
	if (days == 1) {
		CHECK(f->fields[days].list_only && f->fields[days].step == 0);
		CHECK(!form_field_own(f, (size_t)days));
		CHECK(form_field_own(f, 0) && !f->fields[0].list_only);
	}
	CHECK(set->errors.n == 3);
	if (set->errors.n == 3) {
		CHECK_STR(set->errors.msgs[0], "tests/unit/forms_list/bad.ini:10: field \"days\": "
		          "list_only \"maybe\" is not yes or no");
		CHECK_STR(set->errors.msgs[1], "tests/unit/forms_list/bad.ini:16: field \"more\": "
		          "step is not for a list_only field (the list shows it; the form has no place "
		          "for it)");
		CHECK_STR(set->errors.msgs[2], "tests/unit/forms_list/bad.ini:17: field \"more\": "
		          "required is not for a list_only field (the list shows it; the form has no "
		          "place for it)");
	}
	form_set_free(set);
}

/* `carry = last` and `fresh`: what a new record takes from the last one. */
static void carrying(void)
{
	struct form_set *set = form_set_load("tests/unit/forms_carry");
	const struct form *f = form_set_find(set, "good");

	CHECK(set->n == 1 && f && f->place.carry_last);
	if (f) {
		CHECK(f->fields[1].fresh && !f->fields[0].fresh && !f->fields[2].fresh);
	}
	CHECK(set->errors.n == 3);
	if (set->errors.n == 3) {
		CHECK_STR(set->errors.msgs[0], "tests/unit/forms_carry/bad.ini:9: [form]: carry "
		          "\"soon\" is not last (a new record starts from the newest)");
		CHECK_STR(set->errors.msgs[1], "tests/unit/forms_carry/bad.ini:14: field "
		          "\"entry_date\": fresh \"perhaps\" is not yes or no");
		CHECK_STR(set->errors.msgs[2], "tests/unit/forms_carry/unordered.ini:9: [form]: carry "
		          "= last needs order (which record is the newest)");
	}
	form_set_free(set);
}

static void directory(void)
{
	struct form_set *set = form_set_load("tests/unit/forms");
	bool seen = false;

	CHECK(set->n == 4);
	CHECK(form_set_find(set, "computed") != NULL);
	CHECK(form_set_find(set, "every_type") != NULL);
	CHECK(form_set_find(set, "page") != NULL);
	CHECK(form_set_find(set, "rules") != NULL);
	CHECK(form_set_find(set, "bad_type") == NULL);
	CHECK(set->errors.n == 110);
	for (size_t i = 0; i < set->errors.n; i++)
		seen = seen || !strcmp(set->errors.msgs[i], DIR "bad_type.ini:10: field \"ssn\": "
		                       "unknown type \"ssnn\" " TYPES);
	CHECK(seen);
	CHECK(set->errors.lines[0] == 4);     /* bad_add.ini, the first by name */
	form_set_free(set);
	set = form_set_load("tests/unit/nothing");
	CHECK(set->n == 0 && set->errors.n == 1);
	CHECK_STR(set->errors.msgs[0], "tests/unit/nothing: cannot read the directory "
	          "(No such file or directory)");
	form_set_free(set);
}

int main(void)
{
	each_mistake();
	defaults_and_syntax();
	several_mistakes();
	good_form();
	real_forms();
	page_keys();
	desk_keys();
	directory();
	openings();
	list_only();
	carrying();
	return check_done();
}
