/* test_field.c: what people type, turned into stored values or into a
 * sentence saying what is wrong, and stored values shown back. */
#include <stdlib.h>
#include <string.h>

#include "forms/field.h"
#include "forms/form.h"
#include "check.h"

static const struct form_option sex_options[] = {
	{ "0", "Female" }, { "1", "Male" }, { "8", "Client doesn't know" },
	{ "9", "Client prefers not to answer" }, { "99", "Data not collected" },
};
static const struct field_list lists[] = { { "hud_sex", sex_options, 5 } };
static const struct field_context ctx = { { 2026, 11, 23 }, "7", "3", lists, 1 };
static const struct field_context no_lists = { { 2026, 11, 23 }, NULL, NULL, NULL, 0 };

static struct form *form;

static const struct form_field *field(const char *name)
{
	return &form->fields[form_field_find(form, name)];
}

/* The stored value of `input`, "(null)" for none, or the problem. */
static const char *parsed_in(const char *name, const char *input, const struct field_context *c)
{
	static char buf[512];
	char *value, *problem;
	bool ok = field_parse(field(name), input, c, &value, &problem);

	snprintf(buf, sizeof buf, "%s", ok ? (value ? value : "(null)") : problem);
	if (ok == (problem != NULL) || (!ok && value))
		snprintf(buf, sizeof buf, "inconsistent result");
	free(value);
	free(problem);
	return buf;
}

static const char *parsed(const char *name, const char *input)
{
	return parsed_in(name, input, &ctx);
}

static const char *shown(const char *name, const char *value)
{
	static char buf[512];
	char *s = field_display(field(name), value, &ctx);

	snprintf(buf, sizeof buf, "%s", s);
	free(s);
	return buf;
}

static void text(void)
{
	size_t n;

	CHECK_STR(parsed("name", "  José Núñez  "), "José Núñez");
	CHECK_STR(parsed("name", "王秀英"), "王秀英");
	CHECK_STR(parsed("name", "王秀英王秀英王秀英王"), "王秀英王秀英王秀英王");
	CHECK_STR(parsed("name", "🙂 Ana"), "🙂 Ana");
	CHECK_STR(parsed("name", "José Núñez!"), "Name: 11 characters is too long; at most 10.");
	CHECK_STR(parsed("name", "王秀英王秀英王秀英王秀"), "Name: 11 characters is too long; at most 10.");
	CHECK_STR(parsed("name", "a\tb"), "Name: holds a tab or line break; type it on one line.");
	CHECK_STR(parsed("name", "a\nb"), "Name: holds a tab or line break; type it on one line.");
	CHECK_STR(parsed("name", "Jos\xe9"),
	          "Name: this is not valid text (UTF-8); type it again.");
	CHECK_STR(parsed("name", "\xc0\xaf"),
	          "Name: this is not valid text (UTF-8); type it again.");
	CHECK_STR(parsed("name", "\xed\xa0\x80"),
	          "Name: this is not valid text (UTF-8); type it again.");
	CHECK_STR(parsed("name", "\xf4\x90\x80\x80"),
	          "Name: this is not valid text (UTF-8); type it again.");
	CHECK_STR(parsed("name", "\xe2\x82"),
	          "Name: this is not valid text (UTF-8); type it again.");
	CHECK_STR(parsed("name", ""), "(null)");
	CHECK_STR(parsed("name", "   "), "(null)");
	CHECK_STR(parsed("name", NULL), "(null)");
	CHECK_STR(parsed("notes", " line one\n\tline two \n"), "line one\n\tline two");
	CHECK_STR(parsed("notes", "red \x1b[31m"),
	          "Notes: holds a control character; type it again.");
	CHECK_STR(parsed("notes", "123456789012345678901"),
	          "Notes: 21 characters is too long; at most 20.");
	CHECK(field_length("José Núñez", &n) && n == 10);
	CHECK(field_length("王秀英", &n) && n == 3);
	CHECK(field_length("", &n) && n == 0);
	CHECK(!field_length("\xff", &n));
}

