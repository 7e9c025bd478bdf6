/* form_pause.c: pausing the open form, what is typed into it kept as a
 * paused operation (in the database, or a local file when it cannot be
 * reached), and resuming one: the form opened again as it was, an edit going
 * on from the record as it was read. */
#include <stdlib.h>
#include <string.h>

#include "../forms/field.h"
#include "../forms/form.h"
#include "../paused.h"
#include "../util/xalloc.h"
#include "app.h"
#include "form_hooks.h"
#include "form_page.h"
#include "form_state.h"

bool form_has_entries(void)
{
	return fp.form && form_typed_anything();
}

static void add_restriction(struct paused *p, int f, const char *typed)
{
	char *value = NULL, *problem = NULL;

	if (field_parse(field(f), typed, &fp.ctx, &value, &problem) && value) {
		p->names[p->n] = xstrdup("@restriction");
		p->texts[p->n++] = value;
		value = NULL;
	}
	free(value);
	free(problem);
}

/* What the form holds, as a paused operation (the caller frees). */
static void to_paused(struct app *app, struct paused *p)
{
	int f;

	(void)app;
	memset(p, 0, sizeof *p);
	p->id = fp.paused_id ? xstrdup(fp.paused_id) : NULL;
	p->form = xstrdup(fp.form->name);
	p->title = xstrdup(fp.form->title);
	p->step = fp.step;
	p->names = xcalloc((size_t)nfields() * 2 + 4, sizeof *p->names);
	p->texts = xcalloc((size_t)nfields() * 2 + 4, sizeof *p->texts);
	if (fp.edit_id) {
		p->names[p->n] = xstrdup("@edit");
		p->texts[p->n++] = xstrdup(fp.edit_id);
		p->names[p->n] = xstrdup("@stamp");
		p->texts[p->n++] = xstrdup(fp.rec.stamp);
		if (form_hooks_is_client(fp.form))
			p->client_id = xstrdup(fp.edit_id);
	}
	for (f = 0; f < nfields(); f++) {
		char *buf = input_text(&fp.in[f]);
		p->names[p->n] = xstrdup(field(f)->name);
		p->texts[p->n++] = buf;
		if (fp.edit_id) {
			char *name = xasprintf("@orig.%s", field(f)->name);
			p->names[p->n] = name;
			p->texts[p->n++] = xstrdup(fp.rec.orig[f] ? fp.rec.orig[f] : "");
		}
		/* a form about a client: its paused operation is the client's too */
		if (field(f)->type == FIELD_LOOKUP && field(f)->lookup == FIELD_LOOKUP_CLIENT
		    && buf[0] && strspn(buf, "0123456789") == strlen(buf) && !p->client_id)
			p->client_id = xstrdup(buf);
		/* the record's restriction, stored: the database keeps what is
		 * typed into a record restricted to its author from being shared */
		if (!strcmp(field(f)->name, "restriction"))
			add_restriction(p, f, buf);
	}
}

bool form_pause(struct app *app, bool local_only)
{
	struct paused p;
	char *err = NULL;
	bool ok = false, local = false;
	struct form_hooks hooks = fp.hooks;

	if (!fp.form)
		return true;
	to_paused(app, &p);
	if (hooks.pausing)
		hooks.pausing(app, &p);
	ok = paused_keep(app->s.db, app->s.username, &p, local_only, &local, &err);
	if (ok) {
		app_status(app, false, local
		           ? "The database cannot be reached: \"%s\" is kept on this computer and "
		             "goes to Paused Operations when you log in again."
		           : "Paused: \"%s\". Home > Paused Operations resumes it.", p.title);
		form_close();
		if (app_on(app, "add_client") || app_on(app, "form"))
			app_back(app);
		if (hooks.paused)
			hooks.paused(app);
	} else {
		app_status(app, true, "Could not pause: %s", err ? err : "unknown error");
	}
	free(err);
	paused_free(&p);
	return ok;
}

/* A paused edit goes on from the record as it was read, so that what
 * changed since is still seen on saving. */
static void resume_edit(const struct paused *p)
{
	int k, f;

	for (k = 0; k < p->n; k++) {
		if (!strcmp(p->names[k], "@edit"))
			fp.rec.id = fp.edit_id = xstrdup(p->texts[k]);
		else if (!strcmp(p->names[k], "@stamp"))
			fp.rec.stamp = xstrdup(p->texts[k]);
	}
	if (!fp.edit_id)
		return;
	fp.rec.orig = xcalloc((size_t)nfields() + 1, sizeof *fp.rec.orig);
	for (k = 0; k < p->n; k++)
		if (!strncmp(p->names[k], "@orig.", 6) && p->texts[k][0]
		    && (f = form_field_find(fp.form, p->names[k] + 6)) >= 0)
			fp.rec.orig[f] = xstrdup(p->texts[k]);
	if (!fp.rec.stamp)
		fp.rec.stamp = xstrdup("");
}

/* The record a paused edit names must be one the user may act on: re-read
 * through the sharing rules, the operation's own client's and its author
 * organization's. A paused operation is data anyone could have written. */
static bool edit_target_ok(struct app *app, const struct form *form, const struct paused *p)
{
	int k;

	for (k = 0; k < p->n; k++)
		if (!strcmp(p->names[k], "@edit")
		    && !paused_record_ok(app->s.db, p->id, form->table, p->texts[k])) {
			app_status(app, true, "Not resumed: this paused edit names a record that is not "
			           "its client's, or that you may not see. Delete it from the list.");
			return false;
		}
	return true;
}

bool form_resume(struct app *app, const struct paused *p)
{
	const struct form *form = form_set_find(app->forms, p->form);
	int f, k;

	if (!form) {
		app_status(app, true, "The form \"%s\" of this paused operation is missing.", p->form);
		return false;
	}
	if (!form_may_replace(app, NULL))
		return false;
	if (!edit_target_ok(app, form, p))
		return false;
	form_start(app, form);
	for (k = 0; k < p->n; k++)
		if ((f = form_field_find(form, p->names[k])) >= 0)
			input_set(&fp.in[f], p->texts[k]);
	resume_edit(p);
	fp.step = p->step <= form_step_count(form) ? p->step : 1;
	fp.focus = 0;
	while (fp.focus < nfields() - 1 && field(fp.focus)->step != fp.step)
		fp.focus++;
	fp.paused_id = p->id ? xstrdup(p->id) : NULL;
	app_open_page(app, form_page_of(p->form));
	return true;
}
