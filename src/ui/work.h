/* work.h: unfinished work, whichever screen holds it (work.c): a form with
 * entries or a workflow under way, and pausing it (at logout and quitting). */
#ifndef HEARTH_UI_WORK_H
#define HEARTH_UI_WORK_H

#include <stdbool.h>

struct app;

/* Whether a form is open with entries, or a workflow is under way. */
bool work_unfinished(void);
/* Pause it: false, with a sentence on the status line, when it could not be
 * kept. */
bool work_pause(struct app *app, bool local_only);

#endif
