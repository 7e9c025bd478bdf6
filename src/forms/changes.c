/* changes.c: what changed in a record being edited. */
#include "changes.h"

#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"

bool same_value(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

enum change change_of(const char *orig, const char *mine, const char *theirs)
{
	bool i_changed = !same_value(orig, mine), they_changed = !same_value(orig, theirs);

	if (i_changed && they_changed)
		return same_value(mine, theirs) ? CHANGE_SAME : CHANGE_CONFLICT;
	return i_changed ? CHANGE_MINE : they_changed ? CHANGE_THEIRS : CHANGE_NONE;
}

char *field_canonical(const struct form_field *f, const char *db_value,
                      const struct field_context *ctx)
{
	char *shown, *value = NULL, *problem = NULL;

	if (!db_value)
		return NULL;
	shown = field_display(f, db_value, ctx);
	if (!field_parse(f, shown, ctx, &value, &problem)) {
		free(problem);
		value = xstrdup(db_value);
	}
	free(shown);
	return value;
}