static void dates_and_times(void)
{
	CHECK_STR(parsed("seen", "2026-11-23"), "2026-11-23");
	CHECK_STR(parsed("seen", "11/23/2026"), "2026-11-23");
	CHECK_STR(parsed("seen", "1/5/26"), "2026-01-05");
	CHECK_STR(parsed("seen", "t"), "2026-11-23");
	CHECK_STR(parsed("seen", "+30"), "2026-12-23");
	CHECK_STR(parsed("seen", "-23"), "2026-10-31");
	CHECK_STR(parsed("seen", "2/30/2026"), "Seen on: 2/30/2026 is not a date; type it as "
	          "11/23/2026, 2026-11-23, t for today or +30.");
	CHECK_STR(parsed("seen", "yesterday"), "Seen on: yesterday is not a date; type it as "
	          "11/23/2026, 2026-11-23, t for today or +30.");
	CHECK_STR(parsed("at", "9:30"), "09:30");
	CHECK_STR(parsed("at", "9:30pm"), "21:30");
	CHECK_STR(parsed("at", "9:30 PM"), "21:30");
	CHECK_STR(parsed("at", "21:30"), "21:30");
	CHECK_STR(parsed("at", "0:05"), "00:05");
	CHECK_STR(parsed("at", "9pm"), "21:00");
	CHECK_STR(parsed("at", "9 a.m."), "09:00");
	CHECK_STR(parsed("at", "12am"), "00:00");
	CHECK_STR(parsed("at", "12:15 a"), "00:15");
	CHECK_STR(parsed("at", "12pm"), "12:00");
	CHECK_STR(parsed("at", "23"), "23:00");
	CHECK_STR(parsed("at", "25:00"),
	          "At: 25:00 is not a time; type it as 9:30, 9:30pm or 21:30.");
	CHECK_STR(parsed("at", "13pm"),
	          "At: 13pm is not a time; type it as 9:30, 9:30pm or 21:30.");
	CHECK_STR(parsed("at", "0am"), "At: 0am is not a time; type it as 9:30, 9:30pm or 21:30.");
	CHECK_STR(parsed("at", "9:60"),
	          "At: 9:60 is not a time; type it as 9:30, 9:30pm or 21:30.");
	CHECK_STR(parsed("at", "9:5"), "At: 9:5 is not a time; type it as 9:30, 9:30pm or 21:30.");
	CHECK_STR(parsed("at", "9:30pmx"),
	          "At: 9:30pmx is not a time; type it as 9:30, 9:30pm or 21:30.");
	CHECK_STR(parsed("at", "noon"),
	          "At: noon is not a time; type it as 9:30, 9:30pm or 21:30.");
}

static void integers(void)
{
	CHECK_STR(parsed("children", "3"), "3");
	CHECK_STR(parsed("children", " 20 "), "20");
	CHECK_STR(parsed("children", "+5"), "5");
	CHECK_STR(parsed("children", "007"), "7");
	CHECK_STR(parsed("children", "0"), "0");
	CHECK_STR(parsed("children", "-1"), "Children: -1 is less than 0, the smallest allowed.");
	CHECK_STR(parsed("children", "21"), "Children: 21 is more than 20, the largest allowed.");
	CHECK_STR(parsed("children", "1,000"),
	          "Children: 1,000 is more than 20, the largest allowed.");
	CHECK_STR(parsed("children", "99999999999999999999999"),
	          "Children: 99999999999999999999999 is more than 20, the largest allowed.");
	CHECK_STR(parsed("children", "3.5"),
	          "Children: 3.5 is not a whole number; type digits, like 42.");
	CHECK_STR(parsed("children", "three"),
	          "Children: three is not a whole number; type digits, like 42.");
	CHECK_STR(parsed("children", "-"),
	          "Children: - is not a whole number; type digits, like 42.");
	CHECK_STR(parsed("count", "1,234,567"), "1234567");
	CHECK_STR(parsed("count", "-2147483648"), "-2147483648");
	CHECK_STR(parsed("count", "2147483648"),
	          "Count: 2147483648 is more than 2147483647, the largest allowed.");
	CHECK_STR(parsed("count", "12,34"),
	          "Count: 12,34 is not a whole number; type digits, like 42.");
	CHECK_STR(parsed("count", "1234,567"),
	          "Count: 1234,567 is not a whole number; type digits, like 42.");
	CHECK_STR(parsed("count", "1,234,"),
	          "Count: 1,234, is not a whole number; type digits, like 42.");
}

