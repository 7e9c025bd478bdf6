/* workflow.h: workflows, forms filled in one after another (an intake:
 * the client, then a first case note), read from forms/workflows/NAME.ini
 * (documented in hearth-forms(5)), and the state of each step.
 *
 * Offers:
 *   struct workflow, struct workflow_step, enum workflow_state;
 *   workflow_load / workflow_free: one file, every mistake reported as
 *     "file:line: what is wrong";
 *   workflow_set_load / workflow_set_find / workflow_set_free: a directory;
 *   workflow_states, workflow_current, workflow_finished,
 *   workflow_state_name: the step state machine, a pure function of which
 *     steps are done.
 *
 * A struct workflow owns everything it points to.
 */
#ifndef HEARTH_WORKFLOW_H
#define HEARTH_WORKFLOW_H

#include <stdbool.h>
#include <stddef.h>

#include "form_errors.h"

struct workflow_step {
	char *name;                 /* from [step NAME], lower case */
	char *form;                 /* the form's name: FORMS_DIR/FORM.ini */
	char *title;                /* NULL: show the form's title */
	char *help;                 /* NULL when none */
	bool required;              /* default yes */
	int line;                   /* the line of its [step NAME] header */
};

struct workflow {
	char *name;                 /* the file name without .ini: "intake" */
	char *path;
	char *title;
	char *help;                 /* NULL when none */
	struct workflow_step *steps; /* in file order */
	size_t nsteps;
};

/* Load one workflow file. Each step's form must be a readable file
 * forms_dir/FORM.ini (not checked when forms_dir is NULL). Returns NULL
 * when the file has any mistake, after adding every one to `errs` (which
 * may be NULL). The caller frees the result with workflow_free. */
struct workflow *workflow_load(const char *path, const char *forms_dir, struct form_errors *errs);
void workflow_free(struct workflow *w);

/* Where a step stands, given which steps are done:
 *   COMPLETED  done;
 *   LOCKED     a required step before it is not done: it cannot be opened;
 *   CURRENT    the first step neither done nor locked: the one to do now;
 *   REQUIRED   open, not done, required (after an optional CURRENT step);
 *   OPTIONAL   open, not done, optional.
 * A skipped optional step should be counted as done by the caller. */
enum workflow_state {
	WORKFLOW_COMPLETED,
	WORKFLOW_CURRENT,
	WORKFLOW_REQUIRED,
	WORKFLOW_OPTIONAL,
	WORKFLOW_LOCKED,
};

/* Fill states[0..nsteps) from done[0..nsteps). */
void workflow_states(const struct workflow *w, const bool *done, enum workflow_state *states);
/* The index of the CURRENT step, or nsteps when every open step is done. */
size_t workflow_current(const struct workflow *w, const bool *done);
/* Whether every required step is done (the workflow can be closed). */
bool workflow_finished(const struct workflow *w, const bool *done);
/* "completed", "current", "required", "optional", "locked". */
const char *workflow_state_name(enum workflow_state state);

/* Every workflow of a directory. */
struct workflow_set {
	struct workflow **workflows; /* the files without mistakes, sorted by name */
	size_t n;
	struct form_errors errors;   /* the mistakes of the others */
};

/* Load every .ini file of `dir`, checking forms against forms_dir. Never
 * NULL; free it with workflow_set_free. */
struct workflow_set *workflow_set_load(const char *dir, const char *forms_dir);
/* The workflow of that name ("intake"), or NULL; it belongs to the set. */
const struct workflow *workflow_set_find(const struct workflow_set *set, const char *name);
void workflow_set_free(struct workflow_set *set);

#endif
