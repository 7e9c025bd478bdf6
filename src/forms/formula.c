/* formula.c: a computed field's formula, parsed by recursive descent into
 * a program in reverse Polish order, and evaluated on a stack of exact
 * rational numbers (128-bit numerator and denominator), so that money is
 * never binary floating point: 0.1 + 0.2 is 0.30, and 52 / 12 is kept as a
 * fraction until the one rounding at the end. */
#include "formula.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"

/* Deeper nesting than this is refused, so that parsing never runs out of
 * stack whatever the text (the fuzz target feeds it anything). */
#define MAX_DEPTH 64
/* A number's digits fit a long long. */
#define MAX_DIGITS 18

enum op { OP_NUMBER, OP_NAME, OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_NEG, OP_SUM };

struct node {
	enum op op;
	long long number;       /* OP_NUMBER: number / 10^decimals */
	int decimals;
	size_t arg;             /* OP_NAME: the name's index; OP_SUM: how many terms */
};

struct formula {
	struct node *nodes;     /* reverse Polish order */
	size_t n;
	char **names;
	size_t nnames;
};

struct parser {
	const char *text, *p;
	struct formula *f;
	char *error;            /* the first mistake; parsing stops there */
	int depth;
};

/* ---- parsing ---------------------------------------------------------- */

static void emit(struct parser *ps, struct node node)
{
	struct formula *f = ps->f;

	f->nodes = xrealloc(f->nodes, (f->n + 1) * sizeof *f->nodes);
	f->nodes[f->n++] = node;
}

static void skip_blanks(struct parser *ps)
{
	while (isspace((unsigned char)*ps->p))
		ps->p++;
}

/* "expected X after \"text so far\"" (or "at the start"), once. */
static bool expected(struct parser *ps, const char *what)
{
	size_t len = (size_t)(ps->p - ps->text);

	while (len && isspace((unsigned char)ps->text[len - 1]))
		len--;
	if (!ps->error)
		ps->error = len ? xasprintf("expected %s after \"%.*s\"", what, (int)len, ps->text)
		                : xasprintf("expected %s at the start", what);
	return false;
}

static bool accept(struct parser *ps, char c)
{
	skip_blanks(ps);
	if (*ps->p != c)
		return false;
	ps->p++;
	return true;
}

static size_t name_index(struct formula *f, const char *name, size_t len)
{
	for (size_t k = 0; k < f->nnames; k++)
		if (strlen(f->names[k]) == len && !strncmp(f->names[k], name, len))
			return k;
	f->names = xrealloc(f->names, (f->nnames + 1) * sizeof *f->names);
	f->names[f->nnames] = xmalloc(len + 1);
	memcpy(f->names[f->nnames], name, len);
	f->names[f->nnames][len] = 0;
	return f->nnames++;
}

static bool parse_number(struct parser *ps)
{
	struct node node = { .op = OP_NUMBER };
	int digits = 0;
	bool point = false;

	for (; isdigit((unsigned char)*ps->p) || (*ps->p == '.' && !point); ps->p++) {
		if (*ps->p == '.') {
			point = true;
			continue;
		}
		if (++digits > MAX_DIGITS)
			return expected(ps, "a number of at most 18 digits");
		node.number = node.number * 10 + (*ps->p - '0');
		node.decimals += point;
	}
	if (!digits)
		return expected(ps, "digits in a number");
	emit(ps, node);
	return true;
}

static bool parse_sum(struct parser *ps, struct node *node);
static bool parse_expr(struct parser *ps);

static bool parse_name(struct parser *ps)
{
	const char *start = ps->p;
	struct node node = { .op = OP_NAME };
	size_t len;

	while (isalnum((unsigned char)*ps->p) || *ps->p == '_')
		ps->p++;
	len = (size_t)(ps->p - start);
	if (len == 3 && !strncmp(start, "sum", 3) && accept(ps, '('))
		return parse_sum(ps, &node);
	node.arg = name_index(ps->f, start, len);
	emit(ps, node);
	return true;
}

/* After "sum(": terms separated by commas, then ). */
static bool parse_sum(struct parser *ps, struct node *node)
{
	node->op = OP_SUM;
	do {
		if (!parse_expr(ps))
			return false;
		node->arg++;
	} while (accept(ps, ','));
	if (!accept(ps, ')'))
		return expected(ps, ", or )");
	emit(ps, *node);
	return true;
}

