/* test_date.c: dates as people type them. */
#include "util/date.h"

#include "check.h"

static const struct hdate today = { 2026, 11, 23 };

static const char *parsed(const char *text)
{
	static char buf[11];
	struct hdate d;

	if (!date_parse(text, today, &d))
		return "invalid";
	date_format(d, buf);
	return buf;
}

int main(void)
{
	CHECK_STR(parsed("2026-11-23"), "2026-11-23");
	CHECK_STR(parsed("11/23/2026"), "2026-11-23");
	CHECK_STR(parsed("1/5/2026"), "2026-01-05");
	CHECK_STR(parsed("11-23-2026"), "2026-11-23");
	CHECK_STR(parsed("11/23/26"), "2026-11-23");
	CHECK_STR(parsed("11/23/50"), "1950-11-23");
	CHECK_STR(parsed("t"), "2026-11-23");
	CHECK_STR(parsed("T"), "2026-11-23");
	CHECK_STR(parsed(" today "), "2026-11-23");
	CHECK_STR(parsed("+30"), "2026-12-23");
	CHECK_STR(parsed("-23"), "2026-10-31");
	CHECK_STR(parsed("+0"), "2026-11-23");
	CHECK_STR(parsed("2024-02-29"), "2024-02-29");
	CHECK_STR(parsed("2026-02-29"), "invalid");
	CHECK_STR(parsed("2026-13-01"), "invalid");
	CHECK_STR(parsed("13/01/2026"), "invalid");
	CHECK_STR(parsed("2026-11-31"), "invalid");
	CHECK_STR(parsed(""), "invalid");
	CHECK_STR(parsed("abc"), "invalid");
	CHECK_STR(parsed("+"), "invalid");
	CHECK_STR(parsed("+3x"), "invalid");
	CHECK_STR(parsed("2026-11-23x"), "invalid");
	CHECK_STR(parsed("2026/11-23"), "invalid");
	CHECK_STR(parsed("99999999999999999999999999999999"), "invalid");
	CHECK(date_to_days((struct hdate){ 1970, 1, 1 }) == 0);
	CHECK(date_to_days((struct hdate){ 2000, 3, 1 }) == 11017);
	for (long d = -700000; d < 800000; d += 997) {
		struct hdate h = date_from_days(d);
		CHECK(date_valid(h) && date_to_days(h) == d);
	}
	return check_done();
}
