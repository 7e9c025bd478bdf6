/* work.c: unfinished work, a form with entries or a workflow under way, and
 * pausing it, for the main loop (logout, quitting, the terminal gone). */
#include "work.h"

#include "form_page.h"
#include "workflow_page.h"

bool work_unfinished(void)
{
	return form_has_entries() || workflow_unfinished();
}

bool work_pause(struct app *app, bool local_only)
{
	if (form_has_entries())
		return form_pause(app, local_only);
	return workflow_pause(app, local_only);
}
