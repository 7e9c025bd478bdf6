/* files_page.c: Client Files and Document Check: the current client's
 * files (shared as transactions are) and sensitive documents (the owning
 * organization's only), one list page each. Insert uploads one from a path
 * (upload_form.c), Ctrl-D saves the selected one to a path, Enter edits its
 * name, description and restriction with its form file, Delete (twice)
 * deletes it. What the list holds is what the sharing rules let the user
 * see. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../client_files.h"
#include "../db/db.h"
#include "../forms/field.h"
#include "../forms/form.h"
#include "../forms/record.h"
#include "../util/xalloc.h"
#include "draw.h"
#include "form_page.h"
#include "list.h"
#include "pages.h"
#include "path_prompt.h"
#include "theme.h"
#include "upload_form.h"

#define NCOLS 4

enum show { SHOW_TEXT, SHOW_SIZE, SHOW_DATE, SHOW_FIELD };

struct column {
	const char *title, *column;
	int width;
	enum show show;
};

static const struct {
	const char *page;
	enum file_store store;
	const char *form;
	const char *none;
	struct column cols[NCOLS];
} kinds[] = {
	{ "files", STORE_FILES, "client_file", "No file you may see.",
	  { { "Name", "name", 20, SHOW_TEXT }, { "Size", "size", 8, SHOW_SIZE },
	    { "Added", "created_at", 10, SHOW_DATE }, { "Restriction", "restriction", 0, SHOW_FIELD } } },
	{ "documents", STORE_DOCUMENTS, "client_document", "No document you may see.",
	  { { "Name", "name", 20, SHOW_TEXT }, { "Size", "size", 8, SHOW_SIZE },
	    { "Added", "created_at", 10, SHOW_DATE }, { "Kind", "document_type", 0, SHOW_FIELD } } },
};
#define NKINDS (sizeof kinds / sizeof kinds[0])

enum { ACT_EDIT, ACT_UPLOAD, ACT_DOWNLOAD, ACT_DELETE };
static const struct list_action actions[] = {
	{ ACT_EDIT, "Edit" }, { ACT_UPLOAD, "Upload" }, { ACT_DOWNLOAD, "Download" },
	{ ACT_DELETE, "Delete" },
};

static struct {
	size_t kind;
	const struct form *form;
	struct list_column cols[NCOLS];
	struct db_rows *rows;        /* id, then the kind's columns */
	char shown[256];
	struct list list;
	bool delete_asked;
	struct upload_form upload;
	struct path_prompt save;
} fp;

static size_t kind_of(const struct page *p)
{
	size_t k;

	for (k = 0; k < NKINDS; k++)
		if (!strcmp(kinds[k].page, p->name))
			return k;
	return 0;
}

static const struct column *column(int c)
{
	return &kinds[fp.kind].cols[c];
}

static const char *cell(void *ctx, int row, int col)
{
	const char *v = db_rows_get(fp.rows, row, col + 1);
	int f;
	char *text;

	(void)ctx;
	snprintf(fp.shown, sizeof fp.shown, "%s", v ? v : "");
	if (v && column(col)->show == SHOW_SIZE) {
		files_size_text(atoll(v), fp.shown, sizeof fp.shown);
	} else if (v && column(col)->show == SHOW_DATE) {
		fp.shown[10] = 0;            /* the date of the timestamp */
	} else if (v && column(col)->show == SHOW_FIELD
	           && (f = form_field_find(fp.form, column(col)->column)) >= 0) {
		text = field_display(&fp.form->fields[f], v, NULL);
		snprintf(fp.shown, sizeof fp.shown, "%s", text);
		free(text);
	}
	return fp.shown;
}

