/* formula.h: the formula of a computed field (its `formula = EXPR`, see
 * hearth-forms(5)), parsed once into a small program and evaluated exactly
 * against numbers given for the names it uses. Pure: no terminal, no
 * database, no form; no state but the struct formula.
 *
 * Offers: struct formula (opaque), formula_parse, formula_free, the names
 * it uses (formula_nnames, formula_name), struct formula_operand, enum
 * formula_outcome and formula_eval.
 *
 * EXPR is made of decimal numbers (12, 0.25), names (letters, digits and _,
 * not starting with a digit), + - * /, unary minus, parentheses and
 * sum(EXPR, EXPR, ...). Evaluation is exact (rational numbers), rounded
 * once at the end, half away from zero.
 */
#ifndef HEARTH_FORMULA_H
#define HEARTH_FORMULA_H

#include <stdbool.h>
#include <stddef.h>

struct formula;

/* Parse `text`. Returns the formula, or NULL after setting *error to a new
 * sentence saying what was expected where: "expected ) after \"sum(a, b\"". */
struct formula *formula_parse(const char *text, char **error);
void formula_free(struct formula *f);

/* The names the formula uses, each once, in the order they first appear;
 * operand k of formula_eval is the value of name k. */
size_t formula_nnames(const struct formula *f);
const char *formula_name(const struct formula *f, size_t k);

/* A name's value: units / 10^decimals (an integer field: decimals 0; money:
 * cents, decimals 2); given false when the field is empty. */
struct formula_operand {
	bool given;
	long long units;
	int decimals;
};

enum formula_outcome {
	FORMULA_VALUE,          /* *units holds the result */
	FORMULA_EMPTY,          /* an operand is empty (outside sum), or division by zero */
	FORMULA_TOO_LARGE,      /* beyond what can be computed or kept in a long long */
};

/* The formula's value for `operands` (formula_nnames of them), rounded to
 * `decimals` places half away from zero, as units of 10^-decimals. */
enum formula_outcome formula_eval(const struct formula *f, const struct formula_operand *operands,
                                  int decimals, long long *units);

#endif
