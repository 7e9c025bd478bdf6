/* test_validate.c: a whole form's inputs checked at once, problems in
 * field order, required fields, one step at a time. */
#include <stdlib.h>

#include "forms/field.h"
#include "forms/form.h"
#include "forms/validate.h"
#include "check.h"

static const struct form_option sex_options[] = { { "0", "Female" }, { "1", "Male" } };
static const struct field_list lists[] = { { "hud_sex", sex_options, 2 } };
static const struct field_context ctx = { { 2026, 11, 23 }, "7", "3", lists, 1 };

/* every_type.ini's fields: name notes seen at children rent ssn phone
 * (step 1), veteran sex restriction worker count (step 2). */
enum { NAME, NOTES, SEEN, AT, CHILDREN, RENT, SSN, PHONE, VETERAN, SEX, RESTRICTION,
       WORKER, COUNT, NFIELDS };

static void all_good(const struct form *form)
{
	const char *inputs[NFIELDS] = {
		[NAME] = " José Núñez ", [SEEN] = "t", [AT] = "9:30pm", [RENT] = "$1,200",
		[SSN] = "xxx-xx-6789", [VETERAN] = "y", [SEX] = "female", [WORKER] = "7",
	};
	struct validate_result r;

	CHECK(validate_form(form, 0, inputs, &ctx, &r));
	CHECK(r.nproblems == 0 && r.problems == NULL && r.nvalues == NFIELDS);
	CHECK_STR(r.values[NAME], "José Núñez");
	CHECK(r.values[NOTES] == NULL);
	CHECK_STR(r.values[SEEN], "2026-11-23");
	CHECK_STR(r.values[AT], "21:30");
	CHECK_STR(r.values[RENT], "1200.00");
	CHECK_STR(r.values[SSN], "xxxxx6789");
	CHECK_STR(r.values[VETERAN], "yes");
	CHECK_STR(r.values[SEX], "0");
	CHECK_STR(r.values[WORKER], "7");
	CHECK(r.values[COUNT] == NULL);
	validate_result_free(&r);
	CHECK(r.values == NULL && r.nvalues == 0);
}

static void problems_in_field_order(const struct form *form)
{
	const char *inputs[NFIELDS] = {
		[NAME] = "   ", [SEEN] = "2/30/2026", [CHILDREN] = "21", [PHONE] = "555-1234",
		[SEX] = NULL, [RESTRICTION] = "user", [COUNT] = "many",
	};
	struct validate_result r;

	CHECK(!validate_form(form, 0, inputs, &ctx, &r));
	CHECK(r.nproblems == 6);
	if (r.nproblems == 6) {
		CHECK(r.problems[0].field == NAME);
		CHECK_STR(r.problems[0].message, "Name is required.");
		CHECK(r.problems[1].field == SEEN);
		CHECK_STR(r.problems[1].message, "Seen on: 2/30/2026 is not a date; type it as "
		          "11/23/2026, 2026-11-23, t for today or +30.");
		CHECK(r.problems[2].field == CHILDREN);
		CHECK_STR(r.problems[2].message, "Children: 21 is more than 20, the largest allowed.");
		CHECK(r.problems[3].field == PHONE);
		CHECK(r.problems[4].field == SEX);
		CHECK_STR(r.problems[4].message, "Sex is required.");
		CHECK(r.problems[5].field == COUNT);
		CHECK_STR(r.problems[5].message, "Count: many is not a whole number; type digits, like 42.");
	}
	CHECK(r.values[SEEN] == NULL && r.values[CHILDREN] == NULL);
	CHECK_STR(r.values[RESTRICTION], "user");
	validate_result_free(&r);
}

