/* form_reader.h: what form.c (reading a form file) and form_checks.c (the
 * checks that need the whole file) share: the reader's state and the
 * complaint at a section's or key's line. Only for those two files. */
#ifndef HEARTH_FORM_READER_H
#define HEARTH_FORM_READER_H

#include "form.h"
#include "form_errors.h"
#include "form_ini.h"

/* What reading one file needs at hand. */
struct reader {
	const struct form_ini *ini;
	const char *path;
	struct form_errors *errs;
	struct form *form;
	int form_line;                  /* the [form] header's line, 0 until seen */
};

#define complain(r, section, key, ...) \
	form_ini_complain((r)->ini, (r)->errs, section, key, __VA_ARGS__)

/* The checks that run after the whole file is read (form_checks.c); each
 * complains through r and changes nothing but form->order (form_check_list)
 * and the fields' formulas (form_check_formulas). */
void form_check_steps(struct reader *r);
/* Reads each field's list_only and fresh (the keys of a form's list, run
 * before the other checks: a list_only field is on no step). */
void form_read_list_keys(struct reader *r);
void form_check_columns(struct reader *r);
void form_check_list(struct reader *r);
void form_check_links(struct reader *r);
void form_check_relations(struct reader *r);
/* Reads every field's formula (formula =) into f->formula and f->uses, and
 * checks it: the field's type, its names, its steps, no circle. */
void form_check_formulas(struct reader *r);
/* Reads every lookup field's add_with (form_add.c) and checks that a field
 * with add makes a record it can: family and employer by themselves, the
 * kinds of field_lookup_table from add_with. */
void form_read_add_with(struct reader *r);

#endif
