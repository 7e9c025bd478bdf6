/* duplicates.h: the clients who may already be the person being taken in,
 * shown over the intake form once its first step (name, SSN, birth date) is
 * done: ranked, with why each matched. The person opens one, or goes on. */
#ifndef HEARTH_UI_DUPLICATES_H
#define HEARTH_UI_DUPLICATES_H

#include <stdbool.h>

#include "../client.h"
#include "app.h"

struct dup_panel {
	struct client_duplicates found;
	int sel;
	bool shown;
	bool failed;       /* the last check could not run: the next one may go on */
	bool unchecked;    /* it could not run twice: the intake went on without it */
};

enum dup_choice {
	DUP_STAY,          /* a key of the panel's own (or none) */
	DUP_OPEN,          /* open the selected client: p->found.rows[p->sel].id */
	DUP_GO_ON,         /* none is this person: go on with the intake */
	DUP_BACK,          /* back to the first step */
	DUP_NOT_MINE,      /* not a key of the panel's: the frame's (F9, F1, ...) */
};

/* Look for duplicates among the clients the user may see (the check is
 * the database's, and audited); show the panel when there are any. Returns
 * whether the intake stops here: the panel is shown, or the check could not
 * run (said on the status line). A second check that cannot run in a row
 * lets the intake go on, and says so. */
bool dup_panel_check(struct app *app, struct dup_panel *p, const char *first, const char *last,
                     const char *birth_date, const char *ssn, const char *ssn_quality);
void dup_panel_draw(const struct dup_panel *p, int top, int left, int height, int width);
enum dup_choice dup_panel_key(struct dup_panel *p, enum action a);
void dup_panel_free(struct dup_panel *p);

#endif