static void money(void)
{
	long long cents;

	CHECK_STR(parsed("rent", "1,234.50"), "1234.50");
	CHECK_STR(parsed("rent", "$12"), "12.00");
	CHECK_STR(parsed("rent", "12.5"), "12.50");
	CHECK_STR(parsed("rent", ".5"), "0.50");
	CHECK_STR(parsed("rent", "12."), "12.00");
	CHECK_STR(parsed("rent", "$10,000.00"), "10000.00");
	CHECK_STR(parsed("rent", "0"), "0.00");
	CHECK_STR(parsed("rent", "10,000.01"),
	          "Rent: 10,000.01 is more than 10000.00, the largest allowed.");
	CHECK_STR(parsed("rent", "-5"), "Rent: -5 is less than 0.00, the smallest allowed.");
	CHECK_STR(parsed("rent", "12.345"), "Rent: 12.345 is not an amount of money; type it as "
	          "1234.50, 1,234.50 or $12.");
	CHECK_STR(parsed("rent", "1,23"), "Rent: 1,23 is not an amount of money; type it as "
	          "1234.50, 1,234.50 or $12.");
	CHECK_STR(parsed("rent", "$"), "Rent: $ is not an amount of money; type it as "
	          "1234.50, 1,234.50 or $12.");
	CHECK_STR(parsed("rent", "."), "Rent: . is not an amount of money; type it as "
	          "1234.50, 1,234.50 or $12.");
	CHECK_STR(parsed("rent", "12 dollars"), "Rent: 12 dollars is not an amount of money; "
	          "type it as 1234.50, 1,234.50 or $12.");
	CHECK(field_money_cents("-$1,234.56", &cents) && cents == -123456);
	CHECK(field_money_cents("$-3", &cents) && cents == -300);
	CHECK(field_money_cents("99999999999999999999", &cents) && cents > 0);
	CHECK(!field_money_cents("1.2.3", &cents));
}

