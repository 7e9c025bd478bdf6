/* form_computed.c: computed fields (formula =) on the form screen, and
 * moving between fields, which passes over them: they show their formula's
 * value, recomputed after every key (so as the person types), and what is
 * typed into one is put back with a sentence saying what it comes from. */
#include <stdlib.h>
#include <string.h>

#include "../forms/computed.h"
#include "../forms/field.h"
#include "../forms/formula.h"
#include "../util/xalloc.h"
#include "form_state.h"

/* A field Tab stops at: of the step shown, and not computed. */
static bool focusable(int i)
{
	return field(i)->step == fp.step && !field(i)->formula;
}

/* Show step `s`, its first field focused (a computed one only when the
 * step has nothing else). */
void form_go_to_step(int s)
{
	int i;

	fp.step = s;
	for (i = 0; i < nfields() && !focusable(i); i++)
		;
	if (i == nfields())
		for (i = 0; i < nfields() - 1 && field(i)->step != s; i++)
			;
	fp.focus = i;
}

/* Next or previous field of the step. */
void form_step_focus(int dir)
{
	int i = fp.focus;

	do
		i = (i + dir + nfields()) % nfields();
	while (!focusable(i) && i != fp.focus);
	fp.focus = i;
}

static bool any_computed(void)
{
	for (int i = 0; i < nfields(); i++)
		if (field(i)->formula)
			return true;
	return false;
}

/* Every field's value as typed (NULL when empty or not a value). */
static char **typed_values(void)
{
	char **values = xcalloc((size_t)nfields() + 1, sizeof *values), *text, *problem;

	for (int i = 0; i < nfields(); i++) {
		if (field(i)->formula)
			continue;
		text = input_text(&fp.in[i]);
		if (!field_parse(field(i), text, &fp.ctx, &values[i], &problem))
			values[i] = NULL;
		free(problem);
		free(text);
	}
	return values;
}

void form_recompute(struct app *app)
{
	char **values, **problems, *shown, *now;

	if (!fp.form || !any_computed())
		return;
	values = typed_values();
	problems = xcalloc((size_t)nfields() + 1, sizeof *problems);
	form_compute(fp.form, values, problems);
	for (int i = 0; i < nfields(); i++) {
		if (!field(i)->formula)
			continue;
		shown = form_shown_of(i, values[i]);
		now = input_text(&fp.in[i]);
		if (strcmp(shown, now)) {
			input_set(&fp.in[i], shown);
			/* out of range: said as it changes (focused, it was typed into) */
			if (problems[i] && i != fp.focus)
				app_status(app, true, "%s", problems[i]);
		}
		free(shown);
		free(now);
	}
	form_free_values(values);
	form_free_values(problems);
}

int form_typed_field(int i)
{
	const struct form_field *f = field(i);

	for (size_t k = 0; f->formula && k < formula_nnames(f->formula); k++)
		if (f->uses[k] >= 0 && !field(f->uses[k])->formula)
			return f->uses[k];
	return i;
}

void form_say_computed(struct app *app)
{
	char *why = form_computed_from(fp.form, (size_t)fp.focus);

	app_status(app, false, "%s", why);
	free(why);
}
