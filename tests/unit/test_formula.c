/* test_formula.c: computed fields (formula =): the formula parser and its
 * exact evaluation (src/forms/formula.c), the loader's checks of formulas
 * (form_checks.c), and the values a form's computed fields take
 * (computed.c, through validate_form). Fixtures are in tests/unit/forms/. */
#include <stdlib.h>
#include <string.h>

#include "forms/computed.h"
#include "forms/form.h"
#include "forms/formula.h"
#include "forms/validate.h"
#include "check.h"
#include "errors_check.h"

#define DIR "tests/unit/forms/"
#define NONE { false, 0, 0 }
#define INT(v) { true, v, 0 }
#define CENTS(v) { true, v, 2 }

/* Operand k is the value of the formula's k-th name, in the order the names
 * first appear. */

/* The formula's outcome on `ops`, the value (units of 10^-decimals) into
 * *units; -1 when it does not parse. */
static int eval(const char *text, const struct formula_operand *ops, int decimals,
                long long *units)
{
	char *error;
	struct formula *f = formula_parse(text, &error);
	int outcome;

	if (!f) {
		fprintf(stderr, "%s: %s\n", text, error);
		free(error);
		return -1;
	}
	*units = 0;
	outcome = (int)formula_eval(f, ops, decimals, units);
	formula_free(f);
	return outcome;
}

/* The formula's value without operands, rounded to `decimals`. */
static long long value_of(const char *text, int decimals)
{
	long long units = 0;

	return eval(text, NULL, decimals, &units) == FORMULA_VALUE ? units : -999999;
}

static void arithmetic(void)
{
	CHECK(value_of("2 + 3 * 4", 0) == 14);
	CHECK(value_of("(2 + 3) * 4", 0) == 20);
	CHECK(value_of("10 - 4 - 3", 0) == 3);
	CHECK(value_of("100 / 10 / 5", 0) == 2);
	CHECK(value_of("-2 * -3", 0) == 6);
	CHECK(value_of("- (1 - 3)", 0) == 2);
	CHECK(value_of("--4", 0) == 4);
	CHECK(value_of("sum(1, 2 * 3, (4))", 0) == 11);
	CHECK(value_of("sum(7)", 0) == 7);
	CHECK(value_of("  1.50+.5 ", 2) == 200);
}

/* Money is exact: no binary floating point anywhere. */
static void money_exactly(void)
{
	long long units;
	const struct formula_operand wage[] = { CENTS(1550), INT(40) };

	CHECK(value_of("0.1 + 0.2", 2) == 30);
	CHECK(value_of("19.99 * 3", 2) == 5997);
	CHECK(value_of("0.1 * 3 - 0.3", 2) == 0);
	CHECK(value_of("1 / 3 * 3", 2) == 100);       /* a fraction until the end */
	CHECK(eval("a * b * 52 / 12", wage, 2, &units) == FORMULA_VALUE && units == 268667);
	CHECK(eval("a * b * 52", wage, 2, &units) == FORMULA_VALUE && units == 3224000);
}

/* Rounded once, half away from zero, to the field's places. */
static void rounding(void)
{
	CHECK(value_of("1 / 8", 2) == 13);
	CHECK(value_of("-1 / 8", 2) == -13);
	CHECK(value_of("0.005", 2) == 1);
	CHECK(value_of("-0.005", 2) == -1);
	CHECK(value_of("0.0049", 2) == 0);
	CHECK(value_of("5 / 2", 0) == 3);
	CHECK(value_of("-5 / 2", 0) == -3);
	CHECK(value_of("7 / 3", 0) == 2);
	CHECK(value_of("19.99 / 2", 0) == 10);
	CHECK(value_of("2 / 3", 2) == 67);
}

static void empties(void)
{
	long long units;
	const struct formula_operand some[] = { CENTS(1000), NONE, CENTS(250) };
	const struct formula_operand none[] = { NONE, NONE, NONE };
	const struct formula_operand two[] = { CENTS(1000), CENTS(250) };

	CHECK(eval("sum(a, b, c)", some, 2, &units) == FORMULA_VALUE && units == 1250);
	CHECK(eval("sum(a, b, c)", none, 2, &units) == FORMULA_EMPTY);
	CHECK(eval("sum(b)", none, 2, &units) == FORMULA_EMPTY);
	CHECK(eval("sum(b) + 1", none, 2, &units) == FORMULA_EMPTY);
	CHECK(eval("sum(a, b * 2, c)", some, 2, &units) == FORMULA_VALUE && units == 1250);
	CHECK(eval("a + b", some, 2, &units) == FORMULA_EMPTY);
	CHECK(eval("-b", none, 2, &units) == FORMULA_EMPTY);
	CHECK(eval("a * (b + c)", some, 2, &units) == FORMULA_EMPTY);
	CHECK(eval("a + c", two, 2, &units) == FORMULA_VALUE && units == 1250);
}

