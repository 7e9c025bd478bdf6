/* field_parsers.h: what field.c (the parsers of typed text),
 * field_ids.c (SSN and phone) and field_display.c (showing values) share.
 * Only for those files. */
#ifndef HEARTH_FIELD_PARSERS_H
#define HEARTH_FIELD_PARSERS_H

#include <stdbool.h>

#include "field.h"

/* A whole number, plain or grouped by commas, with an optional sign;
 * false when s holds anything else or it is too large (field.c). */
bool field_integer_parse(const char *s, long long *v);

/* 1 for yes, 0 for no, -1 for neither (PostgreSQL's t and f included)
 * (field.c). */
int field_yes_no(const char *s);

/* Parsers of the trimmed, non-empty input: the stored value, or NULL after
 * setting *problem to a new sentence (field_ids.c). */
char *field_parse_ssn(const struct form_field *f, const char *s,
                const struct field_context *ctx, char **problem);
char *field_parse_phone(const struct form_field *f, const char *s,
                  const struct field_context *ctx, char **problem);

#endif
