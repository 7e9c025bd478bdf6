/* test_changes.c: editing a record someone else may change meanwhile: what
 * changed, what collides, and values from the database made comparable
 * with what was typed. */
#include <stdlib.h>

#include "forms/changes.h"
#include "forms/form.h"
#include "check.h"

static const struct field_context ctx = { { 2026, 11, 23 }, "7", "3", NULL, 0 };

static void changes(void)
{
	CHECK(change_of("a", "a", "a") == CHANGE_NONE);
	CHECK(change_of(NULL, NULL, NULL) == CHANGE_NONE);
	CHECK(change_of("a", "b", "a") == CHANGE_MINE);
	CHECK(change_of(NULL, "b", NULL) == CHANGE_MINE);
	CHECK(change_of("a", NULL, "a") == CHANGE_MINE);
	CHECK(change_of("a", "a", "c") == CHANGE_THEIRS);
	CHECK(change_of("a", "a", NULL) == CHANGE_THEIRS);
	CHECK(change_of("a", "b", "b") == CHANGE_SAME);
	CHECK(change_of("a", NULL, NULL) == CHANGE_SAME);
	CHECK(change_of("a", "b", "c") == CHANGE_CONFLICT);
	CHECK(change_of("a", "b", NULL) == CHANGE_CONFLICT);
	CHECK(change_of(NULL, "b", "c") == CHANGE_CONFLICT);
	CHECK(same_value(NULL, NULL) && !same_value("", NULL) && same_value("x", "x"));
}

static void canonical_one(const struct form *form, const char *field, const char *db,
                          const char *want)
{
	int i = form_field_find(form, field);
	char *v;

	CHECK(i >= 0);
	if (i < 0)
		return;
	v = field_canonical(&form->fields[i], db, &ctx);
	if (want)
		CHECK_STR(v, want);
	else
		CHECK(v == NULL);
	free(v);
}

static void canonical(const struct form *form)
{
	canonical_one(form, "veteran", "t", "yes");
	canonical_one(form, "veteran", "f", "no");
	canonical_one(form, "at", "21:30:00", "21:30");
	canonical_one(form, "seen", "2026-11-23", "2026-11-23");
	canonical_one(form, "rent", "1200.5", "1200.50");
	canonical_one(form, "ssn", "123456789", "123456789");
	canonical_one(form, "name", "José Núñez", "José Núñez");
	canonical_one(form, "name", NULL, NULL);
	canonical_one(form, "name", "", NULL);
	/* what does not parse stays as the database has it */
	canonical_one(form, "seen", "not a date", "not a date");
}

int main(void)
{
	struct form *form = form_load("tests/unit/forms/every_type.ini", NULL);

	changes();
	CHECK(form != NULL);
	if (form)
		canonical(form);
	form_free(form);
	return check_done();
}
