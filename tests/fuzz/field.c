/* field.c: fuzz the field parsers and the form check (src/forms/field.c,
 * field_ids.c, src/forms/validate.c): what people type into a field of each
 * type (SSN, date, time, money, phone, ...).
 *
 * The input's first byte picks the field's type and its second its limits;
 * the rest is what was typed. A value that parses is shown back as text
 * that parses to the same value (field.h's promise); a value that does not
 * gets a sentence. The same text is also the field's default, and the
 * input of a form holding one field of every type (its lines, one a field). */
#include <string.h>

#include "forms/field.h"
#include "forms/form.h"
#include "forms/validate.h"
#include "fuzz.h"

static const struct form_option options[] = {
	{ "0", "Female" }, { "1", "Male" }, { "8", "Client doesn't know" },
	{ "9", "Client prefers not to answer" }, { "99", "Data not collected" },
};
static const struct field_list lists[] = { { "hud_sex", options, 5 } };
static const struct field_context ctx = { { 2026, 11, 23 }, "7", "3", lists, 1 };

static struct form_field field_of(enum field_type type, unsigned limits, char *def)
{
	static const long long bounds[] = { 0, 1, 4, 200, -5, 100000, 9223372036854775807LL };
	struct form_field f = {
		.name = "f", .column = "f", .label = "Field", .type = type, .step = 1,
		.required = limits & 1, .has_min = limits >> 1 & 1, .has_max = limits >> 2 & 1,
		.min = bounds[(limits >> 3) % 7], .max = bounds[(limits >> 5) % 7], .def = def,
	};

	if (type == FIELD_CHOICE)
		f.choices = "hud_sex";
	if (type == FIELD_RADIO) {
		f.options = (struct form_option *)options;
		f.noptions = 5;
	}
	if (type == FIELD_LOOKUP)
		f.lookup = FIELD_LOOKUP_CLIENT;
	return f;
}

static void check_field(const struct form_field *f, const char *typed)
{
	char *value, *problem, *shown, *again, *problem2;
	bool ok = field_parse(f, typed, &ctx, &value, &problem);

	FUZZ_CHECK(ok == (problem == NULL) && (ok || !value));
	if (value) {
		shown = field_display(f, value, &ctx);
		FUZZ_CHECK(field_parse(f, shown, &ctx, &again, &problem2));
		FUZZ_CHECK(again && !strcmp(again, value));
		free(shown);
		free(again);
	}
	free(value);
	free(problem);
	free(field_default(f, &ctx));
}

/* One field of every type; the text's lines are their inputs. */
static void check_form(char *text, unsigned limits)
{
	struct form_field fields[FIELD_TYPES];
	const char *inputs[FIELD_TYPES] = { 0 };
	struct form form = { .name = "fuzz", .title = "Fuzz", .table = "fuzz",
	                     .fields = fields, .nfields = FIELD_TYPES };
	struct validate_result r;
	char names[FIELD_TYPES][4], *line = text;
	int i;

	for (i = 0; i < FIELD_TYPES; i++) {
		fields[i] = field_of((enum field_type)i, limits, NULL);
		snprintf(names[i], sizeof names[i], "f%d", i);
		fields[i].name = fields[i].column = names[i];
		inputs[i] = line;
		if (line && (line = strchr(line, '\n')))
			*line++ = 0;
	}
	bool ok = validate_form(&form, 0, inputs, &ctx, &r);
	FUZZ_CHECK(ok == (r.nproblems == 0) && r.nvalues == FIELD_TYPES);
	for (size_t p = 0; p < r.nproblems; p++)
		FUZZ_CHECK(r.problems[p].field < FIELD_TYPES && r.problems[p].message
		           && (p == 0 || r.problems[p].field > r.problems[p - 1].field));
	validate_result_free(&r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *typed;
	struct form_field f;

	if (size < 2)
		return 0;
	typed = fuzz_string(data + 2, size - 2);
	f = field_of((enum field_type)(data[0] % FIELD_TYPES), data[1], typed);
	check_field(&f, typed);
	check_form(typed, data[1]);
	free(typed);
	return 0;
}
