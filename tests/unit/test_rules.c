/* test_rules.c: the checks a form file asks for between fields (not_before,
 * when_given, one_of) and the formats of text (format = email, zip, state). */
#include <stdlib.h>
#include <string.h>

#include "forms/field.h"
#include "forms/form.h"
#include "forms/validate.h"
#include "check.h"

static const struct form_option quality[] = {
	{ "1", "Full DOB reported" }, { "2", "Approximate or partial DOB reported" },
	{ "8", "Client doesn't know" }, { "9", "Client prefers not to answer" },
	{ "99", "Data not collected" },
};
static const struct field_list lists[] = { { "hud_dob_data_quality", quality, 5 } };
static const struct field_context ctx = { { 2026, 11, 23 }, "7", "3", lists, 1 };

static struct form *form;
static const char *inputs[16];

static int at(const char *name)
{
	return form_field_find(form, name);
}

/* The problems of `step` as "message|message", or "ok". */
static const char *problems(int step)
{
	static char buf[2048];
	struct validate_result r;

	buf[0] = 0;
	if (validate_form(form, step, inputs, &ctx, &r))
		strcpy(buf, "ok");
	for (size_t p = 0; p < r.nproblems; p++)
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s", p ? "|" : "",
		         r.problems[p].message);
	validate_result_free(&r);
	return buf;
}

/* The field the first problem of `step` marks, or -1. */
static int marked(int step)
{
	struct validate_result r;
	int f = validate_form(form, step, inputs, &ctx, &r) ? -1 : (int)r.problems[0].field;

	validate_result_free(&r);
	return f;
}

static const char *value(int step, const char *name)
{
	static char buf[256];
	struct validate_result r;

	validate_form(form, step, inputs, &ctx, &r);
	snprintf(buf, sizeof buf, "%s", r.values[at(name)] ? r.values[at(name)] : "(null)");
	validate_result_free(&r);
	return buf;
}

static void reset(void)
{
	memset(inputs, 0, sizeof inputs);
	inputs[at("first_name")] = "Toby";
	inputs[at("dob_quality")] = "99";
}

/* A3: at least one of the names. */
static void one_of(void)
{
	reset();
	CHECK_STR(problems(1), "ok");
	inputs[at("first_name")] = "  ";
	CHECK_STR(problems(1), "Give First name or Last name: at least one of them.");
	CHECK_STR(problems(2), "ok");                /* another step: not its business */
	CHECK(strstr(problems(0), "Give First name or Last name") != NULL);
	inputs[at("last_name")] = "Quennell";
	CHECK_STR(problems(1), "ok");
}

/* A18: a birth date comes with data quality 1 or 2, and 1 or 2 with a date. */
static void when_given(void)
{
	reset();
	inputs[at("birth_date")] = "1990-03-04";
	CHECK_STR(problems(1), "Birth date data quality: with a Birth date, it must be Full DOB "
	          "reported or Approximate or partial DOB reported.");
	CHECK(marked(1) == at("dob_quality"));
	inputs[at("dob_quality")] = "Full DOB reported";
	CHECK_STR(problems(1), "ok");
	inputs[at("dob_quality")] = "2";
	CHECK_STR(problems(1), "ok");
	inputs[at("birth_date")] = "";
	CHECK_STR(problems(1), "Birth date data quality: Approximate or partial DOB reported needs "
	          "a Birth date; type it, or choose another.");
	CHECK(marked(1) == at("birth_date"));        /* ^E goes where it is missing */
	inputs[at("birth_date")] = "2/30/1990";    /* its own problem, and only that */
	CHECK_STR(problems(1), "Birth date: 2/30/1990 is not a date; type it as 11/23/2026, "
	          "2026-11-23, t for today or +30.");
	inputs[at("birth_date")] = NULL;
	inputs[at("dob_quality")] = "8";
	CHECK_STR(problems(1), "ok");
}

