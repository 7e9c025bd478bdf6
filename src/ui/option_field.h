/* option_field.h: a choice, radio or yes/no field on a form: its value is
 * one of its options, shown by label, never edited as text. Left, Right and
 * Space step through the options (and "(not chosen)" where the field may be
 * left so); typing picks by label, first letters and incrementally; the keys
 * that delete leave it not chosen.
 *
 * The field's struct input holds the label shown (empty: not chosen), which
 * field_parse takes back to the code. */
#ifndef HEARTH_OPTION_FIELD_H
#define HEARTH_OPTION_FIELD_H

#include <stdbool.h>
#include <wchar.h>

#include "../forms/field.h"
#include "input.h"

/* What was typed into an option field so far (typing "re" picks "Restrict
 * to ..."); a key of another field, or not a letter, starts it again. */
struct option_typing {
	const struct input *in;
	char typed[32];
};

/* Whether field f is one (choice, radio, yes/no). */
bool option_field(const struct form_field *f);
/* The next (dir 1) or previous (-1) option into `in`. */
void option_cycle(struct input *in, const struct form_field *f, const struct field_context *ctx,
                  int dir);
/* A key typed into the field (a character, or a KEY_ code when is_key).
 * Returns false when it is no key of the field's; *problem is then NULL,
 * and is otherwise a sentence for the status line (a static string), or
 * NULL when all went well. */
bool option_key(struct input *in, const struct form_field *f, const struct field_context *ctx,
                struct option_typing *t, wint_t k, bool is_key, const char **problem);
/* Draw its label (or "(not chosen)") from its start in `width` columns;
 * the cursor at its start when focused. */
void option_draw(const struct input *in, int y, int x, int width, int attr, bool focused);

#endif
