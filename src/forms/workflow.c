/* workflow.c: reading workflow files, and the state of their steps. */
#include "workflow.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../util/xalloc.h"
#include "form_ini.h"

static const char *const workflow_keys[] = { "title", "help", NULL };
static const char *const step_keys[] = { "form", "required", "title", "help", NULL };

struct reader {
	const struct form_ini *ini;
	struct form_errors *errs;
	const char *forms_dir;
	struct workflow *w;
	int workflow_line;              /* the [workflow] header's line, 0 until seen */
};

#define complain(r, section, key, ...) \
	form_ini_complain((r)->ini, (r)->errs, section, key, __VA_ARGS__)

/* The value, or NULL when absent or empty. */
static const char *get(const struct reader *r, const char *section, const char *key)
{
	const char *v = form_ini_get(r->ini, section, key);

	return v && *v ? v : NULL;
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static void read_workflow_section(struct reader *r, size_t i, int line)
{
	r->workflow_line = line;
	form_ini_check_keys(r->ini, i, workflow_keys, "[workflow]", r->errs);
	r->w->title = dup_or_null(get(r, "workflow", "title"));
	r->w->help = dup_or_null(get(r, "workflow", "help"));
	if (!r->w->title)
		complain(r, "workflow", NULL, "[workflow] has no title");
}

static void check_form(struct reader *r, const char *section, const char *who, const char *form)
{
	char *path;

	if (!form_ini_is_name(form)) {
		complain(r, section, "form", "%s: form \"%s\" is not a form name (the name of a "
		         "file in forms/ without .ini)", who, form);
		return;
	}
	if (!r->forms_dir)
		return;
	path = xasprintf("%s/%s.ini", r->forms_dir, form);
	if (access(path, R_OK))
		complain(r, section, "form", "%s: no form \"%s\" (%s cannot be read)", who, form, path);
	free(path);
}

static void read_step(struct reader *r, size_t i, const char *section, const char *name)
{
	struct workflow_step *s;
	const char *form = get(r, section, "form"), *required = get(r, section, "required");
	char *who = xasprintf("step \"%s\"", name);

	if (!form_ini_is_name(name))
		complain(r, section, NULL, "%s: a step name is lower-case letters, digits and _", who);
	form_ini_check_keys(r->ini, i, step_keys, who, r->errs);
	r->w->steps = xrealloc(r->w->steps, (r->w->nsteps + 1) * sizeof *r->w->steps);
	s = &r->w->steps[r->w->nsteps++];
	*s = (struct workflow_step){ xstrdup(name), dup_or_null(form),
	                             dup_or_null(get(r, section, "title")),
	                             dup_or_null(get(r, section, "help")), true,
	                             form_ini_line(r->ini, section, NULL) };
	if (!form)
		complain(r, section, NULL, "%s has no form (form = the name of a form file)", who);
	else
		check_form(r, section, who, form);
	if (required && !form_ini_yes_no(required, &s->required))
		complain(r, section, "required", "%s: required \"%s\" is not yes or no", who, required);
	free(who);
}

static void read_section(struct reader *r, size_t i)
{
	int line, earlier;
	const char *name = form_ini_section(r->ini, i, &line, &earlier), *step_name = "";
	bool step = !strncmp(name, "step", 4) && (!name[4] || isspace((unsigned char)name[4]));

	for (step_name = step ? name + 4 : ""; isspace((unsigned char)*step_name); step_name++)
		;
	if (earlier && (step || !strcmp(name, "workflow")))
		form_errors_add(r->errs, form_ini_path(r->ini), line,
		                "[%s] is written twice (first on line %d)", name, earlier);
	else if (!strcmp(name, "workflow"))
		read_workflow_section(r, i, line);
	else if (step && !*step_name)
		form_errors_add(r->errs, form_ini_path(r->ini), line, "[step] needs a name: [step NAME]");
	else if (step)
		read_step(r, i, name, step_name);
	else
		form_errors_add(r->errs, form_ini_path(r->ini), line, "unknown section [%s]; "
		                "a workflow has [workflow] and [step NAME] sections", name);
}

static void read_workflow(struct reader *r)
{
	for (size_t i = 0; i < form_ini_nsections(r->ini); i++)
		read_section(r, i);
	if (!r->workflow_line)
		form_errors_add(r->errs, form_ini_path(r->ini), 0, "no [workflow] section (title, help)");
	else if (!r->w->nsteps)
		complain(r, "workflow", NULL, "the workflow has no steps ([step NAME] sections)");
}

struct workflow *workflow_load(const char *path, const char *forms_dir, struct form_errors *errs)
{
	struct form_errors mine = { 0 };
	struct form_ini *ini = form_ini_load(path, &mine);
	struct workflow *w = NULL;

	if (ini) {
		w = xcalloc(1, sizeof *w);
		w->path = xstrdup(path);
		w->name = form_ini_name(path);
		read_workflow(&(struct reader){ ini, &mine, forms_dir, w, 0 });
		form_ini_free(ini);
	}
	if (mine.n) {
		workflow_free(w);
		w = NULL;
	}
	form_errors_sort(&mine);
	form_errors_move(errs, &mine);
	return w;
}

void workflow_free(struct workflow *w)
{
	if (!w)
		return;
	for (size_t i = 0; i < w->nsteps; i++) {
		free(w->steps[i].name);
		free(w->steps[i].form);
		free(w->steps[i].title);
		free(w->steps[i].help);
	}
	free(w->steps);
	free(w->name);
	free(w->path);
	free(w->title);
	free(w->help);
	free(w);
}

/* ---- the state of the steps ------------------------------------------ */

void workflow_states(const struct workflow *w, const bool *done, enum workflow_state *states)
{
	bool blocked = false, current_seen = false;

	for (size_t i = 0; i < w->nsteps; i++) {
		if (done[i])
			states[i] = WORKFLOW_COMPLETED;
		else if (blocked)
			states[i] = WORKFLOW_LOCKED;
		else if (!current_seen)
			states[i] = WORKFLOW_CURRENT, current_seen = true;
		else
			states[i] = w->steps[i].required ? WORKFLOW_REQUIRED : WORKFLOW_OPTIONAL;
		if (w->steps[i].required && !done[i])
			blocked = true;
	}
}

size_t workflow_current(const struct workflow *w, const bool *done)
{
	size_t i = 0;

	while (i < w->nsteps && done[i])
		i++;
	return i;
}

bool workflow_finished(const struct workflow *w, const bool *done)
{
	for (size_t i = 0; i < w->nsteps; i++)
		if (w->steps[i].required && !done[i])
			return false;
	return true;
}

const char *workflow_state_name(enum workflow_state state)
{
	static const char *const names[] = { "completed", "current", "required", "optional", "locked" };

	return names[state];
}

/* ---- a directory of workflows ---------------------------------------- */

struct workflow_set *workflow_set_load(const char *dir, const char *forms_dir)
{
	struct workflow_set *set = xcalloc(1, sizeof *set);
	char **paths;
	size_t n = form_ini_list(dir, &paths, &set->errors);

	for (size_t i = 0; i < n; i++) {
		struct workflow *w = workflow_load(paths[i], forms_dir, &set->errors);

		if (w) {
			set->workflows = xrealloc(set->workflows, (set->n + 1) * sizeof *set->workflows);
			set->workflows[set->n++] = w;
		}
		free(paths[i]);
	}
	free(paths);
	return set;
}

const struct workflow *workflow_set_find(const struct workflow_set *set, const char *name)
{
	for (size_t i = 0; i < set->n; i++)
		if (!strcmp(set->workflows[i]->name, name))
			return set->workflows[i];
	return NULL;
}

void workflow_set_free(struct workflow_set *set)
{
	if (!set)
		return;
	for (size_t i = 0; i < set->n; i++)
		workflow_free(set->workflows[i]);
	free(set->workflows);
	form_errors_free(&set->errors);
	free(set);
}