static void identity(void)
{
	CHECK_STR(parsed("ssn", "123-45-6789"), "123456789");
	CHECK_STR(parsed("ssn", "123 45 6789"), "123456789");
	CHECK_STR(parsed("ssn", "123456789"), "123456789");
	CHECK_STR(parsed("ssn", "xxx-xx-6789"), "xxxxx6789");
	CHECK_STR(parsed("ssn", "XXX-XX-6789"), "xxxxx6789");
	CHECK_STR(parsed("ssn", "123-45-xxxx"), "12345xxxx");
	CHECK_STR(parsed("ssn", "12-345-6789"), "SSN: 12-345-6789 is not a Social Security number; "
	          "type 9 digits as 123-45-6789, with x for each digit not known.");
	CHECK_STR(parsed("ssn", "123-45-678"), "SSN: 123-45-678 is not a Social Security number; "
	          "type 9 digits as 123-45-6789, with x for each digit not known.");
	CHECK_STR(parsed("ssn", "123-45-67890"),
	          "SSN: 123-45-67890 is not a Social Security number; "
	          "type 9 digits as 123-45-6789, with x for each digit not known.");
	CHECK_STR(parsed("ssn", "xxx-xx-xxxx"), "SSN: xxx-xx-xxxx is not a Social Security number; "
	          "type 9 digits as 123-45-6789, with x for each digit not known.");
	CHECK_STR(parsed("ssn", "123--45-6789"),
	          "SSN: 123--45-6789 is not a Social Security number; "
	          "type 9 digits as 123-45-6789, with x for each digit not known.");
	CHECK_STR(parsed("ssn", "000-12-3456"), "SSN: 000-12-3456 cannot be a Social Security "
	          "number: none begins with 000, 666 or 9, or has 00 or 0000 as its other parts.");
	CHECK_STR(parsed("ssn", "666-12-3456"), "SSN: 666-12-3456 cannot be a Social Security "
	          "number: none begins with 000, 666 or 9, or has 00 or 0000 as its other parts.");
	CHECK_STR(parsed("ssn", "912-34-5678"), "SSN: 912-34-5678 cannot be a Social Security "
	          "number: none begins with 000, 666 or 9, or has 00 or 0000 as its other parts.");
	CHECK_STR(parsed("ssn", "123-00-4567"), "SSN: 123-00-4567 cannot be a Social Security "
	          "number: none begins with 000, 666 or 9, or has 00 or 0000 as its other parts.");
	CHECK_STR(parsed("ssn", "xxx-xx-0000"), "SSN: xxx-xx-0000 cannot be a Social Security "
	          "number: none begins with 000, 666 or 9, or has 00 or 0000 as its other parts.");
	CHECK_STR(parsed("ssn", "9xx-xx-6789"), "9xxxx6789");
}

static void phones(void)
{
	static const char *const bad[] = {
		"234-5678", "155-234-5678", "055-234-5678", "555-234-56789", "555-234-5678 x",
		"555-234-5678 xabc", "555-234-5678 x1234567", "+44 20 7946 0958", "call me",
		"555/234/5678",
	};
	char want[256];

	CHECK_STR(parsed("phone", "(555) 234-5678"), "555-234-5678");
	CHECK_STR(parsed("phone", "555.234.5678"), "555-234-5678");
	CHECK_STR(parsed("phone", "5552345678"), "555-234-5678");
	CHECK_STR(parsed("phone", "+1 555 234 5678"), "555-234-5678");
	CHECK_STR(parsed("phone", "1-555-234-5678"), "555-234-5678");
	CHECK_STR(parsed("phone", "555-234-5678 x12"), "555-234-5678 x12");
	CHECK_STR(parsed("phone", "555-234-5678 ext. 12"), "555-234-5678 x12");
	CHECK_STR(parsed("phone", "555-234-5678 Extension 12"), "555-234-5678 x12");
	CHECK_STR(parsed("phone", "555 234 5678 #4021"), "555-234-5678 x4021");
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		snprintf(want, sizeof want, "Phone: %s is not a phone number; type its 10 digits as "
		         "555-234-5678, and x12 after them for an extension.", bad[i]);
		CHECK_STR(parsed("phone", bad[i]), want);
	}
}

