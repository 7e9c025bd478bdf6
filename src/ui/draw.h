/* draw.h: UTF-8 text on the screen, measured in columns. */
#ifndef HEARTH_DRAW_H
#define HEARTH_DRAW_H

/* Display columns of a UTF-8 string (wide characters count 2). */
int text_width(const char *utf8);
/* Draw utf8 at (y, x) in at most `width` columns, padding with spaces to
 * `width` when pad is non-zero. Returns the columns drawn (without padding). */
int draw_text(int y, int x, int width, const char *utf8, int attr, int pad);
/* Draw text wrapped at spaces into `width` columns, from row y, at most
 * `max_rows` rows. Returns the rows used. */
int draw_wrapped(int y, int x, int width, int max_rows, const char *utf8, int attr);
/* The rows draw_wrapped would use. */
int wrapped_rows(int width, int max_rows, const char *utf8);
/* Fill `width` columns at (y, x) with spaces. */
void draw_fill(int y, int x, int width, int attr);

#endif