static void division_by_zero(void)
{
	long long units;
	const struct formula_operand ops[] = { INT(4), INT(0) };

	CHECK(eval("1 / 0", NULL, 0, &units) == FORMULA_EMPTY);
	CHECK(eval("a / b", ops, 0, &units) == FORMULA_EMPTY);
	CHECK(eval("a / (a - a)", ops, 2, &units) == FORMULA_EMPTY);
	CHECK(eval("sum(a / b, a)", ops, 0, &units) == FORMULA_VALUE && units == 4);
	CHECK(eval("0 / a", ops, 0, &units) == FORMULA_VALUE && units == 0);
}

static void too_large(void)
{
	long long units;

	CHECK(eval("999999999999999999 * 999999999999999999 * 999999999999999999", NULL, 0,
	           &units) == FORMULA_TOO_LARGE);
	CHECK(eval("9999999999 * 9999999999", NULL, 0, &units) == FORMULA_TOO_LARGE);
	CHECK(eval("99999999999999999 * 1", NULL, 2, &units) == FORMULA_TOO_LARGE);
	CHECK(eval("1 / 999999999999999999 / 999999999999999999 / 999999999999999999", NULL, 2,
	           &units) == FORMULA_TOO_LARGE);
}

static void names(void)
{
	char *error;
	struct formula *f = formula_parse("a + b * a + sum(c, b) + sum", &error);

	CHECK(f != NULL && error == NULL);
	CHECK(formula_nnames(f) == 4);
	CHECK_STR(formula_name(f, 0), "a");
	CHECK_STR(formula_name(f, 1), "b");
	CHECK_STR(formula_name(f, 2), "c");
	CHECK_STR(formula_name(f, 3), "sum");       /* a field may be called sum */
	formula_free(f);
}

/* Parsing `text` fails saying `want`. */
static void refused(const char *text, const char *want)
{
	char *error;
	struct formula *f = formula_parse(text, &error);

	CHECK(f == NULL);
	CHECK_STR(error, want);
	free(error);
}

static void syntax(void)
{
	char deep[200];

	refused("(a + b", "expected ) after \"(a + b\"");
	refused("sum(a, b", "expected , or ) after \"sum(a, b\"");
	refused("sum()", "expected a number, a field name, sum( or ( after \"sum(\"");
	refused("a +", "expected a number, a field name, sum( or ( after \"a +\"");
	refused("", "expected a number, a field name, sum( or ( at the start");
	refused("* 2", "expected a number, a field name, sum( or ( at the start");
	refused("a b", "expected +, -, * or / after \"a\"");
	refused("2 $ 3", "expected +, -, * or / after \"2\"");
	refused("(1))", "expected +, -, * or / after \"(1)\"");
	refused("1.2.3", "expected +, -, * or / after \"1.2\"");
	refused(".", "expected digits in a number after \".\"");
	refused("1234567890123456789",
	        "expected a number of at most 18 digits after \"123456789012345678\"");
	memset(deep, '(', sizeof deep - 1);
	deep[sizeof deep - 1] = 0;
	refused(deep, "expected fewer parentheses one inside another after \""
	        "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((\"");
}

static void loader_mistakes(void)
{
	FORM_FAILS_WITH("bad_formula.ini",
		DIR "bad_formula.ini:10: field \"name\": formula is only for integer and money "
		"fields, not text",
		DIR "bad_formula.ini:22: field \"count\": formula and default do not go together "
		"(a computed field's value is its formula's)",
		DIR "bad_formula.ini:22: field \"count\": formula and required do not go together "
		"(a computed field is never typed)",
		DIR "bad_formula.ini:22: field \"count\": formula names \"amount\" of step 2, after "
		"the field's own step 1",
		DIR "bad_formula.ini:27: field \"syntax\": formula: expected , or ) after "
		"\"sum(count, 2\"",
		DIR "bad_formula.ini:32: field \"names\": formula names \"nothing\", which is no "
		"field of the form",
		DIR "bad_formula.ini:32: field \"names\": formula names \"name\", a text field; it "
		"must be an integer or money field",
		DIR "bad_formula.ini:32: field \"names\": formula names the field itself",
		DIR "bad_formula.ini:38: field \"total\": formula: expected a number, a field name, "
		"sum( or ( after \"amount + 2 * (3 +\"");
	FORM_FAILS_WITH("circle.ini",
		DIR "circle.ini:13: field \"a\": formula goes round in a circle (a uses b, which "
		"uses c, which uses a)");
}

