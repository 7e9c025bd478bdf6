/* photo_page.c: Client Photo: whether the current client has a photo, and
 * adding or replacing it from a path (Insert), saving it to a path (Ctrl-D) and
 * removing it (Delete, twice). Everyone who sees the client sees the
 * photo; only the organization that created the intake may change it (the
 * database's rule; the page says so when it refuses). */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../client_files.h"
#include "../util/xalloc.h"
#include "draw.h"
#include "pages.h"
#include "path_prompt.h"
#include "theme.h"

static struct {
	struct photo_info info;
	struct path_prompt prompt;
	bool uploading;              /* the prompt asks for a photo to upload */
	bool delete_asked;
} pp;

static void load(struct app *app)
{
	char *err = NULL;

	photo_info_free(&pp.info);
	if (app->has_client && !photo_info(app->s.db, app->client.id, &pp.info, &err)) {
		app_status(app, true, "%s", err);
		free(err);
	}
}

static void enter(struct app *app)
{
	path_prompt_close(&pp.prompt);
	pp.delete_asked = false;
	load(app);
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	char line[512], size[32];
	int y = top + 2;

	draw_text(top, left, width, app->page->title, theme_attr(ROLE_TITLE), 0);
	files_size_text(pp.info.size, size, sizeof size);
	if (pp.info.on_file)
		snprintf(line, sizeof line, "Photo: on file (%s, %s, since %s).", pp.info.mime_type,
		         size, pp.info.since);
	else
		snprintf(line, sizeof line, "Photo: none on file.");
	draw_text(y, left, width, line, theme_attr(ROLE_NORMAL), 0);
	y += 2;
	y += draw_wrapped(y, left, width, 3, pp.info.on_file
	                  ? "Insert replaces it with a picture from a path on this computer; Ctrl-D "
	                    "saves it to a path; Delete (twice) removes it."
	                  : "Insert adds one: a picture (JPEG, PNG, GIF, WebP) from a path on this "
	                    "computer, at most 2 MB.", theme_attr(ROLE_LABEL));
	snprintf(line, sizeof line, "Everyone who may see the client sees the photo; only %s, "
	         "which created the intake, may change it.", app->client.created_org);
	draw_wrapped(y + 1, left, width, 3, line, theme_attr(ROLE_LABEL));
	path_prompt_draw(&pp.prompt, top + height - 1, left, width);
}

static void upload(struct app *app, const char *path)
{
	char *err = NULL;

	if (!photo_set(app->s.db, app->client.id, path, &err)) {
		app_status(app, true, "%s", err);
		free(err);
		return;
	}
	path_prompt_close(&pp.prompt);
	app_status(app, false, "The photo is on file.");
	load(app);
}

static void save(struct app *app, const char *path)
{
	char *err = NULL;
	bool exists;

	if (photo_download(app->s.db, app->client.id, path, pp.prompt.replace, &exists, &err)) {
		path_prompt_close(&pp.prompt);
		app_status(app, false, "Saved the photo to %s.", path);
	} else if (exists) {
		pp.prompt.replace = true;
		app_status(app, true, "That file exists: Enter again replaces it; Esc keeps it.");
	} else {
		app_status(app, true, "%s", err);
	}
	free(err);
}

static enum reaction prompt_key(struct app *app, wint_t k, bool is_key, enum action a)
{
	char *path;

	switch (path_prompt_key(&pp.prompt, k, is_key, a)) {
	case PROMPT_DONE:
		path = path_prompt_path(&pp.prompt);
		if (pp.uploading)
			upload(app, path);
		else
			save(app, path);
		free(path);
		break;
	case PROMPT_CANCEL:
		app->status[0] = 0;
		break;
	default:
		break;
	}
	return R_REDRAW;
}

static enum reaction remove_photo(struct app *app)
{
	char *err = NULL;

	if (!pp.delete_asked) {
		pp.delete_asked = true;
		app_status(app, true, "Remove the photo? Press Delete again to remove it.");
		return R_REDRAW;
	}
	pp.delete_asked = false;
	if (photo_remove(app->s.db, app->client.id, &err))
		app_status(app, false, "The photo is removed.");
	else
		app_status(app, true, "%s", err);
	free(err);
	load(app);
	return R_REDRAW;
}

/* "png" of image/png; jpg for JPEG and what is not known */
/* The extension of a photo's MIME type, stored by the client's creating
 * organization: letters and digits only, or else "img", so that it never
 * makes the default path point elsewhere. */
static const char *extension(const char *mime)
{
	const char *slash = strchr(mime, '/'), *s;

	if (!slash || !slash[1] || !strcmp(slash + 1, "jpeg"))
		return "jpg";
	for (s = slash + 1; *s; s++)
		if (!isalnum((unsigned char)*s) || s - slash > 10)
			return "img";
	return slash + 1;
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	char *initial;

	(void)height;
	if (!app->has_client)
		return R_UNHANDLED;
	if (pp.prompt.open)
		return prompt_key(app, k, is_key, a);
	if (a == A_DELETE && pp.info.on_file)
		return remove_photo(app);
	pp.delete_asked = false;
	if (a == A_ADD) {
		pp.uploading = true;
		path_prompt_open(&pp.prompt, "Photo to upload:", "~/");
		app_status(app, false, "Enter uploads it; Esc does not.");
		return R_REDRAW;
	}
	if (a == A_DOWNLOAD && pp.info.on_file) {
		pp.uploading = false;
		initial = xasprintf("~/client-%s-photo.%s", app->client.id,
		                    extension(pp.info.mime_type));
		path_prompt_open(&pp.prompt, "Save to:", initial);
		free(initial);
		app_status(app, false, "Enter saves the photo there; Esc does not.");
		return R_REDRAW;
	}
	return R_UNHANDLED;
}

static void reset(struct page *page)
{
	(void)page;
	photo_info_free(&pp.info);
	memset(&pp, 0, sizeof pp);
}

const struct page_ops photo_page = {
	.name = "photo", .title = "Client Photo", .need = NEED_CLIENT,
	.enter = enter, .returned = enter, .draw = draw, .key = key,
	.reset = reset,
	.help = "The client's photo, part of the intake: everyone who may see the client sees "
	        "it, and only the organization that created the intake may add, replace or "
	        "remove it. Insert adds or replaces it from a path (a picture of at most 2 MB), "
	        "Ctrl-D saves it to a path, Delete (twice) removes it.",
};
