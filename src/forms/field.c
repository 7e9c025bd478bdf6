/* field.c: parsing what people type into stored values, one small parser
 * per field type (those of SSNs and phones in field_ids.c). Showing stored
 * values and defaults is in field_display.c. */
#include "field.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../util/xalloc.h"
#include "field_parsers.h"

/* Without min or max: PostgreSQL's integer, and numeric(12,2) in cents. */
#define INTEGER_MIN (-2147483647LL - 1)
#define INTEGER_MAX 2147483647LL
#define MONEY_MAX 999999999999LL
/* Numbers are read up to here; beyond, they are just "too large". */
#define NUMBER_CAP 1000000000000000LL

/* A parser gets the trimmed, non-empty input and returns the stored value,
 * or NULL after setting *problem. */
typedef char *parser(const struct form_field *f, const char *s,
                     const struct field_context *ctx, char **problem);

/* ---- text ------------------------------------------------------------ */

/* The length of the UTF-8 sequence at s, or 0 when it is not valid
 * (overlong forms, surrogates and code points past U+10FFFF included). */
static int utf8_char(const unsigned char *s)
{
	unsigned c = s[0], cp;
	int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
	        : c >= 0xF0 && c <= 0xF4 ? 4 : 0;

	if (len <= 1)
		return len;
	cp = c & (0x7F >> len);
	for (int i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3F);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
	    || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

bool field_length(const char *s, size_t *n)
{
	int len;

	for (*n = 0; *s; s += len, (*n)++)
		if (!(len = utf8_char((const unsigned char *)s)))
			return false;
	return true;
}

/* Whether s holds a control character other than those `allowed`. */
static bool has_control(const char *s, const char *allowed)
{
	for (; *s; s++)
		if (((unsigned char)*s < 0x20 || *s == 0x7F) && !strchr(allowed, *s))
			return true;
	return false;
}

/* ---- formats of text: e-mail, ZIP code, state ------------------------ */

/* The states, the District of Columbia and the territories, as USPS writes them. */
static const char *const states[][2] = {
	{ "AL", "Alabama" }, { "AK", "Alaska" }, { "AZ", "Arizona" }, { "AR", "Arkansas" },
	{ "CA", "California" }, { "CO", "Colorado" }, { "CT", "Connecticut" },
	{ "DE", "Delaware" }, { "DC", "District of Columbia" }, { "FL", "Florida" },
	{ "GA", "Georgia" }, { "HI", "Hawaii" }, { "ID", "Idaho" }, { "IL", "Illinois" },
	{ "IN", "Indiana" }, { "IA", "Iowa" }, { "KS", "Kansas" }, { "KY", "Kentucky" },
	{ "LA", "Louisiana" }, { "ME", "Maine" }, { "MD", "Maryland" },
	{ "MA", "Massachusetts" }, { "MI", "Michigan" }, { "MN", "Minnesota" },
	{ "MS", "Mississippi" }, { "MO", "Missouri" }, { "MT", "Montana" },
	{ "NE", "Nebraska" }, { "NV", "Nevada" }, { "NH", "New Hampshire" },
	{ "NJ", "New Jersey" }, { "NM", "New Mexico" }, { "NY", "New York" },
	{ "NC", "North Carolina" }, { "ND", "North Dakota" }, { "OH", "Ohio" },
	{ "OK", "Oklahoma" }, { "OR", "Oregon" }, { "PA", "Pennsylvania" },
	{ "RI", "Rhode Island" }, { "SC", "South Carolina" }, { "SD", "South Dakota" },
	{ "TN", "Tennessee" }, { "TX", "Texas" }, { "UT", "Utah" }, { "VT", "Vermont" },
	{ "VA", "Virginia" }, { "WA", "Washington" }, { "WV", "West Virginia" },
	{ "WI", "Wisconsin" }, { "WY", "Wyoming" }, { "AS", "American Samoa" },
	{ "GU", "Guam" }, { "MP", "Northern Mariana Islands" }, { "PR", "Puerto Rico" },
	{ "VI", "Virgin Islands" }, { "AA", "Armed Forces Americas" },
	{ "AE", "Armed Forces Europe" }, { "AP", "Armed Forces Pacific" },
};

static char *state_code(const struct form_field *f, const char *s, char **problem)
{
	for (size_t i = 0; i < sizeof states / sizeof *states; i++)
		if (!strcasecmp(s, states[i][0]) || !strcasecmp(s, states[i][1]))
			return xstrdup(states[i][0]);
	*problem = xasprintf("%s: %s is not a US state; type its two-letter code (OR, WA, CA) "
	                     "or its name.", f->label, s);
	return NULL;
}

static char *zip_code(const struct form_field *f, const char *s, char **problem)
{
	size_t n = strspn(s, "0123456789");

	if (n == 5 && !s[5])
		return xstrdup(s);
	if (n == 9 && !s[9])
		return xasprintf("%.5s-%.4s", s, s + 5);
	if (n == 5 && (s[5] == '-' || s[5] == ' ') && strspn(s + 6, "0123456789") == 4 && !s[10])
		return xasprintf("%.5s-%.4s", s, s + 6);
	*problem = xasprintf("%s: %s is not a ZIP code; type its 5 digits (97202) or 9 "
	                     "(97202-1234).", f->label, s);
	return NULL;
}

/* name@example.org: something before one @, and after it a domain of
 * dot-separated labels (letters, digits, -), the last of two letters or more. */
static bool email_ok(const char *s)
{
	const char *at = strchr(s, '@'), *p, *label;

	if (!at || at == s || strchr(at + 1, '@') || strpbrk(s, " \t,;<>()[]\\\""))
		return false;
	for (p = label = at + 1;; p++) {
		if (*p == '.' || !*p) {
			if (p == label || *label == '-' || p[-1] == '-')
				return false;
			if (!*p)
				break;
			label = p + 1;
		} else if (!isalnum((unsigned char)*p) && *p != '-' && !((unsigned char)*p & 0x80)) {
			return false;
		}
	}
	return label != at + 1 && p - label >= 2 && !isdigit((unsigned char)*label);
}

static char *formatted(const struct form_field *f, const char *s, char **problem)
{
	switch (f->format) {
	case FORMAT_STATE:
		return state_code(f, s, problem);
	case FORMAT_ZIP:
		return zip_code(f, s, problem);
	case FORMAT_EMAIL:
		if (email_ok(s))
			return xstrdup(s);
		*problem = xasprintf("%s: %s is not an e-mail address; type it as name@example.org.",
		                     f->label, s);
		return NULL;
	default:
		return xstrdup(s);
	}
}

static char *parse_text(const struct form_field *f, const char *s,
                        const struct field_context *ctx, char **problem)
{
	size_t n;
	char *value;

	(void)ctx;
	if (!field_length(s, &n)) {
		*problem = xasprintf("%s: this is not valid text (UTF-8); type it again.", f->label);
	} else if (has_control(s, f->type == FIELD_MEMO ? "\n\t" : "")) {
		*problem = xasprintf(f->type == FIELD_MEMO
		                     ? "%s: holds a control character; type it again."
		                     : "%s: holds a tab or line break; type it on one line.", f->label);
	} else if (!(value = formatted(f, s, problem))) {
		return NULL;
	} else if (field_length(value, &n) && f->has_max && (long long)n > f->max) {
		*problem = xasprintf("%s: %zu characters is too long; at most %lld.", f->label, n, f->max);
		free(value);
	} else {
		return value;
	}
	return NULL;
}

/* ---- dates and times ------------------------------------------------- */

static char *parse_date(const struct form_field *f, const char *s,
                        const struct field_context *ctx, char **problem)
{
	struct hdate d;
	char buf[11];

	if (!date_parse(s, ctx->today, &d)) {
		*problem = xasprintf("%s: %s is not a date; type it as 11/23/2026, 2026-11-23, "
		                     "t for today or +30.", f->label, s);
		return NULL;
	}
	date_format(d, buf);
	return xstrdup(buf);
}

/* Reads 1 to `max` digits at *p. */
static int read_digits(const char **p, int max, int *value)
{
	int n = 0;

	for (*value = 0; n < max && isdigit((unsigned char)**p); n++, (*p)++)
		*value = *value * 10 + (**p - '0');
	return n;
}

/* "am", "a", "a.m." and the same with p: 1 for am, 2 for pm, 0 for none,
 * -1 for something else. */
static int am_pm(const char *s)
{
	static const char *const am[] = { "am", "a", "a.m.", "a.m" };
	int half;

	while (*s == ' ')
		s++;
	if (!*s)
		return 0;
	half = tolower((unsigned char)*s) == 'a' ? 1 : tolower((unsigned char)*s) == 'p' ? 2 : -1;
	for (size_t i = 0; half > 0 && i < sizeof am / sizeof *am; i++)
		if (!strcasecmp(s + 1, am[i] + 1))
			return half;
	return -1;
}

static bool time_parse(const char *s, int *hh, int *mm)
{
	int h, m = 0, half;

	if (!read_digits(&s, 2, &h))
		return false;
	if (*s == ':' && (s++, read_digits(&s, 2, &m) != 2))
		return false;
	if ((half = am_pm(s)) < 0 || m > 59)
		return false;
	if (half ? h < 1 || h > 12 : h > 23)
		return false;
	*hh = half ? h % 12 + (half == 2 ? 12 : 0) : h;
	*mm = m;
	return true;
}

static char *parse_time(const struct form_field *f, const char *s,
                        const struct field_context *ctx, char **problem)
{
	int h, m;

	(void)ctx;
	if (!time_parse(s, &h, &m)) {
		*problem = xasprintf("%s: %s is not a time; type it as 9:30, 9:30pm or 21:30.",
		                     f->label, s);
		return NULL;
	}
	return xasprintf("%02d:%02d", h, m);
}

/* ---- numbers --------------------------------------------------------- */

/* Reads a whole number at *p, plain (1234) or grouped by commas (1,234),
 * into *v, which stops growing at NUMBER_CAP. */
static bool read_whole(const char **p, long long *v)
{
	const char *s = *p;
	int group = 0, n = 0;

	for (*v = 0; isdigit((unsigned char)*s) || (*s == ',' && n); s++) {
		if (*s == ',') {
			if ((group ? n != 3 : n > 3) || !isdigit((unsigned char)s[1]))
				return false;
			group = 1, n = 0;
			continue;
		}
		n++;
		if (*v < NUMBER_CAP)
			*v = *v * 10 + (*s - '0');
	}
	if (!n || (group && n != 3))
		return false;
	*p = s;
	return true;
}

bool field_integer_parse(const char *s, long long *v)
{
	bool minus = *s == '-';

	if (*s == '-' || *s == '+')
		s++;
	if (!read_whole(&s, v) || *s)
		return false;
	if (minus)
		*v = -*v;
	return true;
}

/* "%s: 130 is more than 120, the largest allowed." and the like. */
static char *out_of_range(const struct form_field *f, const char *s, long long v,
                          long long min, long long max, bool money)
{
	long long limit = v < min ? min : max;
	char *shown = money ? xasprintf("%s%lld.%02lld", limit < 0 ? "-" : "",
	                                llabs(limit) / 100, llabs(limit) % 100)
	                    : xasprintf("%lld", limit);
	char *msg = xasprintf("%s: %s is %s than %s, the %s allowed.", f->label, s,
	                      v < min ? "less" : "more", shown, v < min ? "smallest" : "largest");

	free(shown);
	return msg;
}

static char *parse_integer(const struct form_field *f, const char *s,
                           const struct field_context *ctx, char **problem)
{
	long long v, min = f->has_min ? f->min : INTEGER_MIN, max = f->has_max ? f->max : INTEGER_MAX;

	(void)ctx;
	if (!field_integer_parse(s, &v)) {
		*problem = xasprintf("%s: %s is not a whole number; type digits, like 42.", f->label, s);
		return NULL;
	}
	if (v < min || v > max) {
		*problem = out_of_range(f, s, v, min, max, false);
		return NULL;
	}
	return xasprintf("%lld", v);
}

bool field_money_cents(const char *s, long long *cents)
{
	bool minus = false, digits = false;
	long long whole = 0;
	int frac = 0, n;

	while (isspace((unsigned char)*s))
		s++;
	if (*s == '-' || *s == '+')
		minus = *s++ == '-';
	if (*s == '$' && (s++, !minus && *s == '-'))   /* $-12 */
		minus = true, s++;
	if (isdigit((unsigned char)*s)) {
		if (!read_whole(&s, &whole))
			return false;
		digits = true;
	}
	if (*s == '.') {
		s++;
		n = read_digits(&s, 2, &frac);
		frac *= n == 1 ? 10 : 1;
		digits = digits || n;
	}
	while (isspace((unsigned char)*s))
		s++;
	if (*s || !digits)
		return false;
	*cents = (whole * 100 + frac) * (minus ? -1 : 1);
	return true;
}

static char *parse_money(const struct form_field *f, const char *s,
                         const struct field_context *ctx, char **problem)
{
	long long v, min = f->has_min ? f->min : -MONEY_MAX, max = f->has_max ? f->max : MONEY_MAX;

	(void)ctx;
	if (!field_money_cents(s, &v)) {
		*problem = xasprintf("%s: %s is not an amount of money; type it as 1234.50, "
		                     "1,234.50 or $12.", f->label, s);
		return NULL;
	}
	if (v < min || v > max) {
		*problem = out_of_range(f, s, v, min, max, true);
		return NULL;
	}
	return xasprintf("%s%lld.%02lld", v < 0 ? "-" : "", llabs(v) / 100, llabs(v) % 100);
}

/* ---- yes or no, choices, lookups ------------------------------------- */

/* 1 for yes, 0 for no, -1 for neither (PostgreSQL's t and f included). */
int field_yes_no(const char *s)
{
	static const char *const yes[] = { "y", "yes", "true", "t", "1" };
	static const char *const no[] = { "n", "no", "false", "f", "0" };

	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
		if (!strcasecmp(s, yes[i]))
			return 1;
		if (!strcasecmp(s, no[i]))
			return 0;
	}
	return -1;
}

