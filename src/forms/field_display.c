/* field_display.c: showing stored values as people read them (money with
 * commas, an SSN with dashes, a choice's label) and a field's default value. */
#include "field.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"
#include "field_parsers.h"

/* 1234567.5 as 1,234,567.50. */
static char *money_display(long long cents)
{
	char digits[32], out[48];
	int n = snprintf(digits, sizeof digits, "%lld", llabs(cents) / 100), o = 0;

	if (cents < 0)
		out[o++] = '-';
	for (int i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			out[o++] = ',';
		out[o++] = digits[i];
	}
	snprintf(out + o, sizeof out - (size_t)o, ".%02lld", llabs(cents) % 100);
	return xstrdup(out);
}

static char *choice_display(const struct form_field *f, const char *value,
                            const struct field_context *ctx)
{
	size_t n;
	const struct form_option *o = field_options(f, ctx, &n);

	for (size_t i = 0; o && i < n; i++)
		if (!strcmp(value, o[i].code))
			return xstrdup(o[i].label);
	return xstrdup(value);
}

char *field_display(const struct form_field *f, const char *value, const struct field_context *ctx)
{
	long long cents;
	int yes;

	if (!value)
		return xstrdup("");
	switch (f->type) {
	case FIELD_TIME:
		return strlen(value) > 5 && value[2] == ':' && value[5] == ':'
		       ? xasprintf("%.5s", value) : xstrdup(value);
	case FIELD_MONEY:
		return field_money_cents(value, &cents) ? money_display(cents) : xstrdup(value);
	case FIELD_SSN:
		return strlen(value) == 9 ? xasprintf("%.3s-%.2s-%.4s", value, value + 3, value + 5)
		                          : xstrdup(value);
	case FIELD_YESNO:
		yes = field_yes_no(value);
		return xstrdup(yes < 0 ? value : yes ? "yes" : "no");
	case FIELD_CHOICE:
	case FIELD_RADIO:
		return choice_display(f, value, ctx);
	default:
		return xstrdup(value);
	}
}

/* A memo's default may hold lines: "\\n" in the file is a new line (an INI
 * value is one line), "\\\\" a backslash. */
static char *memo_default(const struct form_field *f, const struct field_context *ctx)
{
	char *text = xstrdup(f->def), *d = text, *value, *problem;
	const char *s;

	for (s = f->def; *s; s++) {
		if (s[0] == '\\' && (s[1] == 'n' || s[1] == '\\')) {
			*d++ = s[1] == 'n' ? '\n' : '\\';
			s++;
		} else {
			*d++ = *s;
		}
	}
	*d = 0;
	field_parse(f, text, ctx, &value, &problem);
	free(problem);
	free(text);
	return value;
}

char *field_default(const struct form_field *f, const struct field_context *ctx)
{
	struct field_context today = { .today = date_today() };
	char *value, *problem;

	if (!f->def)
		return NULL;
	ctx = ctx ? ctx : &today;
	if (f->type == FIELD_LOOKUP && !strcmp(f->def, "user"))
		return ctx->user ? xstrdup(ctx->user) : NULL;
	if (f->type == FIELD_LOOKUP && !strcmp(f->def, "organization"))
		return ctx->organization ? xstrdup(ctx->organization) : NULL;
	if (f->type == FIELD_CHOICE && !field_list_find(ctx, f->choices))
		return xstrdup(f->def);
	if (f->type == FIELD_MEMO)
		return memo_default(f, ctx);
	field_parse(f, f->def, ctx, &value, &problem);
	free(problem);
	return value;
}
