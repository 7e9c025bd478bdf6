/* family_members.h: the entity bar's family (family_members.c): showing it,
 * moving through its members, adding a new client to it. */
#ifndef HEARTH_UI_FAMILY_MEMBERS_H
#define HEARTH_UI_FAMILY_MEMBERS_H

#include "app.h"

/* Show the family (NULL: the client's current one) with the current client;
 * move `step` members on (the family stays); add a new client to the family
 * (asks the relationship first). */
void family_show(struct app *app, const char *family_id);
enum reaction family_move(struct app *app, int step);
enum reaction family_add_new(struct app *app);

#endif
