/* workflow.c: fuzz the workflow loader (forms/workflows/NAME.ini,
 * src/forms/workflow.c), and the step state machine of what loads. The
 * forms the steps name are not looked for (forms_dir NULL). */
#include <stdbool.h>
#include <string.h>

#include "forms/workflow.h"
#include "fuzz.h"

/* Every pattern of done steps for the first few steps. */
static void check_states(const struct workflow *w)
{
	size_t n = w->nsteps < 8 ? w->nsteps : 8, i, current;
	bool done[8];
	enum workflow_state states[8];

	if (n < w->nsteps)
		return;
	for (unsigned mask = 0; mask < (1u << n); mask++) {
		for (i = 0; i < n; i++)
			done[i] = mask >> i & 1;
		workflow_states(w, done, states);
		current = workflow_current(w, done);
		FUZZ_CHECK(current <= n);
		FUZZ_CHECK(current == n || states[current] == WORKFLOW_CURRENT);
		for (i = 0; i < n; i++)
			FUZZ_CHECK((states[i] == WORKFLOW_COMPLETED) == done[i]);
		(void)workflow_finished(w, done);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *path = fuzz_file_new(data, size, ".ini");
	struct form_errors errs = { 0 };
	struct workflow *w = workflow_load(path, NULL, &errs);

	FUZZ_CHECK((w != NULL) == (errs.n == 0));
	if (w) {
		FUZZ_CHECK(w->name && w->title && w->nsteps > 0);
		for (size_t i = 0; i < w->nsteps; i++)
			FUZZ_CHECK(w->steps[i].name && w->steps[i].form);
		check_states(w);
	}
	workflow_free(w);
	form_errors_free(&errs);
	fuzz_file_remove(path);
	return 0;
}
