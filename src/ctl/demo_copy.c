/* demo_copy.c: a buffer of COPY text-format rows, sent in large pieces.
 *
 * Numbers and dates are formatted by hand: the demo data runs to millions of
 * rows, and snprintf would be most of the time spent here.
 */
#include "demo_copy.h"

#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../util/date.h"
#include "../util/xalloc.h"

#define COPY_BUFFER (256 * 1024)
#define COPY_FLUSH (COPY_BUFFER - 16 * 1024)

struct demo_copy {
	struct db *db;
	char *buf;
	size_t len, cap;
	bool started;           /* the COPY began, so it must be ended */
	bool ok;
	bool row_started;
};

struct demo_copy *demo_copy_start(struct db *db, const char *sql)
{
	struct demo_copy *c = xcalloc(1, sizeof *c);

	c->db = db;
	c->cap = COPY_BUFFER;
	c->buf = xmalloc(c->cap);
	c->ok = c->started = db_copy_begin(db, sql);
	return c;
}

static void flush(struct demo_copy *c)
{
	if (c->ok && c->len)
		c->ok = db_copy_put(c->db, c->buf, c->len);
	c->len = 0;
}

bool demo_copy_finish(struct demo_copy *c)
{
	bool ok;

	flush(c);
	ok = c->ok;
	if (c->started && !db_copy_end(c->db))
		ok = false;
	free(c->buf);
	free(c);
	return ok;
}

/* Room for `n` more bytes; a single field larger than the buffer grows it. */
static char *room(struct demo_copy *c, size_t n)
{
	if (c->len + n > c->cap) {
		flush(c);
		if (n > c->cap) {
			c->cap = n;
			c->buf = xrealloc(c->buf, c->cap);
		}
	}
	return c->buf + c->len;
}

static void separator(struct demo_copy *c)
{
	if (c->row_started) {
		*room(c, 1) = '\t';
		c->len++;
	}
	c->row_started = true;
}

void demo_copy_text(struct demo_copy *c, const char *s)
{
	size_t n;
	char *p;

	if (!s) {
		demo_copy_null(c);
		return;
	}
	separator(c);
	n = strlen(s);
	p = room(c, 2 * n);
	for (; *s; s++) {
		switch (*s) {
		case '\\': *p++ = '\\'; *p++ = '\\'; break;
		case '\t': *p++ = '\\'; *p++ = 't'; break;
		case '\n': *p++ = '\\'; *p++ = 'n'; break;
		case '\r': *p++ = '\\'; *p++ = 'r'; break;
		default: *p++ = *s;
		}
	}
	c->len = (size_t)(p - c->buf);
}

void demo_copy_null(struct demo_copy *c)
{
	separator(c);
	memcpy(room(c, 2), "\\N", 2);
	c->len += 2;
}

/* Digits of v (not negative) at p, at least `width` of them; returns the end. */
static char *digits(char *p, uint64_t v, int width)
{
	char tmp[20];
	int n = 0;

	do {
		tmp[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (n < width)
		tmp[n++] = '0';
	while (n)
		*p++ = tmp[--n];
	return p;
}

void demo_copy_int(struct demo_copy *c, int64_t v)
{
	char *p, *start;

	separator(c);
	start = p = room(c, 21);
	if (v < 0)
		*p++ = '-';
	p = digits(p, v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v, 1);
	c->len += (size_t)(p - start);
}

void demo_copy_cents(struct demo_copy *c, int64_t cents)
{
	char *p, *start;

	separator(c);
	start = p = room(c, 24);
	p = digits(p, (uint64_t)(cents / 100), 1);
	*p++ = '.';
	p = digits(p, (uint64_t)(cents % 100), 2);
	c->len += (size_t)(p - start);
}

void demo_copy_bool(struct demo_copy *c, bool v)
{
	separator(c);
	*room(c, 1) = v ? 't' : 'f';
	c->len++;
}

static char *put_date(char *p, int32_t days)
{
	struct hdate d = date_from_days(days);

	p = digits(p, (uint64_t)d.year, 4);
	*p++ = '-';
	p = digits(p, (uint64_t)d.month, 2);
	*p++ = '-';
	return digits(p, (uint64_t)d.day, 2);
}

void demo_copy_date(struct demo_copy *c, int32_t days)
{
	char *p, *start;

	separator(c);
	start = p = room(c, 10);
	p = put_date(p, days);
	c->len += (size_t)(p - start);
}

void demo_copy_time(struct demo_copy *c, int32_t days, int minute)
{
	char *p, *start;

	separator(c);
	start = p = room(c, 19);
	p = put_date(p, days);
	*p++ = ' ';
	p = digits(p, (uint64_t)(minute / 60), 2);
	*p++ = ':';
	p = digits(p, (uint64_t)(minute % 60), 2);
	memcpy(p, ":00", 3);
	p += 3;
	c->len += (size_t)(p - start);
}

void demo_copy_end_row(struct demo_copy *c)
{
	*room(c, 1) = '\n';
	c->len++;
	c->row_started = false;
	if (c->len >= COPY_FLUSH)
		flush(c);
}