/* Saving one step checks only that step's fields. */
static void one_step(const struct form *form)
{
	const char *inputs[NFIELDS] = { [NAME] = "Ana", [CHILDREN] = "x", [SEX] = "" };
	struct validate_result r;

	CHECK(!validate_form(form, 1, inputs, &ctx, &r));
	CHECK(r.nproblems == 1 && r.problems[0].field == CHILDREN);
	CHECK_STR(r.values[NAME], "Ana");
	validate_result_free(&r);
	CHECK(!validate_form(form, 2, inputs, &ctx, &r));
	CHECK(r.nproblems == 1 && r.problems[0].field == SEX);
	CHECK(r.values[NAME] == NULL);
	validate_result_free(&r);
	inputs[SEX] = "1";
	CHECK(validate_form(form, 2, inputs, &ctx, &r));
	CHECK_STR(r.values[SEX], "1");
	validate_result_free(&r);
}

/* The intake's household step saves a row of another table, made only when
 * a family is given: without one, its required fields are not required. */
static void household(const struct form *form, const char **inputs, const struct field_context *c)
{
	int family = form_field_find(form, "family"), relationship = form_field_find(form, "relationship_to_head");
	struct validate_result r;

	CHECK(family >= 0 && relationship >= 0);
	if (family < 0 || relationship < 0)
		return;
	inputs[relationship] = "";
	CHECK(validate_form(form, 4, inputs, c, &r));
	CHECK(r.values[family] == NULL && r.values[relationship] == NULL);
	validate_result_free(&r);
	inputs[family] = "  ";
	CHECK(validate_form(form, 4, inputs, c, &r));
	validate_result_free(&r);
	inputs[family] = "12";
	CHECK(!validate_form(form, 4, inputs, c, &r));
	CHECK(r.nproblems == 1 && (int)r.problems[0].field == relationship);
	if (r.nproblems == 1)
		CHECK_STR(r.problems[0].message, "Relationship to head is required.");
	validate_result_free(&r);
	inputs[family] = NULL;
}

/* The real client intake: what a desk worker types on step 1. */
static void client_add(void)
{
	static const struct form_option quality[] = { { "1", "Full" }, { "2", "Partial" },
		{ "8", "Doesn't know" }, { "9", "Prefers not" }, { "99", "Not collected" } };
	static const struct field_list hud[] = {
		{ "hud_name_data_quality", quality, 5 }, { "hud_ssn_data_quality", quality, 5 },
		{ "hud_dob_data_quality", quality, 5 },
	};
	struct field_context c = { { 2026, 11, 23 }, "7", "3", hud, 3 };
	struct form *form = form_load("forms/client_add.ini", NULL);
	const char **inputs;
	char **defaults;
	struct validate_result r;

	CHECK(form != NULL);
	if (!form)
		return;
	inputs = calloc(form->nfields, sizeof *inputs);
	defaults = calloc(form->nfields, sizeof *defaults);
	for (size_t i = 0; i < form->nfields; i++)   /* a new form starts with its defaults */
		inputs[i] = defaults[i] = field_default(&form->fields[i], &c);
	inputs[form_field_find(form, "first_name")] = "王秀英";
	inputs[form_field_find(form, "birth_date")] = "2/30/1980";
	CHECK(!validate_form(form, 1, inputs, &c, &r));
	CHECK(r.nproblems == 2);
	if (r.nproblems == 2) {
		CHECK_STR(r.problems[0].message, "Last name is required.");
		CHECK_STR(r.problems[1].message, "Birth date: 2/30/1980 is not a date; type it as "
		          "11/23/2026, 2026-11-23, t for today or +30.");
		CHECK((int)r.problems[0].field == form_field_find(form, "last_name"));
	}
	CHECK_STR(r.values[form_field_find(form, "name_data_quality")], "1");
	CHECK_STR(r.values[form_field_find(form, "ssn_data_quality")], "99");
	validate_result_free(&r);
	household(form, inputs, &c);
	for (size_t i = 0; i < form->nfields; i++)
		free(defaults[i]);
	free(defaults);
	free(inputs);
	form_free(form);
}

int main(void)
{
	struct form *form = form_load("tests/unit/forms/every_type.ini", NULL);

	CHECK(form != NULL && form->nfields == NFIELDS);
	if (!form)
		return check_done();
	all_good(form);
	problems_in_field_order(form);
	one_step(form);
	client_add();
	form_free(form);
	return check_done();
}
