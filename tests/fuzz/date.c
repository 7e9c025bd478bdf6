/* date.c: fuzz the date parser (src/util/date.c) against a fixed today. A
 * date that parses is a real day, and its YYYY-MM-DD form parses back to
 * the same day. */
#include "fuzz.h"
#include "util/date.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct hdate today = { 2026, 11, 23 };
	char *s = fuzz_string(data, size);
	struct hdate d = { 0, 0, 0 }, back;
	char buf[11];

	if (date_parse(s, today, &d)) {
		FUZZ_CHECK(date_valid(d));
		date_format(d, buf);
		FUZZ_CHECK(date_parse(buf, today, &back));
		FUZZ_CHECK(back.year == d.year && back.month == d.month && back.day == d.day);
		back = date_from_days(date_to_days(d));
		FUZZ_CHECK(back.year == d.year && back.month == d.month && back.day == d.day);
	} else {
		FUZZ_CHECK(d.year == 0 && d.month == 0 && d.day == 0);
	}
	free(s);
	return 0;
}
