/* field_ids.c: the parsers of identity numbers: Social Security numbers
 * (with x for a digit not known) and US phone numbers with an extension. */
#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/xalloc.h"
#include "field_parsers.h"

/* Reads "123-45-6789", "123 45 6789" or "123456789", x for an unknown
 * digit, into 9 characters. */
static bool ssn_read(const char *s, char out[10])
{
	int n = 0;

	for (; *s; s++) {
		if (isdigit((unsigned char)*s) || *s == 'x' || *s == 'X') {
			if (n == 9)
				return false;
			out[n++] = (char)tolower((unsigned char)*s);
		} else if ((*s != '-' && *s != ' ') || (n != 3 && n != 5)
		           || (s[1] == '-' || s[1] == ' ')) {
			return false;
		}
	}
	out[n] = 0;
	return n == 9 && strspn(out, "x") < 9;
}

/* Whether a group of the SSN, when all its digits are known, is one the
 * Social Security Administration never issues. */
static bool ssn_never_issued(const char *ssn)
{
	bool area = !memchr(ssn, 'x', 3), group = !memchr(ssn + 3, 'x', 2);
	bool serial = !memchr(ssn + 5, 'x', 4);

	return (area && (!strncmp(ssn, "000", 3) || !strncmp(ssn, "666", 3) || ssn[0] == '9'))
	    || (group && !strncmp(ssn + 3, "00", 2)) || (serial && !strncmp(ssn + 5, "0000", 4));
}

char *field_parse_ssn(const struct form_field *f, const char *s,
                const struct field_context *ctx, char **problem)
{
	char ssn[10];

	(void)ctx;
	if (!ssn_read(s, ssn)) {
		*problem = xasprintf("%s: %s is not a Social Security number; type 9 digits as "
		                     "123-45-6789, with x for each digit not known.", f->label, s);
	} else if (ssn_never_issued(ssn)) {
		*problem = xasprintf("%s: %s cannot be a Social Security number: none begins with "
		                     "000, 666 or 9, or has 00 or 0000 as its other parts.", f->label, s);
	} else {
		return xstrdup(ssn);
	}
	return NULL;
}

/* The extension's start: x, ext, ext. or # (any case), or NULL. */
static const char *phone_extension(const char *s, const char **digits)
{
	static const char *const marks[] = { "extension", "ext.", "ext", "x", "#" };

	for (const char *p = s; *p; p++)
		for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
			if (!strncasecmp(p, marks[i], strlen(marks[i]))) {
				*digits = p + strlen(marks[i]);
				return p;
			}
	return NULL;
}

/* The 10 digits of a US number, from (555) 234-5678, 555.234.5678,
 * +1 555 234 5678 and the like, between s and end. */
static bool phone_digits(const char *s, const char *end, char out[11])
{
	char d[12];
	int n = 0;

	if (*s == '+' && s[1] != '1')
		return false;
	for (s += *s == '+'; s < end; s++) {
		if (isdigit((unsigned char)*s) && n < 11)
			d[n++] = *s;
		else if (!strchr(" -.()", *s))
			return false;
	}
	if (n == 11 && d[0] == '1')
		memmove(d, d + 1, (size_t)--n);
	if (n != 10 || d[0] < '2')
		return false;
	memcpy(out, d, 10);
	out[10] = 0;
	return true;
}

static bool phone_read(const char *s, char **value)
{
	const char *ext_digits = NULL, *ext = phone_extension(s, &ext_digits);
	char d[11];
	long long n;

	if (!phone_digits(s, ext ? ext : s + strlen(s), d))
		return false;
	if (!ext) {
		*value = xasprintf("%.3s-%.3s-%.4s", d, d + 3, d + 6);
		return true;
	}
	while (*ext_digits == ' ')
		ext_digits++;
	if (strlen(ext_digits) > 6 || strspn(ext_digits, "0123456789") != strlen(ext_digits)
	    || !field_integer_parse(ext_digits, &n))
		return false;
	*value = xasprintf("%.3s-%.3s-%.4s x%s", d, d + 3, d + 6, ext_digits);
	return true;
}

char *field_parse_phone(const struct form_field *f, const char *s,
                  const struct field_context *ctx, char **problem)
{
	char *value;

	(void)ctx;
	if (!phone_read(s, &value)) {
		*problem = xasprintf("%s: %s is not a phone number; type its 10 digits as "
		                     "555-234-5678, and x12 after them for an extension.", f->label, s);
		return NULL;
	}
	return value;
}