static struct form *budget(void)
{
	struct form_errors errs = { 0 };
	struct form *form = form_load(DIR "computed.ini", &errs);

	check_errors("computed.ini", &errs, (const char *const[]){ NULL });
	return form;
}

enum { WAGES, BENEFITS, OTHER, TOTAL, HOURLY, HOURS, MONTHLY, ANNUAL, YEAR, DAYS, NFIELDS };

static void computed_values(const struct form *form)
{
	/* what a computed field shows is ignored: the formula decides */
	const char *inputs[NFIELDS] = {
		[WAGES] = "1,200.10", [OTHER] = "$0.20", [TOTAL] = "5", [HOURLY] = "15.50",
		[HOURS] = "20", [MONTHLY] = "1",
	};
	struct validate_result r;
	char *from;

	CHECK(validate_form(form, 0, inputs, NULL, &r));
	CHECK_STR(r.values[TOTAL], "1200.30");
	CHECK_STR(r.values[MONTHLY], "1343.33");
	CHECK_STR(r.values[ANNUAL], "16120.00");
	CHECK_STR(r.values[YEAR], "30523.60");     /* computed of computed ones */
	CHECK_STR(r.values[DAYS], "3");            /* 2.5 rounded away from zero */
	validate_result_free(&r);
	from = form_computed_from(form, TOTAL);
	CHECK_STR(from, "Total monthly income is computed from Wages, Benefits and Other income.");
	free(from);
	from = form_computed_from(form, YEAR);
	CHECK_STR(from, "Income a year is computed from Total monthly income and Annual pay.");
	free(from);
}

static void computed_empty_and_range(const struct form *form)
{
	const char *nothing[NFIELDS] = { [HOURS] = "40" };
	const char *much[NFIELDS] = { [WAGES] = "9000", [BENEFITS] = "1000.01", [HOURLY] = "x" };
	struct validate_result r;

	CHECK(validate_form(form, 0, nothing, NULL, &r));
	CHECK(r.values[TOTAL] == NULL && r.values[MONTHLY] == NULL && r.values[YEAR] == NULL);
	CHECK_STR(r.values[DAYS], "5");
	validate_result_free(&r);
	CHECK(!validate_form(form, 1, much, NULL, &r));
	CHECK(r.nproblems == 1 && r.problems[0].field == TOTAL);
	CHECK_STR(r.problems[0].message, "Total monthly income: 10000.01 is more than 10000.00, "
	          "the largest allowed.");
	validate_result_free(&r);
	CHECK(!validate_form(form, 2, much, NULL, &r));   /* a wrong wage: its own problem */
	CHECK(r.nproblems == 1 && r.problems[0].field == HOURLY);
	CHECK(r.values[MONTHLY] == NULL);
	validate_result_free(&r);
}

/* A stored record whose inputs change: the computed value changes with them. */
static void computed_in_place(const struct form *form)
{
	char *values[NFIELDS] = { 0 };

	values[WAGES] = strdup("100.00");
	values[TOTAL] = strdup("999.00");             /* stale */
	form_compute(form, values, NULL);
	CHECK_STR(values[TOTAL], "100.00");
	CHECK(values[YEAR] == NULL);                 /* no annual pay: empty */
	for (int i = 0; i < NFIELDS; i++)
		free(values[i]);
}

int main(void)
{
	struct form *form;

	arithmetic();
	money_exactly();
	rounding();
	empties();
	division_by_zero();
	too_large();
	names();
	syntax();
	loader_mistakes();
	form = budget();
	CHECK(form != NULL);
	if (form) {
		computed_values(form);
		computed_empty_and_range(form);
		computed_in_place(form);
	}
	form_free(form);
	return check_done();
}
