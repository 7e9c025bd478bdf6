/* workflow_page.c: a workflow: forms filled one after another (the intake:
 * the client, then a first case note). Each step shows whether it is
 * completed, current, locked, optional or required; each is saved as it is
 * completed; the client made by one step fills the next.
 *
 * Pause, Stop and Delete act on the whole workflow. Paused, it is one paused
 * operation (form "workflow/NAME") holding the steps done, the rows they
 * saved, its client, and what was typed in the open step, under the names
 * "@done", "@rows", "@client" and "@open" beside that step's fields. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "workflow_page.h"

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../db/db.h"
#include "../forms/form.h"
#include "../forms/record.h"
#include "../forms/workflow.h"
#include "../paused.h"
#include "../util/xalloc.h"
#include "client_page.h"
#include "draw.h"
#include "form_hooks.h"
#include "form_page.h"
#include "pages.h"
#include "theme.h"

#define MAX_STEPS 32
#define PREFIX "workflow/"

static struct {
	const struct workflow *w;
	bool done[MAX_STEPS];
	char table[MAX_STEPS][64];   /* what each step saved */
	char row[MAX_STEPS][24];
	int sel;
	size_t opened;               /* the step whose form is open */
	char client[24];             /* the client the workflow is about */
	char *paused_id;             /* resumed from this paused operation */
	enum { ASK_NONE, ASK_STOP, ASK_DELETE } asked;
} wf;

static size_t nsteps(void)
{
	return wf.w->nsteps < MAX_STEPS ? wf.w->nsteps : MAX_STEPS;
}

static void close_workflow(void)
{
	free(wf.paused_id);
	memset(&wf, 0, sizeof wf);
}

static void start(const struct workflow *w)
{
	close_workflow();
	wf.w = w;
}

static void enter(struct app *app)
{
	if (wf.w)
		return;              /* back from a step, or resumed: the same workflow */
	start(workflow_set_find(app->workflows, "intake"));
	if (!wf.w)
		app_status(app, true, "The intake workflow could not be loaded; see forms/workflows/.");
}

static const char *step_title(const struct app *app, size_t i)
{
	const struct form *f = form_set_find(app->forms, wf.w->steps[i].form);

	return wf.w->steps[i].title ? wf.w->steps[i].title : f ? f->title : wf.w->steps[i].form;
}

static bool anything_done(void)
{
	size_t i;

	for (i = 0; i < nsteps(); i++)
		if (wf.done[i])
			return true;
	return false;
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
	draw_wrapped(y + 1, left, width, 4, workflow_finished(wf.w, wf.done)
	             ? "Every required step is done. Esc closes the workflow."
	             : "Enter opens the selected step's form. F4 pauses the workflow, to resume it "
	               "later; Esc stops it (the steps saved stay saved); Delete deletes it with "
	               "what its steps saved.", theme_attr(ROLE_LABEL));
}

static const char *entry(const struct paused *p, const char *name);

/* ---- pausing the whole workflow ---- */

static void add_entry(struct paused *p, const char *name, const char *text)
{
	p->names = xrealloc(p->names, (size_t)(p->n + 2) * sizeof *p->names);
	p->texts = xrealloc(p->texts, (size_t)(p->n + 2) * sizeof *p->texts);
	p->names[p->n] = xstrdup(name);
	p->texts[p->n++] = xstrdup(text);
}

/* "1,0" and "client:12,:" for the steps. */
static void state_entries(struct paused *p)
{
	char done[MAX_STEPS * 2 + 1] = "", rows[MAX_STEPS * 90] = "", one[96];
	size_t i;

	for (i = 0; i < nsteps(); i++) {
		strcat(done, i ? (wf.done[i] ? ",1" : ",0") : (wf.done[i] ? "1" : "0"));
		snprintf(one, sizeof one, "%s%.63s:%.23s", i ? "," : "", wf.table[i], wf.row[i]);
		strcat(rows, one);
	}
	add_entry(p, "@done", done);
	add_entry(p, "@rows", rows);
	add_entry(p, "@client", wf.client);
}