static char *parse_yesno(const struct form_field *f, const char *s,
                         const struct field_context *ctx, char **problem)
{
	int yes = field_yes_no(s);

	(void)ctx;
	if (yes < 0) {
		*problem = xasprintf("%s: %s is not yes or no; type y or n.", f->label, s);
		return NULL;
	}
	return xstrdup(yes ? "yes" : "no");
}

const struct field_list *field_list_find(const struct field_context *ctx, const char *name)
{
	for (size_t i = 0; ctx && name && i < ctx->nlists; i++)
		if (ctx->lists[i].name && !strcmp(ctx->lists[i].name, name))
			return &ctx->lists[i];
	return NULL;
}

const struct form_option *field_options(const struct form_field *f,
                                        const struct field_context *ctx, size_t *n)
{
	static const struct form_option yesno[] = { { "yes", "yes" }, { "no", "no" } };
	const struct field_list *list;

	*n = 0;
	if (f->type == FIELD_RADIO) {
		*n = f->noptions;
		return f->options;
	}
	if (f->type == FIELD_YESNO) {
		*n = 2;
		return yesno;
	}
	if (f->type != FIELD_CHOICE)
		return NULL;
	list = field_list_find(ctx, f->choices);
	*n = list ? list->n : 0;
	return list ? list->options : NULL;
}