/* A1: a range typed backwards. */
static void not_before(void)
{
	reset();
	inputs[at("begin_date")] = "2024-01-01";
	inputs[at("end_date")] = "2023-01-01";
	CHECK_STR(problems(2), "Until: 2023-01-01 is before From (2024-01-01); make it the same "
	          "or later.");
	inputs[at("end_date")] = "1/1/2024";
	CHECK_STR(problems(2), "ok");
	inputs[at("begin_date")] = NULL;
	inputs[at("end_date")] = "2023-01-01";
	CHECK_STR(problems(2), "ok");                /* no start: nothing to be before */
	inputs[at("low")] = "1,000";
	inputs[at("high")] = "999.99";
	CHECK_STR(problems(2), "High: 999.99 is less than Low (1,000.00); make it the same or more.");
	inputs[at("high")] = "$1000";
	CHECK_STR(problems(2), "ok");
}

/* A18: e-mail, ZIP code and state. */
static void formats(void)
{
	static const char *const emails_ok[] = { "tobias@example.org", "a.b+c@mail.example.co",
	                                         "jo@xn--bcher-kva.example" };
	static const char *const emails_bad[] = { "tobias@", "@example.org", "tobias", "a@b",
	                                          "a@b.c", "a b@example.org", "a@@example.org",
	                                          "a@example..org", "a@-x.org", "a@example.12" };
	reset();
	for (size_t i = 0; i < sizeof emails_ok / sizeof *emails_ok; i++) {
		inputs[at("email")] = emails_ok[i];
		CHECK_STR(problems(2), "ok");
	}
	for (size_t i = 0; i < sizeof emails_bad / sizeof *emails_bad; i++) {
		inputs[at("email")] = emails_bad[i];
		CHECK(strstr(problems(2), "is not an e-mail address; type it as name@example.org.") != NULL);
	}
	inputs[at("email")] = "tobias@";
	CHECK_STR(problems(2), "Email: tobias@ is not an e-mail address; type it as "
	          "name@example.org.");
	inputs[at("email")] = NULL;
	inputs[at("zip")] = "97202";
	CHECK_STR(value(2, "zip"), "97202");
	inputs[at("zip")] = "97202-1234";
	CHECK_STR(value(2, "zip"), "97202-1234");
	inputs[at("zip")] = "972021234";
	CHECK_STR(value(2, "zip"), "97202-1234");
	inputs[at("zip")] = "9720";
	CHECK_STR(problems(2), "ZIP code: 9720 is not a ZIP code; type its 5 digits (97202) or 9 "
	          "(97202-1234).");
	inputs[at("zip")] = "97202-12";
	CHECK(strstr(problems(2), "is not a ZIP code") != NULL);
	inputs[at("zip")] = NULL;
	inputs[at("state")] = "or";
	CHECK_STR(value(2, "state"), "OR");
	inputs[at("state")] = "Oregon";
	CHECK_STR(value(2, "state"), "OR");          /* the name, stored as its code */
	inputs[at("state")] = "new york";
	CHECK_STR(value(2, "state"), "NY");
	inputs[at("state")] = "Oregano";
	CHECK_STR(problems(2), "State: Oregano is not a US state; type its two-letter code "
	          "(OR, WA, CA) or its name.");
	inputs[at("state")] = "XX";
	CHECK(strstr(problems(2), "is not a US state") != NULL);
	CHECK(field_input_max(&form->fields[at("state")]) >= 24);   /* room for a name */
}

int main(void)
{
	struct form_errors errs = { 0 };

	form = form_load("tests/unit/forms/rules.ini", &errs);
	for (size_t i = 0; i < errs.n; i++)
		fprintf(stderr, "%s\n", errs.msgs[i]);
	form_errors_free(&errs);
	CHECK(form != NULL);
	if (!form)
		return check_done();
	one_of();
	when_given();
	not_before();
	formats();
	form_free(form);
	return check_done();
}