/* The open step's form is being paused: pause the workflow instead. */
static void pausing_step(struct app *app, struct paused *p)
{
	char open[16];

	(void)app;
	snprintf(open, sizeof open, "%zu", wf.opened + 1);
	add_entry(p, "@open", open);
	state_entries(p);
	free(p->form);
	free(p->title);
	free(p->id);
	free(p->client_id);
	p->form = xasprintf(PREFIX "%s", wf.w->name);
	p->title = xstrdup(wf.w->title);
	p->step = (int)wf.opened + 1;
	p->id = wf.paused_id ? xstrdup(wf.paused_id) : NULL;
	p->client_id = wf.client[0] ? xstrdup(wf.client) : NULL;
	/* a client's workflow is its organization's to resume, but what is
	 * typed into a record restricted to its author stays the author's */
	p->shared = p->client_id && strcmp(entry(p, "@restriction"), "user");
}

static void paused_step(struct app *app)
{
	close_workflow();
	/* the form went back to the workflow's page; the workflow goes too */
	if (app_on(app, "workflow"))
		app_back(app);
}

/* F4 on the workflow's own page: no step open. */
static void pause_workflow(struct app *app, bool local_only)
{
	struct paused p = { 0 };
	char *err = NULL;
	bool ok = false, local = false;

	p.id = wf.paused_id ? xstrdup(wf.paused_id) : NULL;
	p.form = xasprintf(PREFIX "%s", wf.w->name);
	p.title = xstrdup(wf.w->title);
	p.step = (int)workflow_current(wf.w, wf.done) + 1;
	p.client_id = wf.client[0] ? xstrdup(wf.client) : NULL;
	p.shared = p.client_id != NULL;
	state_entries(&p);
	ok = paused_keep(app->s.db, app->s.username, &p, local_only, &local, &err);
	if (ok) {
		app_status(app, false, local ? "The database cannot be reached: the workflow is kept "
		           "on this computer until you log in again."
		           : "Paused the workflow \"%s\". Paused Operations resumes it.", p.title);
		close_workflow();
	} else {
		app_status(app, true, "Could not pause the workflow: %s", err ? err : "unknown error");
	}
	free(err);
	paused_free(&p);
}

/* ---- steps ---- */

static void forget_paused(struct app *app)
{
	char *err = NULL;

	if (wf.paused_id && !paused_delete(app->s.db, wf.paused_id, &err))
		free(err);
	free(wf.paused_id);
	wf.paused_id = NULL;
}

/* A step's form was saved (id) or left (NULL). */
static void step_saved(struct app *app, const char *table, const char *id)
{
	app->page = page_named("workflow");
	if (app->ntrail && app->trail[app->ntrail - 1] == app->page)
		app->ntrail--;
	if (!id)
		return;
	wf.done[wf.opened] = true;
	snprintf(wf.table[wf.opened], sizeof wf.table[0], "%s", table ? table : "");
	snprintf(wf.row[wf.opened], sizeof wf.row[0], "%s", id);
	/* the step that takes the client in names the workflow's client */
	if (form_hooks_is_client(form_set_find(app->forms, wf.w->steps[wf.opened].form))) {
		snprintf(wf.client, sizeof wf.client, "%s", id);
		client_page_show(app, id);
		app->page = page_named("workflow");
		if (app->ntrail)
			app->ntrail--;
	}
	app_status(app, false, "Step %zu saved.", wf.opened + 1);
	if (workflow_finished(wf.w, wf.done))
		forget_paused(app);  /* nothing required left to resume */
	wf.sel = (int)workflow_current(wf.w, wf.done) < (int)nsteps()
	         ? (int)workflow_current(wf.w, wf.done) : wf.sel;
}

static const struct form_hooks step_hooks = { step_saved, pausing_step, paused_step };

