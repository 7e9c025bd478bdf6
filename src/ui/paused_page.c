/* paused_page.c: paused operations, in two lists:
 *   Home > Paused Operations: the user's own unfinished forms and workflows,
 *     to resume (Enter) or delete (Delete, twice);
 *   the client's Paused Workflows: every user's about the current client,
 *     to resume, restart or delete. */
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../paused.h"
#include "draw.h"
#include "form_page.h"
#include "list.h"
#include "pages.h"
#include "theme.h"
#include "workflow_page.h"

enum { ACT_RESUME, ACT_RESTART, ACT_DELETE };

static const struct list_column mine_columns[] = {
	{ "Paused", 17 }, { "Step", 4 }, { "Operation", 20 }, { "Client", 0 },
};
static const struct list_column client_columns[] = {
	{ "Paused", 17 }, { "Step", 4 }, { "By", 20 }, { "Workflow", 0 },
};
static const struct list_action mine_actions[] = {
	{ ACT_RESUME, "Resume" }, { ACT_DELETE, "Delete" },
};
static const struct list_action client_actions[] = {
	{ ACT_RESUME, "Resume" }, { ACT_RESTART, "Restart" }, { ACT_DELETE, "Delete" },
};

struct paused_view {
	bool client;                 /* the client's list, not the user's */
	struct paused *ops;
	int n;
	struct list list;
	char step[8];
	bool delete_asked;
};

static struct paused_view mine, theirs = { .client = true };

static struct paused_view *view_of(const struct app *app)
{
	return app_on(app, "client_paused") ? &theirs : &mine;
}

/* The column shown, in each view's order. */
static int field_of(const struct paused_view *v, int col)
{
	static const int client_fields[] = { 0, 1, 2, 3 }, mine_fields[] = { 0, 1, 3, 4 };

	return v->client ? client_fields[col] : mine_fields[col];
}

static const char *cell(void *ctx, int row, int col)
{
	struct paused_view *v = ctx;
	const struct paused *p = &v->ops[row];

	switch (field_of(v, col)) {
	case 0: return p->when;
	case 1:
		snprintf(v->step, sizeof v->step, "%d", p->step);
		return v->step;
	case 2: return p->who;
	case 4: return p->client_name ? p->client_name : p->client_id ? p->client_id : "";
	default: return p->title;
	}
}

static struct paused_view *sorting;

static int compare(const void *a, const void *b)
{
	const struct paused *x = a, *y = b;
	int c;

	switch (field_of(sorting, sorting->list.sort)) {
	case 0: c = strcmp(x->when, y->when); break;
	case 1: c = x->step - y->step; break;
	case 2: c = strcasecmp(x->who, y->who); break;
	case 4: c = strcasecmp(x->client_name ? x->client_name : "", y->client_name ? y->client_name : ""); break;
	default: c = strcasecmp(x->title, y->title); break;
	}
	return sorting->list.desc ? -c : c;
}

static void fill(struct app *app, bool quiet)
{
	struct paused_view *v = view_of(app);
	char *err = NULL;

	paused_free_all(v->ops, v->n);
	v->ops = NULL;
	v->n = 0;
	if (v->client && !app->has_client)
		return;
	v->ops = paused_list(app->s.db, v->client ? app->client.id : NULL, &v->n, &err);
	if (!v->ops) {
		if (!quiet)
			app_status(app, true, "%s", err);
		free(err);
		v->n = 0;
	}
	v->list = v->client
		? (struct list){ .cols = client_columns, .ncols = 4, .actions = client_actions,
		                 .nactions = 3 }
		: (struct list){ .cols = mine_columns, .ncols = 4, .actions = mine_actions,
		                 .nactions = 2 };
	v->list.cell = cell;
	v->list.ctx = v;
	v->list.nrows = v->n;
	v->delete_asked = false;
}

static void load(struct app *app)
{
	fill(app, false);
}

/* Back on the page: what the page that was left said stays said. */
static void reload(struct app *app)
{
	fill(app, true);
}

