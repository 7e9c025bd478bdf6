/* xalloc.h: allocation that never returns NULL.
 *
 * On out-of-memory these call the registered fatal hook (the terminal
 * client restores the screen there), print one sentence and exit(1).
 */
#ifndef HEARTH_XALLOC_H
#define HEARTH_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
/* A new copy of the `len` bytes at s without the blanks around them. */
char *xstrndup_trimmed(const char *s, size_t len);
/* printf into a new string; the caller frees it. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Called once before exiting on a fatal error (may be NULL). */
void xalloc_set_fatal_hook(void (*hook)(void));
/* Restore what the hook restores, say `msg` on stderr, exit(1). */
void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

#endif