static void load(struct app *app)
{
	const char *cols[NCOLS];
	int i;

	db_rows_free(fp.rows);
	fp.rows = NULL;
	fp.list.nrows = 0;
	if (!app->has_client)
		return;
	for (i = 0; i < NCOLS; i++)
		cols[i] = column(i)->column;
	fp.rows = files_list(app->s.db, kinds[fp.kind].store, cols, NCOLS, app->client.id,
	                     cols[fp.list.sort], fp.list.desc, LIST_PAGE_ROWS + 1,
	                     fp.list.page * LIST_PAGE_ROWS);
	if (!fp.rows) {
		app_status(app, true, "%s", db_error(app->s.db));
		return;
	}
	fp.list.more = db_rows_count(fp.rows) > LIST_PAGE_ROWS;
	fp.list.nrows = fp.list.more ? LIST_PAGE_ROWS : db_rows_count(fp.rows);
	if (fp.list.sel >= fp.list.nrows)
		fp.list.sel = fp.list.nrows ? fp.list.nrows - 1 : 0;
}

static void enter(struct app *app)
{
	int i;

	upload_close(&fp.upload);
	path_prompt_close(&fp.save);
	fp.kind = kind_of(app->page);
	fp.form = form_set_find(app->forms, kinds[fp.kind].form);
	fp.delete_asked = false;
	for (i = 0; i < NCOLS; i++)
		fp.cols[i] = (struct list_column){ column(i)->title, column(i)->width };
	/* newest first */
	fp.list = (struct list){ .cols = fp.cols, .ncols = NCOLS, .cell = cell, .actions = actions,
	                         .nactions = 4, .sort = 2, .desc = true };
	if (!fp.form)
		app_status(app, true, "The form \"%s\" could not be loaded; see forms/.",
		           kinds[fp.kind].form);
	load(app);
}

static void returned(struct app *app)
{
	if (kind_of(app->page) == fp.kind && fp.list.cols)
		load(app);
	else
		enter(app);
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	if (fp.upload.form) {
		upload_draw(&fp.upload, top, left, height, width);
		return;
	}
	draw_text(top, left, width, app->page->title, theme_attr(ROLE_TITLE), 0);
	if (fp.list.nrows == 0) {
		draw_text(top + 2, left, width, kinds[fp.kind].none, theme_attr(ROLE_LABEL), 0);
		draw_text(top + 3, left, width, "Insert uploads one.", theme_attr(ROLE_LABEL), 0);
	} else {
		list_draw(&fp.list, top + 2, left, height - 3, width, !fp.save.open);
	}
	path_prompt_draw(&fp.save, top + height - 1, left, width);
}

static const char *selected(int col)
{
	return db_rows_get(fp.rows, fp.list.sel, col);
}

static void start_upload(struct app *app)
{
	if (!fp.form) {
		app_status(app, true, "The form \"%s\" could not be loaded; see forms/.",
		           kinds[fp.kind].form);
		return;
	}
	upload_open(&fp.upload, fp.form, kinds[fp.kind].store, app->client.id);
	app->status[0] = 0;
}

static void start_download(struct app *app)
{
	char *name = files_save_name(selected(1)), *initial = xasprintf("~/%s", name);

	path_prompt_open(&fp.save, "Save to:", initial);
	app_status(app, false, "Enter saves the file there; Esc does not.");
	free(initial);
	free(name);
}

static void download(struct app *app)
{
	char *path = path_prompt_path(&fp.save), *err = NULL, size[32];
	bool exists;

	if (files_download(app->s.db, kinds[fp.kind].store, selected(0), path, fp.save.replace,
	                   &exists, &err)) {
		files_size_text(atoll(selected(2)), size, sizeof size);
		app_status(app, false, "Saved %s (%s) to %s.", selected(1), size, path);
		path_prompt_close(&fp.save);
	} else if (exists) {
		fp.save.replace = true;
		app_status(app, true, "That file exists: Enter again replaces it; Esc keeps it.");
	} else {
		app_status(app, true, "%s", err);
	}
	free(err);
	free(path);
}

