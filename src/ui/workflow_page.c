/* workflow_page.c: a workflow: forms filled one after another (the intake:
 * the client, then a first case note). Each step shows whether it is
 * completed, current, locked, optional or required; each is saved as it is
 * completed; the client made by one step fills the next. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../forms/form.h"
#include "../forms/workflow.h"
#include "draw.h"
#include "pages.h"
#include "theme.h"

#define MAX_STEPS 32

static struct {
	const struct workflow *w;
	bool done[MAX_STEPS];
	int sel;
	size_t opened;               /* the step whose form is open */
	char client[24];             /* the client the workflow is about */
} wf;

static size_t nsteps(void)
{
	return wf.w->nsteps < MAX_STEPS ? wf.w->nsteps : MAX_STEPS;
}

static void enter(struct app *app)
{
	if (wf.w)
		return;              /* back from a step: the same workflow */
	wf.w = workflow_set_find(app->workflows, "intake");
	memset(wf.done, 0, sizeof wf.done);
	wf.client[0] = 0;
	wf.sel = 0;
	if (!wf.w)
		app_status(app, true, "The intake workflow could not be loaded; see forms/workflows/.");
}

static const char *step_title(const struct app *app, size_t i)
{
	const struct form *f = form_set_find(app->forms, wf.w->steps[i].form);

	return wf.w->steps[i].title ? wf.w->steps[i].title : f ? f->title : wf.w->steps[i].form;
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	enum workflow_state states[MAX_STEPS];
	char line[256];
	size_t i;
	int y = top + 2;

	(void)height;
	if (!wf.w) {
		draw_text(top, left, width, "Client Intake Workflow", theme_attr(ROLE_TITLE), 0);
		return;
	}
	draw_text(top, left, width, wf.w->title, theme_attr(ROLE_TITLE), 0);
	if (wf.w->help)
		y += draw_wrapped(top + 1, left, width, 2, wf.w->help, theme_attr(ROLE_LABEL));
	workflow_states(wf.w, wf.done, states);
	for (i = 0; i < nsteps(); i++, y++) {
		snprintf(line, sizeof line, "%zu. %-30s %s%s", i + 1, step_title(app, i),
		         workflow_state_name(states[i]),
		         states[i] != WORKFLOW_COMPLETED && wf.w->steps[i].required ? " (required)" : "");
		draw_text(y, left, width, line,
		          theme_attr((int)i == wf.sel ? ROLE_SELECTED
		                     : states[i] == WORKFLOW_LOCKED ? ROLE_LABEL : ROLE_NORMAL), 1);
	}
	draw_wrapped(y + 1, left, width, 3, workflow_finished(wf.w, wf.done)
	             ? "Every required step is done. Esc closes the workflow."
	             : "Enter opens the selected step's form. Esc stops the workflow: the steps "
	               "saved so far stay saved.", theme_attr(ROLE_LABEL));
}

/* A step's form was saved (id) or left (NULL). */
static void step_saved(struct app *app, const char *table, const char *id)
{
	app->page = PAGE_WORKFLOW;
	if (app->ntrail && app->trail[app->ntrail - 1] == PAGE_WORKFLOW)
		app->ntrail--;
	if (!id)
		return;
	wf.done[wf.opened] = true;
	if (table && !strcmp(table, "client")) {
		snprintf(wf.client, sizeof wf.client, "%s", id);
		client_page_show(app, id);
		app->page = PAGE_WORKFLOW;
		if (app->ntrail)
			app->ntrail--;
	}
	app_status(app, false, "Step %zu saved.", wf.opened + 1);
	wf.sel = (int)workflow_current(wf.w, wf.done) < (int)nsteps()
	         ? (int)workflow_current(wf.w, wf.done) : wf.sel;
}

static enum reaction open_step(struct app *app)
{
	enum workflow_state states[MAX_STEPS];
	const char *names[1] = { "client" }, *values[1] = { wf.client };

	workflow_states(wf.w, wf.done, states);
	if (states[wf.sel] == WORKFLOW_COMPLETED) {
		app_status(app, false, "That step is done.");
		return R_REDRAW;
	}
	if (states[wf.sel] == WORKFLOW_LOCKED) {
		app_status(app, true, "Finish the required steps before it first.");
		return R_REDRAW;
	}
	wf.opened = (size_t)wf.sel;
	form_open(app, wf.w->steps[wf.sel].form, names, values, wf.client[0] ? 1 : 0, step_saved);
	return R_REDRAW;
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	(void)k;
	(void)is_key;
	(void)height;
	if (!wf.w)
		return R_UNHANDLED;
	switch (a) {
	case A_UP:
		if (wf.sel > 0)
			wf.sel--;
		return R_REDRAW;
	case A_DOWN:
		if (wf.sel < (int)nsteps() - 1)
			wf.sel++;
		return R_REDRAW;
	case A_OPEN:
		return open_step(app);
	case A_BACK:
		app_status(app, false, workflow_finished(wf.w, wf.done) ? "The workflow is finished."
		           : "The workflow is stopped; what was saved stays saved.");
		wf.w = NULL;
		return R_UNHANDLED;  /* and the frame goes back */
	default:
		return R_UNHANDLED;
	}
}

static void reset(struct app *app)
{
	(void)app;
	memset(&wf, 0, sizeof wf);
}

const struct page_ops workflow_page = {
	.page = PAGE_WORKFLOW,
	.enter = enter,
	.draw = draw,
	.key = key,
	.reset = reset,
	.help = "A workflow chains forms. Each step shows where it stands: completed, current, "
	        "required, optional or locked (a required step before it is not done). Enter opens "
	        "a step's form; each step is saved when its form is. The client made by the first "
	        "step fills in the next. Esc stops the workflow; the steps saved stay saved.",
};
