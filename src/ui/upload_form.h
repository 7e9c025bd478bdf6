/* upload_form.h: the upload dialog of Client Files and Document Check: the
 * path of the file on this computer, then the fields of the store's form
 * file (name, description, restriction, ...) as that file defines them,
 * checked by the form engine. The client lookup is filled in, not shown. */
#ifndef HEARTH_UPLOAD_FORM_H
#define HEARTH_UPLOAD_FORM_H

#include <stdbool.h>
#include <wchar.h>

#include "../client_files.h"
#include "input.h"
#include "option_field.h"
#include "keys.h"

struct form;
struct app;

struct upload_form {
	const struct form *form;    /* NULL: closed */
	enum file_store store;
	char *client_id;
	struct input path;
	struct input *in;           /* one a form field */
	int focus;                  /* -1: the path; else a field of the form */
	char *problem;              /* shown at the top in red, or NULL */
	int problem_at;             /* the field it is about (-1: the path) */
	char *auto_name;            /* the name filled in from the path, or NULL */
	bool discard_asked;
	struct option_typing typing; /* what was typed into a radio field */
};

enum upload_event {
	UPLOAD_NONE,                /* redraw */
	UPLOAD_DONE,                /* uploaded (the status line says what) */
	UPLOAD_CANCEL,              /* closed without uploading */
};

void upload_open(struct upload_form *u, const struct form *form, enum file_store store,
                 const char *client_id);
void upload_close(struct upload_form *u);
void upload_draw(const struct upload_form *u, int top, int left, int height, int width);
enum upload_event upload_key(struct upload_form *u, struct app *app, wint_t key, bool is_key,
                             enum action a);

#endif