static enum reaction delete_row(struct app *app)
{
	if (!fp.delete_asked) {
		fp.delete_asked = true;
		app_status(app, true, "Delete %s? Press Delete again to delete it.", selected(1));
		return R_REDRAW;
	}
	fp.delete_asked = false;
	app_status_deleted(app, record_delete(app->s.db, files_table(kinds[fp.kind].store),
	                                      selected(0)));
	load(app);
	return R_REDRAW;
}

static enum reaction prompt_key(struct app *app, wint_t k, bool is_key, enum action a)
{
	switch (path_prompt_key(&fp.save, k, is_key, a)) {
	case PROMPT_DONE:
		download(app);
		break;
	case PROMPT_CANCEL:
		app->status[0] = 0;
		break;
	default:
		break;
	}
	return R_REDRAW;
}

static enum reaction act(struct app *app, int what)
{
	if (what == ACT_UPLOAD)
		start_upload(app);
	else if (!fp.list.nrows)
		return R_REDRAW;
	else if (what == ACT_DOWNLOAD)
		start_download(app);
	else if (what == ACT_DELETE)
		return delete_row(app);
	else if (fp.form)
		form_edit(app, fp.form->name, selected(0), NULL);
	return R_REDRAW;
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	enum list_event e;

	if (!app->has_client)
		return R_UNHANDLED;
	if (fp.upload.form) {
		if (upload_key(&fp.upload, app, k, is_key, a) == UPLOAD_DONE)
			load(app);
		return R_REDRAW;
	}
	if (fp.save.open)
		return prompt_key(app, k, is_key, a);
	if (a == A_ADD || a == A_DOWNLOAD)
		return act(app, a == A_ADD ? ACT_UPLOAD : ACT_DOWNLOAD);
	if (a == A_DELETE && fp.list.nrows)
		return delete_row(app);
	fp.delete_asked = false;
	e = list_key(&fp.list, k, is_key, a, height - 3);
	if (e == LIST_ACTION && fp.list.chosen == ACT_DELETE)
		fp.delete_asked = true;
	if (e == LIST_ACTION)
		return act(app, fp.list.chosen);
	if (e == LIST_OPEN)
		return act(app, ACT_EDIT);
	if (e == LIST_PAGE || e == LIST_RESORT)
		load(app);
	return e == LIST_IGNORED ? R_UNHANDLED : R_REDRAW;
}

static void reset(struct page *page)
{
	(void)page;
	db_rows_free(fp.rows);
	upload_close(&fp.upload);
	memset(&fp, 0, sizeof fp);
}

#define KEYS " Insert uploads one from a path on this computer (at most 10 MB; the name is " \
	"the file's own unless you give another), Ctrl-D saves the selected one to a " \
	"path (never over a file unless you press Enter again), Enter edits its name, " \
	"description and restriction, Delete (twice) deletes it; F5 offers all four."

/* Upload, edit, download, delete: the page's keys. */
static int hints(const struct app *app, struct hint *h)
{
	(void)app;
	h[0] = (struct hint){ A_ADD, "upload" };
	h[1] = (struct hint){ A_OPEN, "edit" };
	h[2] = (struct hint){ A_DOWNLOAD, "download" };
	h[3] = (struct hint){ A_DELETE, "delete" };
	h[4] = (struct hint){ A_MENU, "actions" };
	return 5;
}

const struct page_ops files_page = {
	.name = "files", .title = "Client Files", .need = NEED_CLIENT,
	.enter = enter, .returned = returned, .draw = draw, .key = key,
	.reset = reset, .hints = hints,
	.help = "The client's files: scans, letters, pictures kept with the record. They are "
	        "shared as the client's other records are: with the organizations the client is "
	        "shared with, unless restricted." KEYS,
};

const struct page_ops documents_page = {
	.name = "documents", .title = "Document Check", .need = NEED_CLIENT,
	.enter = enter, .returned = returned, .draw = draw, .key = key,
	.reset = reset, .hints = hints,
	.help = "The document check: sensitive documents (verification of disability, "
	        "diagnoses). Only your organization sees them, whatever the client's sharing; "
	        "restricted to user, only you." KEYS,
};
