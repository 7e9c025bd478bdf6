/* workflow_page.h: a workflow under way (workflow_page.c): whether one is
 * unfinished, pausing it, and resuming a paused one. */
#ifndef HEARTH_UI_WORKFLOW_PAGE_H
#define HEARTH_UI_WORKFLOW_PAGE_H

#include <stdbool.h>

struct app;
struct paused;

/* Whether a paused operation is a whole workflow's. */
bool workflow_paused(const struct paused *p);
/* Resume a paused workflow: where it was, or (restart) without what was
 * typed in its open step. */
bool workflow_resume(struct app *app, const struct paused *p, bool restart);
/* Whether a workflow is open with steps saved and steps still to do; pause
 * it (as form_pause does a form). */
bool workflow_unfinished(void);
bool workflow_pause(struct app *app, bool local_only);

#endif