static void open_with(struct app *app, size_t step, const struct paused *typed)
{
	const char **names = xcalloc((size_t)(typed ? typed->n : 0) + 2, sizeof *names);
	const char **values = xcalloc((size_t)(typed ? typed->n : 0) + 2, sizeof *values);
	int n = 0, i;

	if (wf.client[0]) {
		names[n] = "client";
		values[n++] = wf.client;
	}
	for (i = 0; typed && i < typed->n; i++) {
		/* the workflow's own client, never one the paused entries name */
		if (typed->names[i][0] == '@' || (wf.client[0] && !strcmp(typed->names[i], "client")))
			continue;
		names[n] = typed->names[i];
		values[n++] = typed->texts[i];
	}
	wf.opened = step;
	form_open(app, wf.w->steps[step].form, names, values, n, &step_hooks);
	free(names);
	free(values);
}

static enum reaction open_step(struct app *app)
{
	enum workflow_state states[MAX_STEPS];

	workflow_states(wf.w, wf.done, states);
	if (states[wf.sel] == WORKFLOW_COMPLETED) {
		app_status(app, false, "That step is done.");
		return R_REDRAW;
	}
	if (states[wf.sel] == WORKFLOW_LOCKED) {
		app_status(app, true, "Finish the required steps before it first.");
		return R_REDRAW;
	}
	open_with(app, (size_t)wf.sel, NULL);
	return R_REDRAW;
}

/* Delete what the steps saved, last first; what the rules keep (a client is
 * never deleted) is named. */
static void delete_workflow(struct app *app)
{
	char kept[256] = "";
	size_t i, len;

	for (i = nsteps(); i-- > 0;) {
		if (!wf.done[i] || !wf.row[i][0])
			continue;
		if (record_delete(app->s.db, wf.table[i], wf.row[i]) != RECORD_DONE) {
			len = strlen(kept);
			snprintf(kept + len, sizeof kept - len, "%s%s", len ? ", " : "", step_title(app, i));
		}
	}
	forget_paused(app);
	if (kept[0])
		app_status(app, true, "The workflow is deleted, but not what these steps saved: %s "
		           "(clients are never deleted; an administrator merges duplicates).", kept);
	else
		app_status(app, false, "The workflow is deleted, with what its steps saved.");
	close_workflow();
}

static enum reaction stop(struct app *app)
{
	if (!workflow_finished(wf.w, wf.done) && anything_done() && wf.asked != ASK_STOP) {
		wf.asked = ASK_STOP;
		app_status(app, true, "Stop the workflow? Esc again stops it (the steps saved stay "
		           "saved); F4 pauses it instead.");
		return R_REDRAW;
	}
	app_status(app, false, workflow_finished(wf.w, wf.done) ? "The workflow is finished."
	           : "The workflow is stopped; what was saved stays saved.");
	forget_paused(app);
	close_workflow();
	return R_UNHANDLED;          /* and the frame goes back */
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	bool delete_asked = wf.asked == ASK_DELETE;

	(void)k;
	(void)is_key;
	(void)height;
	if (!wf.w)
		return R_UNHANDLED;
	if (a != A_BACK && a != A_DELETE)
		wf.asked = ASK_NONE;
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
	case A_PAUSE:
		pause_workflow(app, false);
		if (!wf.w)
			app_back(app);
		return R_REDRAW;
	case A_DELETE:
		if (!delete_asked) {
			wf.asked = ASK_DELETE;
			app_status(app, true, "Delete the workflow and what its steps saved? Press Delete "
			           "again to delete it.");
			return R_REDRAW;
		}
		delete_workflow(app);
		app_back(app);
		return R_REDRAW;
	case A_BACK:
		return stop(app);
	default:
		return R_UNHANDLED;
	}
}

static void reset(struct page *page)
{
	(void)page;
	close_workflow();
}

bool workflow_unfinished(void)
{
	return wf.w && anything_done() && workflow_current(wf.w, wf.done) < nsteps();
}

bool workflow_pause(struct app *app, bool local_only)
{
	if (!wf.w)
		return true;
	pause_workflow(app, local_only);
	return wf.w == NULL;
}

/* ---- resuming ---- */