static void choices(void)
{
	CHECK_STR(parsed("veteran", "y"), "yes");
	CHECK_STR(parsed("veteran", "Yes"), "yes");
	CHECK_STR(parsed("veteran", "TRUE"), "yes");
	CHECK_STR(parsed("veteran", "n"), "no");
	CHECK_STR(parsed("veteran", "No"), "no");
	CHECK_STR(parsed("veteran", "false"), "no");
	CHECK_STR(parsed("veteran", "maybe"), "Veteran: maybe is not yes or no; type y or n.");
	CHECK_STR(parsed("sex", "1"), "1");
	CHECK_STR(parsed("sex", " 99 "), "99");
	CHECK_STR(parsed("sex", "male"), "1");
	CHECK_STR(parsed("sex", "Female"), "0");
	CHECK_STR(parsed("sex", "7"), "Sex: 7 is not one of the choices (0, 1, 8, 9, 99).");
	CHECK_STR(parsed_in("sex", "1", &no_lists), "Sex: its choices (hud_sex) are not loaded.");
	CHECK_STR(parsed_in("sex", "1", NULL), "Sex: its choices (hud_sex) are not loaded.");
	CHECK_STR(parsed("restriction", "user"), "user");
	CHECK_STR(parsed("restriction", "restrict to user"), "user");
	CHECK_STR(parsed("restriction", "everyone"),
	          "Restriction: everyone is not one of the choices (none, organization, user).");
	CHECK_STR(parsed_in("restriction", "none", NULL), "none");
	CHECK_STR(parsed("worker", "42"), "42");
	CHECK_STR(parsed("worker", "0"), "Case worker: 0 is not the number of a user; pick one "
	          "from the list.");
	CHECK_STR(parsed("worker", "-3"), "Case worker: -3 is not the number of a user; pick one "
	          "from the list.");
	CHECK_STR(parsed("worker", "1,234"), "Case worker: 1,234 is not the number of a user; "
	          "pick one from the list.");
	CHECK_STR(parsed("worker", "Smith"), "Case worker: Smith is not the number of a user; "
	          "pick one from the list.");
}

static void display(void)
{
	char *s;

	CHECK_STR(shown("seen", "2026-11-23"), "2026-11-23");
	CHECK_STR(shown("at", "09:30:00"), "09:30");
	CHECK_STR(shown("at", "21:30"), "21:30");
	CHECK_STR(shown("rent", "1234.5"), "1,234.50");
	CHECK_STR(shown("rent", "1234567.89"), "1,234,567.89");
	CHECK_STR(shown("rent", "-12"), "-12.00");
	CHECK_STR(shown("rent", "0.5"), "0.50");
	CHECK_STR(shown("rent", "999"), "999.00");
	CHECK_STR(shown("ssn", "123456789"), "123-45-6789");
	CHECK_STR(shown("ssn", "xxxxx6789"), "xxx-xx-6789");
	CHECK_STR(shown("phone", "555-234-5678 x12"), "555-234-5678 x12");
	CHECK_STR(shown("veteran", "t"), "yes");
	CHECK_STR(shown("veteran", "f"), "no");
	CHECK_STR(shown("veteran", "yes"), "yes");
	CHECK_STR(shown("sex", "1"), "Male");
	CHECK_STR(shown("sex", "42"), "42");
	CHECK_STR(shown("restriction", "user"), "Restrict to user");
	CHECK_STR(shown("worker", "42"), "42");
	CHECK_STR(shown("name", "王秀英"), "王秀英");
	CHECK_STR(shown("name", NULL), "");
	s = field_display(field("sex"), "1", NULL);
	CHECK_STR(s, "1");
	free(s);
}

/* What field_display shows, field_parse takes back to the same value. */
static void round_trip(void)
{
	static const char *const pairs[][2] = {
		{ "name", "José Núñez" }, { "notes", "two\nlines" }, { "seen", "2024-02-29" },
		{ "at", "00:05" }, { "at", "23:59" }, { "children", "17" }, { "rent", "1234.50" },
		{ "rent", "0.05" }, { "count", "-1234567" }, { "ssn", "123456789" },
		{ "ssn", "xxxxx6789" }, { "phone", "555-234-5678" }, { "phone", "555-234-5678 x9" },
		{ "veteran", "yes" }, { "veteran", "no" }, { "sex", "8" }, { "restriction", "organization" },
		{ "worker", "12" },
	};

	for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
		char *s = field_display(field(pairs[i][0]), pairs[i][1], &ctx);
		CHECK_STR(parsed(pairs[i][0], s), pairs[i][1]);
		free(s);
	}
}

static const char *default_of(const struct form_field *f, const struct field_context *c)
{
	static char buf[64];
	char *v = field_default(f, c);

	snprintf(buf, sizeof buf, "%s", v ? v : "(null)");
	free(v);
	return buf;
}