static void draw(struct app *app, int top, int left, int height, int width)
{
	struct paused_view *v = view_of(app);

	draw_text(top, left, width, v->client ? "Paused Workflows" : "Paused Operations",
	          theme_attr(ROLE_TITLE), 0);
	if (v->n == 0) {
		draw_text(top + 2, left, width, v->client ? "Nobody has paused a workflow about this "
		          "client." : "You have no paused operations.", theme_attr(ROLE_LABEL), 0);
		return;
	}
	list_draw(&v->list, top + 2, left, height - 2, width, true);
}

static void resume(struct app *app, struct paused *p, bool restart)
{
	char *err = NULL;
	bool ok;

	if (!paused_load(app->s.db, p, &err)) {
		app_status(app, true, "%s", err);
		free(err);
		return;
	}
	ok = workflow_paused(p) ? workflow_resume(app, p, restart) : form_resume(app, p);
	if (ok && !app->status_error)
		app_status(app, false, restart ? "Restarted \"%s\"." : "Resumed \"%s\".", p->title);
}

static enum reaction delete_row(struct app *app, struct paused_view *v)
{
	struct paused *p = &v->ops[v->list.sel];
	char *err = NULL;

	if (!v->delete_asked) {
		v->delete_asked = true;
		app_status(app, true, "Delete \"%s\" and what was typed in it? Press Delete to "
		           "delete it.", p->title);
		return R_REDRAW;
	}
	if (paused_delete(app->s.db, p->id, &err))
		app_status(app, false, "Deleted \"%s\".", p->title);
	else
		app_status(app, true, "%s", err);
	free(err);
	load(app);
	return R_REDRAW;
}

static enum reaction key(struct app *app, wint_t k, bool is_key, enum action a, int height)
{
	struct paused_view *v = view_of(app);
	enum list_event e = LIST_IGNORED;

	if (a != A_DELETE)
		e = list_key(&v->list, k, is_key, a, height - 2);
	if (v->n && (a == A_DELETE || (e == LIST_ACTION && v->list.chosen == ACT_DELETE)))
		return delete_row(app, v);
	v->delete_asked = false;
	switch (e) {
	case LIST_ACTION:
	case LIST_OPEN:
		if (v->n)
			resume(app, &v->ops[v->list.sel], e == LIST_ACTION && v->list.chosen == ACT_RESTART);
		return R_REDRAW;
	case LIST_IGNORED:
		return R_UNHANDLED;
	case LIST_RESORT:
		/* one page holds them all: sort them here */
		sorting = v;
		qsort(v->ops, (size_t)v->n, sizeof *v->ops, compare);
		return R_REDRAW;
	default:
		return R_REDRAW;
	}
}

static void reset(struct page *page)
{
	(void)page;
	paused_free_all(mine.ops, mine.n);
	paused_free_all(theirs.ops, theirs.n);
	memset(&mine, 0, sizeof mine);
	memset(&theirs, 0, sizeof theirs);
	theirs.client = true;
}

const struct page_ops paused_page = {
	.name = "paused", .title = "Paused Operations",
	.enter = load,
	.returned = reload,
	.draw = draw,
	.key = key,
	.reset = reset,
	.help = "Your paused operations: forms and workflows you paused (F4), or that hearth "
	        "paused for you when you logged out, the connection dropped or the database could "
	        "not be reached. Enter resumes one where you left it; Delete twice deletes it; F5 "
	        "offers both.",
};

const struct page_ops client_paused_page = {
	.name = "client_paused", .title = "Paused Workflows", .need = NEED_CLIENT,
	.enter = load,
	.returned = reload,
	.draw = draw,
	.key = key,
	.help = "The workflows about this client that you, or users of your organization who may "
	        "see the client, paused (a workflow whose open step was restricted to its author "
	        "stays that author's alone). Enter resumes one where it was left (it becomes yours; "
	        "hearth first checks that the records it names are this client's and your "
	        "organization's, and refuses it otherwise); F5 also offers Restart "
	        "(the workflow from its first unfinished step, without what was typed in it) and "
	        "Delete; Delete twice deletes it.",
};
