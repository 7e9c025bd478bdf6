/* quick_find.c: the quick search box's text as a Find Client search. */
#include "quick_find.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "util/date.h"

/* The text without spaces at either end, into buf. */
static void trim_into(const char *s, size_t len, char *buf, size_t size)
{
	while (len && isspace((unsigned char)*s))
		s++, len--;
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	snprintf(buf, size, "%.*s", (int)len, s);
}

/* Digits, allowing the dashes and spaces of an SSN; how many, into d. */
static size_t ssn_digits(const char *s, char *d)
{
	size_t n = 0;

	for (; *s; s++) {
		if (isdigit((unsigned char)*s) && n < 9)
			d[n++] = *s;
		else if (*s != '-' && *s != ' ')
			return 0;
	}
	d[n] = 0;
	return n;
}

static bool names(const char *text, struct quick_find *q)
{
	const char *comma = strchr(text, ','), *space;

	if (comma) {
		trim_into(text, (size_t)(comma - text), q->last, sizeof q->last);
		trim_into(comma + 1, strlen(comma + 1), q->first, sizeof q->first);
	} else if ((space = strrchr(text, ' '))) {
		trim_into(text, (size_t)(space - text), q->first, sizeof q->first);
		trim_into(space + 1, strlen(space + 1), q->last, sizeof q->last);
	} else {
		trim_into(text, strlen(text), q->last, sizeof q->last);
	}
	return q->first[0] || q->last[0];
}

bool quick_find_parse(const char *text, struct quick_find *q, const char **problem)
{
	char t[128], digits[10];
	struct hdate d;
	size_t n;

	memset(q, 0, sizeof *q);
	*problem = NULL;
	trim_into(text, strlen(text), t, sizeof t);
	if (!t[0]) {
		*problem = "Type a name, an SSN or its last four, a birth date, or # and a client id.";
		return false;
	}
	if (t[0] == '#') {
		n = strspn(t + 1, "0123456789");
		if (n == 0 || t[1 + n] || n >= sizeof q->id) {
			*problem = "A client id is # and digits: #42.";
			return false;
		}
		memcpy(q->id, t + 1, n + 1);
		return true;
	}
	/* 11/23/1980 and 1980-11-23 are dates; other digits, dashes and spaces an SSN */
	if (isdigit((unsigned char)t[0]) && !strchr(t, '/') && !(strlen(t) >= 8 && t[4] == '-')
	    && (n = ssn_digits(t, digits)) > 0) {
		if (n != 4 && n != 9) {
			*problem = "An SSN is nine digits, or its last four.";
			return false;
		}
		memcpy(q->ssn, digits, n + 1);
		return true;
	}
	if (isdigit((unsigned char)t[0])) {
		if (!date_parse(t, date_today(), &d)) {
			*problem = "That is not a date; type a birth date as 11/23/1980 or 1980-11-23.";
			return false;
		}
		date_format(d, q->birth_date);
		return true;
	}
	if (!names(t, q)) {
		*problem = "Type a last name, a first name, or both: smith, jo.";
		return false;
	}
	return true;
}

bool quick_find_ssn(const char *text, char out[10])
{
	char t[128];
	size_t n;

	trim_into(text, strlen(text), t, sizeof t);
	out[0] = 0;
	if (!t[0])
		return true;
	n = isdigit((unsigned char)t[0]) ? ssn_digits(t, out) : 0;
	if (n != 4 && n != 9) {
		out[0] = 0;
		return false;
	}
	return true;
}

bool quick_find_id(const char *text, char out[20])
{
	char t[128];
	const char *d = t;
	size_t n;

	trim_into(text, strlen(text), t, sizeof t);
	out[0] = 0;
	if (*d == '#')
		d++;
	n = strspn(d, "0123456789");
	if (!t[0])
		return true;
	if (n == 0 || d[n] || n >= 20)
		return false;
	memcpy(out, d, n + 1);
	return true;
}