static bool parse_primary(struct parser *ps)
{
	skip_blanks(ps);
	if (isdigit((unsigned char)*ps->p) || *ps->p == '.')
		return parse_number(ps);
	if (isalpha((unsigned char)*ps->p) || *ps->p == '_')
		return parse_name(ps);
	if (!accept(ps, '('))
		return expected(ps, "a number, a field name, sum( or (");
	if (!parse_expr(ps))
		return false;
	return accept(ps, ')') || expected(ps, ")");
}

static bool parse_unary(struct parser *ps)
{
	if (!accept(ps, '-'))
		return parse_primary(ps);
	if (++ps->depth > MAX_DEPTH)
		return expected(ps, "fewer minus signs in a row");
	if (!parse_unary(ps))
		return false;
	ps->depth--;
	emit(ps, (struct node){ .op = OP_NEG });
	return true;
}

static bool parse_term(struct parser *ps)
{
	if (!parse_unary(ps))
		return false;
	for (;;) {
		enum op op = accept(ps, '*') ? OP_MUL : accept(ps, '/') ? OP_DIV : OP_NUMBER;

		if (op == OP_NUMBER)
			return true;
		if (!parse_unary(ps))
			return false;
		emit(ps, (struct node){ .op = op });
	}
}

static bool parse_expr(struct parser *ps)
{
	if (++ps->depth > MAX_DEPTH)
		return expected(ps, "fewer parentheses one inside another");
	if (!parse_term(ps))
		return false;
	for (;;) {
		enum op op = accept(ps, '+') ? OP_ADD : accept(ps, '-') ? OP_SUB : OP_NUMBER;

		if (op == OP_NUMBER)
			break;
		if (!parse_term(ps))
			return false;
		emit(ps, (struct node){ .op = op });
	}
	ps->depth--;
	return true;
}

struct formula *formula_parse(const char *text, char **error)
{
	struct parser ps = { text, text, xcalloc(1, sizeof *ps.f), NULL, 0 };

	if (parse_expr(&ps) && (skip_blanks(&ps), *ps.p))
		expected(&ps, "+, -, * or /");
	*error = ps.error;
	if (ps.error) {
		formula_free(ps.f);
		return NULL;
	}
	return ps.f;
}

void formula_free(struct formula *f)
{
	if (!f)
		return;
	for (size_t k = 0; k < f->nnames; k++)
		free(f->names[k]);
	free(f->names);
	free(f->nodes);
	free(f);
}

size_t formula_nnames(const struct formula *f)
{
	return f->nnames;
}

const char *formula_name(const struct formula *f, size_t k)
{
	return f->names[k];
}

/* ---- exact arithmetic -------------------------------------------------- */

typedef __int128 wide;

/* A value on the stack: n / d with d > 0, in lowest terms, when a value. */
struct value {
	enum formula_outcome state;
	wide n, d;
};

static wide gcd(wide a, wide b)
{
	if (a < 0)
		a = -a;
	while (b) {
		wide t = a % b;
		a = b;
		b = t < 0 ? -t : t;
	}
	return a;
}

static const struct value too_large = { FORMULA_TOO_LARGE, 0, 1 };
static const struct value empty = { FORMULA_EMPTY, 0, 1 };

/* Values are kept within ±2^126, so that negating one or doubling a
 * remainder never overflows. */
static bool too_wide(wide x)
{
	const wide limit = (wide)1 << 126;

	return x > limit || x < -limit;
}

static struct value reduced(wide n, wide d)
{
	wide g;

	if (too_wide(n) || too_wide(d))
		return too_large;
	if (d < 0) {
		n = -n;
		d = -d;
	}
	g = gcd(n, d);
	return (struct value){ FORMULA_VALUE, n / (g ? g : 1), d / (g ? g : 1) };
}

static wide power_of_ten(int decimals)
{
	wide p = 1;

	while (decimals-- > 0)
		p *= 10;
	return p;
}

/* a + b, or a - b when minus; exact, or too large. */
static struct value add(struct value a, struct value b, bool minus)
{
	wide x, y, d, n;

