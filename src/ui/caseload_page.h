/* caseload_page.h: My Caseload (caseload_page.c), which Home shows too:
 * loading it. */
#ifndef HEARTH_UI_CASELOAD_PAGE_H
#define HEARTH_UI_CASELOAD_PAGE_H

struct app;

/* Load the caseload (Home shows it too). */
void caseload_enter(struct app *app);

#endif
