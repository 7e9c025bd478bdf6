/* form_page.h: the form screen, for its users outside it: opening a form
 * (form_page.c) or a record in its form (form_edit.c), and pausing and
 * resuming the open form (form_pause.c). What its own files share is in
 * form_state.h. */
#ifndef HEARTH_UI_FORM_PAGE_H
#define HEARTH_UI_FORM_PAGE_H

#include <stdbool.h>

struct app;
struct paused;

/* What a form opened by form_open tells its opener. */
struct form_hooks {
	/* saved, with its table and the new row's id; or left unsaved (NULL id) */
	void (*saved)(struct app *app, const char *table, const char *id);
	/* about to be paused: may make `p` the opener's (a whole workflow) */
	void (*pausing)(struct app *app, struct paused *p);
	/* paused (in the database or a local file) */
	void (*paused)(struct app *app);
};

/* form_page.c: open the form `name` on the page "form", its fields
 * `names` filled with `values`, telling `hooks` how it ends. */
bool form_open(struct app *app, const char *name, const char *const *names,
               const char *const *values, int n, const struct form_hooks *hooks);

/* form_edit.c: open the form `name` on the record `id` of its table, to
 * change it; on saving, only the fields changed are written, and only if
 * nobody saved the record meanwhile (else the person sees what changed and
 * chooses). hooks may be NULL: then the form goes back when saved. */
bool form_edit(struct app *app, const char *name, const char *id, const struct form_hooks *hooks);

/* form_pause.c: the open form, for pausing from outside it. */
/* Whether a form is open with something typed in it. */
bool form_has_entries(void);
/* Pause the open form: into the database, or when that fails for a lost
 * connection (or `local_only`), into a local file. Returns false with a
 * sentence on the status line when neither worked. */
bool form_pause(struct app *app, bool local_only);
/* Open the paused form `p` again, as it was. */
bool form_resume(struct app *app, const struct paused *p);

#endif