static void defaults(void)
{
	struct form_field later = { .name = "due", .label = "Due", .type = FIELD_DATE, .def = "+30" };
	struct form_field org = { .name = "org", .label = "Organization", .type = FIELD_LOOKUP,
	                          .lookup = FIELD_LOOKUP_ORGANIZATION, .def = "organization" };
	struct form_field quality = { .name = "q", .label = "Quality", .type = FIELD_CHOICE,
	                              .choices = "hud_sex", .def = "99" };

	CHECK_STR(default_of(field("seen"), &ctx), "2026-11-23");
	CHECK_STR(default_of(field("veteran"), &ctx), "no");
	CHECK_STR(default_of(field("restriction"), &ctx), "none");
	CHECK_STR(default_of(field("worker"), &ctx), "7");
	CHECK_STR(default_of(field("worker"), &no_lists), "(null)");
	CHECK_STR(default_of(field("name"), &ctx), "(null)");
	CHECK_STR(default_of(&later, &ctx), "2026-12-23");
	CHECK_STR(default_of(&org, &ctx), "3");
	CHECK_STR(default_of(&quality, &ctx), "99");
	CHECK_STR(default_of(&quality, NULL), "99");
	quality.def = "7";
	CHECK_STR(default_of(&quality, &ctx), "(null)");
	/* a memo's default: \n in the file is a new line */
	struct form_field memo = { .name = "m", .label = "Note", .type = FIELD_MEMO,
	                           .def = "Needs:\\n\\nPlan: a \\\\ b" };
	CHECK_STR(default_of(&memo, &ctx), "Needs:\n\nPlan: a \\ b");
}

/* Option fields: picked by label as typed, first letters and on. */
static void options(void)
{
	size_t n;
	const struct form_option *o = field_options(field("sex"), &ctx, &n);

	CHECK(o && n == 5);
	CHECK(field_option_pick(o, n, 0, "m") == 1);
	CHECK(field_option_pick(o, n, 0, "M") == 1);
	CHECK(field_option_pick(o, n, 0, "client") == 2);
	CHECK(field_option_pick(o, n, 3, "c") == 3);        /* from the one after the current */
	CHECK(field_option_pick(o, n, 4, "c") == 2);        /* going round */
	CHECK(field_option_pick(o, n, 0, "client p") == 3);
	CHECK(field_option_pick(o, n, 0, "99") == 4);       /* a code, when no label starts so */
	CHECK(field_option_pick(o, n, 0, "x") == -1);
	CHECK(field_option_pick(o, n, 0, "") == -1);
	CHECK(field_options(field("sex"), &no_lists, &n) == NULL && n == 0);
	o = field_options(field("veteran"), NULL, &n);
	CHECK(o && n == 2 && field_option_pick(o, n, 0, "n") == 1);
	o = field_options(field("restriction"), NULL, &n);
	CHECK(o && n == 3 && field_option_pick(o, n, 0, "restrict to u") == 2);
	CHECK(field_options(field("name"), &ctx, &n) == NULL);
	CHECK(field_may_be_unchosen(field("veteran")));        /* not required */
	CHECK(field_may_be_unchosen(field("sex")));            /* required, no default */
	/* how much may be typed: a text's max, else room for any value */
	CHECK(field_input_max(field("name")) == 10);
	CHECK(field_input_max(field("notes")) == 20);
	CHECK(field_input_max(field("ssn")) >= 11);
}

int main(void)
{
	struct form_errors errs = { 0 };

	form = form_load("tests/unit/forms/every_type.ini", &errs);
	CHECK(form != NULL && errs.n == 0);
	if (!form)
		return check_done();
	text();
	dates_and_times();
	integers();
	money();
	identity();
	phones();
	choices();
	display();
	round_trip();
	defaults();
	options();
	form_free(form);
	return check_done();
}
