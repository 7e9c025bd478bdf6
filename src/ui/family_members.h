/* family_members.h: the entity bar's family (family_members.c): showing it,
 * moving through its members, adding a new client to it, enrolling it. */
#ifndef HEARTH_UI_FAMILY_MEMBERS_H
#define HEARTH_UI_FAMILY_MEMBERS_H

#include "app.h"

/* Show the family (NULL: the client's current one) with the current client;
 * move `step` members on (the family stays); add a new client to the family
 * (asks the relationship first). */
void family_show(struct app *app, const char *family_id);
enum reaction family_move(struct app *app, int step);
enum reaction family_add_new(struct app *app);
/* Enroll the family's current members in one new case (the form
 * enroll_household, its family filled in). */
void family_enroll(struct app *app);

#endif
