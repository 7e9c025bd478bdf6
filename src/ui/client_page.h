/* client_page.h: the client's dashboard (client_page.c): making a client the
 * current entity, and editing the current client's intake and information
 * release. */
#ifndef HEARTH_UI_CLIENT_PAGE_H
#define HEARTH_UI_CLIENT_PAGE_H

#include <stdbool.h>

struct app;

/* Edit Client, the current client's intake in its form. */
void edit_client(struct app *app);
/* ... and Information Release, its sharing level and MOU. */
void edit_release(struct app *app);

/* Make the client the current entity and show its dashboard (the opening is
 * audited). Returns false with a sentence on the status line. */
bool client_page_show(struct app *app, const char *id);
/* The same without opening the dashboard: the page stays. */
bool client_select(struct app *app, const char *id);

#endif