	if (minus)
		b.n = -b.n;
	if (__builtin_mul_overflow(a.n, b.d, &x) || __builtin_mul_overflow(b.n, a.d, &y)
	    || __builtin_add_overflow(x, y, &n) || __builtin_mul_overflow(a.d, b.d, &d))
		return too_large;
	return reduced(n, d);
}

/* a * b, or a / b when divide (division by zero: empty). */
static struct value multiply(struct value a, struct value b, bool divide)
{
	wide n, d;

	if (divide) {
		if (!b.n)
			return empty;
		wide t = b.n;
		b.n = b.d;
		b.d = t;
	}
	if (__builtin_mul_overflow(a.n, b.n, &n) || __builtin_mul_overflow(a.d, b.d, &d))
		return too_large;
	return reduced(n, d);
}

/* An operator on two values: a problem (too large, then empty) wins. */
static struct value binary(enum op op, struct value a, struct value b)
{
	if (a.state == FORMULA_TOO_LARGE || b.state == FORMULA_TOO_LARGE)
		return too_large;
	if (a.state == FORMULA_EMPTY || b.state == FORMULA_EMPTY)
		return empty;
	if (op == OP_ADD || op == OP_SUB)
		return add(a, b, op == OP_SUB);
	return multiply(a, b, op == OP_DIV);
}

/* sum(): empty terms are skipped; empty only when all are. */
static struct value sum(const struct value *terms, size_t n)
{
	struct value total = empty;

	for (size_t i = 0; i < n; i++) {
		if (terms[i].state == FORMULA_TOO_LARGE)
			return too_large;
		if (terms[i].state == FORMULA_EMPTY)
			continue;
		total = total.state == FORMULA_EMPTY ? terms[i] : add(total, terms[i], false);
		if (total.state == FORMULA_TOO_LARGE)
			return too_large;
	}
	return total;
}

static struct value operand(const struct formula_operand *o)
{
	if (!o->given)
		return empty;
	if (o->decimals < 0 || o->decimals > MAX_DIGITS)
		return too_large;
	return reduced(o->units, power_of_ten(o->decimals));
}

/* One node run on the stack of *top values. */
static void run(const struct node *node, const struct formula_operand *operands,
                struct value *stack, size_t *top)
{
	switch (node->op) {
	case OP_NUMBER:
		stack[(*top)++] = reduced(node->number, power_of_ten(node->decimals));
		break;
	case OP_NAME:
		stack[(*top)++] = operand(&operands[node->arg]);
		break;
	case OP_NEG:
		stack[*top - 1].n = -stack[*top - 1].n;
		break;
	case OP_SUM:
		*top -= node->arg;
		stack[*top] = sum(&stack[*top], node->arg);
		(*top)++;
		break;
	default:
		(*top)--;
		stack[*top - 1] = binary(node->op, stack[*top - 1], stack[*top]);
		break;
	}
}

/* n / d in units of 10^-decimals, rounded half away from zero. */
static enum formula_outcome rounded(struct value v, int decimals, long long *units)
{
	wide scaled, q, r;

	if (decimals < 0 || decimals > MAX_DIGITS
	    || __builtin_mul_overflow(v.n, power_of_ten(decimals), &scaled))
		return FORMULA_TOO_LARGE;
	q = scaled / v.d;
	r = scaled % v.d;
	if (r < 0)
		r = -r;
	if (r >= v.d - r)             /* half or more: away from zero */
		q += scaled < 0 ? -1 : 1;
	if (q > (wide)__LONG_LONG_MAX__ || q < -(wide)__LONG_LONG_MAX__ - 1)
		return FORMULA_TOO_LARGE;
	*units = (long long)q;
	return FORMULA_VALUE;
}

enum formula_outcome formula_eval(const struct formula *f, const struct formula_operand *operands,
                                  int decimals, long long *units)
{
	struct value *stack = xcalloc(f->n + 1, sizeof *stack), result;
	size_t top = 0;

	for (size_t i = 0; i < f->n; i++)
		run(&f->nodes[i], operands, stack, &top);
	result = stack[0];
	free(stack);
	if (result.state != FORMULA_VALUE)
		return result.state;
	return rounded(result, decimals, units);
}
