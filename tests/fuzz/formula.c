/* formula.c: fuzz the parser and evaluator of computed fields' formulas
 * (src/forms/formula.c). Text that parses has names, each a name, and
 * evaluates on any operands (some empty) to one of the three outcomes; a
 * value rounded to cents and to whole units agrees. Text that does not
 * parse gets a sentence saying what was expected. */
#include <ctype.h>
#include <string.h>

#include "forms/formula.h"
#include "fuzz.h"

/* Operands made up from the name's index: some empty, some money. */
static struct formula_operand *operands(size_t n)
{
	struct formula_operand *ops = calloc(n + 1, sizeof *ops);

	for (size_t k = 0; ops && k < n; k++)
		ops[k] = (struct formula_operand){ k % 4 != 3, (long long)(k * 7919 % 100003) - 500,
		                                   (int)(k % 3) };
	return ops;
}

static void check_names(const struct formula *f)
{
	for (size_t k = 0; k < formula_nnames(f); k++) {
		const char *name = formula_name(f, k);

		FUZZ_CHECK(*name && !isdigit((unsigned char)*name));
		for (size_t j = 0; j < k; j++)
			FUZZ_CHECK(strcmp(name, formula_name(f, j)));
	}
}

static void check_eval(const struct formula *f)
{
	struct formula_operand *ops = operands(formula_nnames(f));
	long long cents = 0, whole = 0;
	enum formula_outcome a, b;

	FUZZ_CHECK(ops != NULL);
	a = formula_eval(f, ops, 2, &cents);
	b = formula_eval(f, ops, 0, &whole);
	FUZZ_CHECK(a == FORMULA_VALUE || a == FORMULA_EMPTY || a == FORMULA_TOO_LARGE);
	FUZZ_CHECK(a != FORMULA_EMPTY || b == FORMULA_EMPTY);
	if (a == FORMULA_VALUE && b == FORMULA_VALUE)
		FUZZ_CHECK(cents / 100 - whole <= 1 && whole - cents / 100 <= 1);
	free(ops);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_string(data, size), *error = NULL;
	struct formula *f = formula_parse(s, &error);

	FUZZ_CHECK((f == NULL) == (error != NULL));
	if (f) {
		check_names(f);
		check_eval(f);
	} else {
		FUZZ_CHECK(!strncmp(error, "expected ", 9));
	}
	formula_free(f);
	free(error);
	free(s);
	return 0;
}
