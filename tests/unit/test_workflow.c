/* test_workflow.c: workflow files, their mistakes with their lines, and
 * the state of each step as a function of which steps are done. */
#include <stdlib.h>
#include <string.h>

#include "forms/workflow.h"
#include "check.h"
#include "errors_check.h"

#define DIR "tests/unit/forms/workflows/"
#define FORMS "tests/unit/forms"

static void fails_with(const char *name, const char *const *want)
{
	char path[256];
	struct form_errors errs = { 0 };
	struct workflow *w;

	snprintf(path, sizeof path, DIR "%s", name);
	w = workflow_load(path, FORMS, &errs);
	CHECK(w == NULL);
	workflow_free(w);
	check_errors(name, &errs, want);
}

#define FAILS_WITH(name, ...) fails_with(name, (const char *const[]){ __VA_ARGS__, NULL })

static void mistakes(void)
{
	FAILS_WITH("missing_form.ini",
		DIR "missing_form.ini:5: step \"add\": no form \"no_such_form\" "
		"(" FORMS "/no_such_form.ini cannot be read)",
		DIR "missing_form.ini:7: step \"note\" has no form (form = the name of a form file)",
		DIR "missing_form.ini:11: step \"other\": form \"every_type.ini\" is not a form name "
		"(the name of a file in forms/ without .ini)");
	FAILS_WITH("bad_keys.ini",
		DIR "bad_keys.ini:1: [workflow] has no title",
		DIR "bad_keys.ini:2: [workflow]: unknown key \"titel\" (title, help)",
		DIR "bad_keys.ini:6: step \"add\": required \"perhaps\" is not yes or no",
		DIR "bad_keys.ini:7: step \"add\": unknown key \"optional\" (form, required, title, help)",
		DIR "bad_keys.ini:9: unknown section [stage two]; a workflow has [workflow] and "
		"[step NAME] sections",
		DIR "bad_keys.ini:12: [step add] is written twice (first on line 4)");
	FAILS_WITH("no_steps.ini", DIR "no_steps.ini:1: the workflow has no steps ([step NAME] sections)");
	FAILS_WITH("no_workflow.ini", DIR "no_workflow.ini: no [workflow] section (title, help)");
	FAILS_WITH("nothing.ini", DIR "nothing.ini: cannot read the file (No such file or directory)");
}

static void good(void)
{
	struct form_errors errs = { 0 };
	struct workflow *w = workflow_load(DIR "good.ini", FORMS, &errs);

	CHECK(w != NULL && errs.n == 0);
	if (!w)
		return;
	CHECK_STR(w->name, "good");
	CHECK_STR(w->title, "Good Workflow");
	CHECK_STR(w->help, "Add, note, done.");
	CHECK(w->nsteps == 3);
	CHECK_STR(w->steps[0].name, "add");
	CHECK_STR(w->steps[0].form, "every_type");
	CHECK(w->steps[0].required && w->steps[0].title == NULL && w->steps[0].line == 6);
	CHECK(!w->steps[1].required);
	CHECK_STR(w->steps[1].title, "A note");
	CHECK(w->steps[2].required);
	workflow_free(w);
	/* Without a forms directory, forms are not looked for. */
	w = workflow_load(DIR "missing_form.ini", NULL, NULL);
	CHECK(w == NULL);
}

/* The states of good.ini's steps (required, optional, required) as a
 * string of letters: Completed, cUrrent, Required, Optional, Locked. */
static const char *states_of(const struct workflow *w, const char *done_flags)
{
	static char buf[8];
	static const char letters[] = "CUROL";
	enum workflow_state st[3];
	bool done[3];

	for (int i = 0; i < 3; i++)
		done[i] = done_flags[i] == 'd';
	workflow_states(w, done, st);
	for (int i = 0; i < 3; i++)
		buf[i] = letters[st[i]];
	buf[3] = 0;
	return buf;
}

static void states(void)
{
	struct workflow *w = workflow_load(DIR "good.ini", FORMS, NULL);
	bool done[3] = { false, false, false };

	if (!w)
		return;
	CHECK_STR(states_of(w, "---"), "ULL");    /* nothing done: the first, the rest locked */
	CHECK_STR(states_of(w, "d--"), "CUR");    /* optional current, the required one open */
	CHECK_STR(states_of(w, "dd-"), "CCU");
	CHECK_STR(states_of(w, "d-d"), "CUC");    /* the optional step skipped */
	CHECK_STR(states_of(w, "ddd"), "CCC");
	CHECK_STR(states_of(w, "-d-"), "UCL");
	CHECK_STR(states_of(w, "--d"), "ULC");
	CHECK(workflow_current(w, done) == 0);
	done[0] = true;
	CHECK(workflow_current(w, done) == 1);
	CHECK(!workflow_finished(w, done));
	done[2] = true;
	CHECK(workflow_finished(w, done));        /* the optional step need not be done */
	done[1] = true;
	CHECK(workflow_current(w, done) == 3);
	CHECK_STR(workflow_state_name(WORKFLOW_LOCKED), "locked");
	CHECK_STR(workflow_state_name(WORKFLOW_CURRENT), "current");
	workflow_free(w);
}

/* The real workflows of forms/workflows/ load without a mistake. */
static void real_workflows(void)
{
	struct workflow_set *set = workflow_set_load("forms/workflows", "forms");
	const struct workflow *w;

	for (size_t i = 0; i < set->errors.n; i++)
		fprintf(stderr, "forms/workflows/: %s\n", set->errors.msgs[i]);
	CHECK(set->errors.n == 0);
	CHECK((w = workflow_set_find(set, "intake")) != NULL);
	CHECK(w && w->nsteps == 2);
	if (w && w->nsteps == 2) {
		CHECK_STR(w->steps[0].form, "client_add");
		CHECK(w->steps[0].required);
		CHECK_STR(w->steps[1].form, "case_note");
		CHECK(!w->steps[1].required);
	}
	CHECK(workflow_set_find(set, "nothing") == NULL);
	workflow_set_free(set);
	set = workflow_set_load(DIR, FORMS);
	CHECK(set->n == 1 && workflow_set_find(set, "good") != NULL);
	CHECK(set->errors.n == 11);
	workflow_set_free(set);
}

int main(void)
{
	mistakes();
	good();
	states();
	real_workflows();
	return check_done();
}