bool field_may_be_unchosen(const struct form_field *f)
{
	return !f->required || !f->def;
}

int field_option_pick(const struct form_option *o, size_t n, size_t from, const char *typed)
{
	size_t len = strlen(typed), i, k;

	if (!len)
		return -1;
	for (k = 0; k < n; k++) {
		i = (from + k) % n;
		if (!strncasecmp(o[i].label, typed, len))
			return (int)i;
	}
	for (i = 0; i < n; i++)
		if (!strcasecmp(o[i].code, typed))
			return (int)i;
	return -1;
}

/* "1, 2, 8, 9, 99": the codes, for a sentence. */
static char *code_list(const struct form_option *o, size_t n)
{
	char *list = xstrdup(""), *more;

	for (size_t i = 0; i < n; i++) {
		more = xasprintf("%s%s%s", list, i ? ", " : "", o[i].code);
		free(list);
		list = more;
	}
	return list;
}

static char *parse_choice(const struct form_field *f, const char *s,
                          const struct field_context *ctx, char **problem)
{
	size_t n;
	const struct form_option *o = field_options(f, ctx, &n);
	char *codes;

	if (!o) {
		*problem = xasprintf("%s: its choices (%s) are not loaded.", f->label, f->choices);
		return NULL;
	}
	for (size_t i = 0; i < n; i++)
		if (!strcasecmp(s, o[i].code) || !strcasecmp(s, o[i].label))
			return xstrdup(o[i].code);
	codes = code_list(o, n);
	*problem = xasprintf("%s: %s is not one of the choices (%s).", f->label, s, codes);
	free(codes);
	return NULL;
}

