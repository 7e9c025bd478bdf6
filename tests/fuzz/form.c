/* form.c: fuzz the form loader (forms/NAME.ini: src/forms/form_ini.c and
 * src/forms/form.c). The input is a form file; a form that loads must
 * hold what form.h promises, one that does not must say why. */
#include <string.h>

#include "forms/form.h"
#include "fuzz.h"

static void check_form(const struct form *form)
{
	size_t i;

	FUZZ_CHECK(form->name && form->title && form->table);
	FUZZ_CHECK(form->nfields > 0);
	for (i = 0; i < form->nfields; i++) {
		const struct form_field *f = &form->fields[i];
		FUZZ_CHECK(f->name && f->label);
		FUZZ_CHECK(f->step >= 1 && f->step <= form_step_count(form));
		FUZZ_CHECK(form_field_find(form, f->name) == (int)i);
		FUZZ_CHECK(form_table_lead(form, i) <= i);
	}
	for (i = 0; i < form->nlist; i++)
		FUZZ_CHECK(form->list[i] != NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *path = fuzz_file_new(data, size, ".ini");
	struct form_errors errs = { 0 };
	struct form *form = form_load(path, &errs);

	if (form)
		check_form(form);
	FUZZ_CHECK((form != NULL) == (errs.n == 0));
	for (size_t i = 0; i < errs.n; i++)
		FUZZ_CHECK(!strncmp(errs.msgs[i], path, strlen(path)));
	form_free(form);
	form_errors_free(&errs);
	fuzz_file_remove(path);
	return 0;
}
