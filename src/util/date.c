/* date.c: parsing and arithmetic of calendar dates (no time zones here). */
#include "date.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

static bool leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return m == 2 && leap(y) ? 29 : days[m - 1];
}

bool date_valid(struct hdate d)
{
	return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12
	    && d.day >= 1 && d.day <= month_days(d.year, d.month);
}

/* Howard Hinnant's days_from_civil. */
long date_to_days(struct hdate d)
{
	long y = d.year - (d.month <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

struct hdate date_from_days(long z)
{
	struct hdate d;
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d.day = (int)(doy - (153 * mp + 2) / 5 + 1);
	d.month = (int)(mp < 10 ? mp + 3 : mp - 9);
	d.year = (int)(yoe + era * 400 + (d.month <= 2));
	return d;
}

void date_format(struct hdate d, char buf[11])
{
	unsigned y = (unsigned)d.year % 10000, m = (unsigned)d.month % 100, dd = (unsigned)d.day % 100;

	snprintf(buf, 11, "%04u-%02u-%02u", y, m, dd);
}

struct hdate date_today(void)
{
	time_t now = time(NULL);
	struct tm tm;

	localtime_r(&now, &tm);
	return (struct hdate){ tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday };
}

/* Reads up to `max` digits at *p into *value; returns how many. */
static int digits(const char **p, int max, int *value)
{
	int n = 0;

	*value = 0;
	while (n < max && isdigit((unsigned char)**p)) {
		*value = *value * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	return n;
}

static bool parse_offset(const char *s, struct hdate today, struct hdate *out)
{
	char *end;
	long n = strtol(s, &end, 10);

	if (end == s + 1 || *end || n > 36500 || n < -36500)
		return false;
	*out = date_from_days(date_to_days(today) + n);
	return true;
}

bool date_parse(const char *text, struct hdate today, struct hdate *out)
{
	char buf[32];
	const char *p;
	size_t len;
	int a, b, c, na, nb, nc;
	char sep;
	struct hdate d;

	while (isspace((unsigned char)*text))
		text++;
	len = strlen(text);
	while (len && isspace((unsigned char)text[len - 1]))
		len--;
	if (len == 0 || len >= sizeof buf)
		return false;
	memcpy(buf, text, len);
	buf[len] = 0;

	if (!strcasecmp(buf, "t") || !strcasecmp(buf, "today")) {
		*out = today;
		return true;
	}
	if (buf[0] == '+' || buf[0] == '-')
		return parse_offset(buf, today, out);

	p = buf;
	na = digits(&p, 4, &a);
	sep = *p;
	if (na == 0 || (sep != '-' && sep != '/' && sep != '.'))
		return false;
	p++;
	nb = digits(&p, 2, &b);
	if (nb == 0 || *p != sep)
		return false;
	p++;
	nc = digits(&p, 4, &c);
	if (nc == 0 || *p)
		return false;

	if (na == 4) {                       /* 2026-11-23 */
		d = (struct hdate){ a, b, c };
		if (nc > 2)
			return false;
	} else if (nc == 4 && na <= 2) {     /* 11/23/2026 */
		d = (struct hdate){ c, a, b };
	} else if (nc == 2 && na <= 2) {     /* 11/23/26: the century nearest today */
		int y = today.year - today.year % 100 + c;
		if (y > today.year + 20)
			y -= 100;
		d = (struct hdate){ y, a, b };
	} else {
		return false;
	}
	if (!date_valid(d))
		return false;
	*out = d;
	return true;
}