static char *parse_lookup(const struct form_field *f, const char *s,
                          const struct field_context *ctx, char **problem)
{
	long long id;

	(void)ctx;
	if (!isdigit((unsigned char)*s) || !field_integer_parse(s, &id) || id < 1 || strchr(s, ',')) {
		*problem = xasprintf("%s: %s is not the number of a %s; pick one from the list.",
		                     f->label, s, field_lookup_name(f->lookup));
		return NULL;
	}
	return xasprintf("%lld", id);
}

/* ---- parsing --------------------------------------------------------- */

/* Without max: a line of text, a memo, and what any other type may take. */
#define TEXT_ROOM 1000
#define MEMO_ROOM 100000
#define VALUE_ROOM 100

int field_input_max(const struct form_field *f)
{
	bool text = f->type == FIELD_TEXT || f->type == FIELD_MEMO;

	if (f->format == FORMAT_STATE)
		return TEXT_ROOM;            /* the name may be typed: "Oregon" for OR */
	if (text && f->has_max)
		return (int)f->max;
	return f->type == FIELD_TEXT ? TEXT_ROOM : f->type == FIELD_MEMO ? MEMO_ROOM : VALUE_ROOM;
}

static parser *const parsers[FIELD_TYPES] = {
	[FIELD_TEXT] = parse_text,       [FIELD_MEMO] = parse_text,
	[FIELD_DATE] = parse_date,       [FIELD_TIME] = parse_time,
	[FIELD_INTEGER] = parse_integer, [FIELD_MONEY] = parse_money,
	[FIELD_SSN] = field_parse_ssn,         [FIELD_PHONE] = field_parse_phone,
	[FIELD_YESNO] = parse_yesno,     [FIELD_CHOICE] = parse_choice,
	[FIELD_RADIO] = parse_choice,    [FIELD_LOOKUP] = parse_lookup,
};

/* A trimmed copy of s. */
static char *trim(const char *s)
{
	return xstrndup_trimmed(s, strlen(s));
}

bool field_parse(const struct form_field *f, const char *input, const struct field_context *ctx,
                 char **value, char **problem)
{
	struct field_context today = { .today = date_today() };
	char *s = trim(input ? input : "");

	*value = *problem = NULL;
	if (*s)
		*value = parsers[f->type](f, s, ctx ? ctx : &today, problem);
	free(s);
	return !*problem;
}
