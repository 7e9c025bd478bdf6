/* test_quick_find.c: the quick search box's text read as a search. */
#include "quick_find.h"
#include "check.h"

static void reads(const char *text, const char *first, const char *last, const char *birth,
                  const char *ssn, const char *id)
{
	struct quick_find q;
	const char *problem;

	CHECK(quick_find_parse(text, &q, &problem));
	CHECK(problem == NULL);
	CHECK_STR(q.first, first);
	CHECK_STR(q.last, last);
	CHECK_STR(q.birth_date, birth);
	CHECK_STR(q.ssn, ssn);
	CHECK_STR(q.id, id);
}

static void refuses(const char *text, const char *problem_start)
{
	struct quick_find q;
	const char *problem;

	CHECK(!quick_find_parse(text, &q, &problem));
	CHECK(problem && !strncmp(problem, problem_start, strlen(problem_start)));
}

/* Find Client's SSN and client id fields: digits, never letters dropped. */
static void fields(void)
{
	char ssn[10], id[20];

	CHECK(quick_find_ssn("4011", ssn));
	CHECK_STR(ssn, "4011");
	CHECK(quick_find_ssn(" 123-45-6789 ", ssn));
	CHECK_STR(ssn, "123456789");
	CHECK(quick_find_ssn("", ssn));
	CHECK_STR(ssn, "");
	CHECK(!quick_find_ssn("abcd", ssn));
	CHECK(!quick_find_ssn("b", ssn));
	CHECK(!quick_find_ssn("4011x", ssn));
	CHECK(!quick_find_ssn("40a1", ssn));
	CHECK(!quick_find_ssn("12ab", ssn));
	CHECK(!quick_find_ssn("12345", ssn));
	CHECK(!quick_find_ssn("1234567890", ssn));
	CHECK(quick_find_id("12", id));
	CHECK_STR(id, "12");
	CHECK(quick_find_id("#301", id));
	CHECK_STR(id, "301");
	CHECK(quick_find_id("  ", id));
	CHECK_STR(id, "");
	CHECK(!quick_find_id("12ab", id));
	CHECK(!quick_find_id("ab", id));
	CHECK(!quick_find_id("#", id));
	CHECK(!quick_find_id("1 2", id));
}

int main(void)
{
	fields();
	reads("smith", "", "smith", "", "", "");
	reads("  Smi  ", "", "Smi", "", "", "");
	reads("jo smi", "jo", "smi", "", "", "");
	reads("Mary Ann Smith", "Mary Ann", "Smith", "", "", "");
	reads("Smith, Jo", "Jo", "Smith", "", "", "");
	reads("Núñez,María", "María", "Núñez", "", "", "");
	reads("4011", "", "", "", "4011", "");
	reads("123-45-6789", "", "", "", "123456789", "");
	reads("123 45 6789", "", "", "", "123456789", "");
	reads("12/2/1977", "", "", "1977-12-02", "", "");
	reads("1977-12-02", "", "", "1977-12-02", "", "");
	reads("#42", "", "", "", "", "42");
	refuses("", "Type a name");
	refuses("   ", "Type a name");
	refuses("#", "A client id");
	refuses("#4x", "A client id");
	refuses("12345", "An SSN is nine digits");
	refuses("2/30/1977", "That is not a date");
	refuses(",", "Type a last name");
	return check_done();
}
