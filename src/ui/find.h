/* find.h: Find Client (find.c): opening it from the quick search. */
#ifndef HEARTH_UI_FIND_H
#define HEARTH_UI_FIND_H

struct app;
struct quick_find;

/* Find Client opened with a quick search's fields, and run. */
void find_client_quick(struct app *app, const struct quick_find *q);

#endif
