/* client_list.h: a list of clients (Find Client's results, My Caseload):
 * the list widget over client_find, page by page, Enter opening the client. */
#ifndef HEARTH_CLIENT_LIST_H
#define HEARTH_CLIENT_LIST_H

#include "../client.h"
#include "app.h"
#include "list.h"

struct client_list {
	struct client_query q;       /* what the rows are for */
	struct client_page rows;
	struct list list;
};

void client_list_init(struct client_list *cl);
/* Load the list's page for cl->q; false with a sentence on the status line. */
bool client_list_load(struct app *app, struct client_list *cl);
void client_list_draw(const struct client_list *cl, int y, int x, int height, int width,
                      bool focused);
/* A key for the list: R_UNHANDLED when it is not one. */
enum reaction client_list_key(struct app *app, struct client_list *cl, wint_t key, bool is_key,
                              enum action a, int height);
void client_list_free(struct client_list *cl);

#endif