bool workflow_paused(const struct paused *p)
{
	return !strncmp(p->form, PREFIX, strlen(PREFIX));
}

static const char *entry(const struct paused *p, const char *name)
{
	int i;

	for (i = 0; i < p->n; i++)
		if (!strcmp(p->names[i], name))
			return p->texts[i];
	return "";
}

/* "1,0" and "client:12,:" back into the steps. */
static void restore_steps(const struct paused *p)
{
	const char *d = entry(p, "@done"), *r = entry(p, "@rows");
	size_t i;

	for (i = 0; i < nsteps() && *d; i++) {
		wf.done[i] = *d == '1';
		d += strcspn(d, ",");
		d += *d == ',';
	}
	for (i = 0; i < nsteps() && *r; i++) {
		size_t colon = strcspn(r, ":,"), end = strcspn(r, ",");
		if (colon < end) {
			snprintf(wf.table[i], sizeof wf.table[0], "%.*s", (int)colon, r);
			snprintf(wf.row[i], sizeof wf.row[0], "%.*s", (int)(end - colon - 1), r + colon + 1);
		}
		r += end;
		r += *r == ',';
	}
}

/* What the restored steps name must be what the user may act on: the
 * workflow's own client, and rows of each step's own form, re-read through
 * the sharing rules as the operation's client's and its author
 * organization's (a paused operation is data anyone could have written). */
static bool steps_ok(struct app *app, const struct paused *p)
{
	const struct form *f;
	size_t i;

	if (strcmp(wf.client, p->client_id ? p->client_id : ""))
		return false;
	for (i = 0; i < nsteps(); i++) {
		if (!wf.row[i][0] && !wf.table[i][0])
			continue;
		f = form_set_find(app->forms, wf.w->steps[i].form);
		if (!f || strcmp(f->table, wf.table[i])
		    || !paused_record_ok(app->s.db, p->id, wf.table[i], wf.row[i]))
			return false;
	}
	return true;
}

bool workflow_resume(struct app *app, const struct paused *p, bool restart)
{
	const struct workflow *w = workflow_set_find(app->workflows, p->form + strlen(PREFIX));
	int open = atoi(entry(p, "@open"));

	if (!w) {
		app_status(app, true, "The workflow \"%s\" of this paused operation is missing.",
		           p->form + strlen(PREFIX));
		return false;
	}
	start(w);
	restore_steps(p);
	snprintf(wf.client, sizeof wf.client, "%s", entry(p, "@client"));
	if (!steps_ok(app, p)) {
		close_workflow();
		app_status(app, true, "Not resumed: this paused workflow names records that are not "
		           "its client's, or that you may not see. Delete it from the list.");
		return false;
	}
	wf.paused_id = p->id ? xstrdup(p->id) : NULL;
	wf.sel = (int)workflow_current(wf.w, wf.done) < (int)nsteps()
	         ? (int)workflow_current(wf.w, wf.done) : 0;
	if (wf.client[0] && (!app->has_client || strcmp(app->client.id, wf.client)))
		client_page_show(app, wf.client);
	app_open_page(app, "workflow");
	if (open >= 1 && (size_t)open <= nsteps() && !wf.done[open - 1]) {
		wf.sel = open - 1;
		open_with(app, (size_t)open - 1, restart ? NULL : p);
	}
	return true;
}

const struct page_ops workflow_page = {
	.name = "workflow", .title = "Client Intake Workflow",
	.enter = enter,
	.draw = draw,
	.key = key,
	.reset = reset,
	.help = "A workflow chains forms. Each step shows where it stands: completed, current, "
	        "required, optional or locked (a required step before it is not done). Enter opens "
	        "a step's form; each step is saved when its form is. The client made by the first "
	        "step fills in the next. F4 pauses the whole workflow (in a step's form too), to "
	        "resume it from Paused Operations or the client's Paused Workflows. Esc stops it: "
	        "the steps saved stay saved. Delete, twice, deletes it with what its steps saved "
	        "(a client is never deleted).",
};
