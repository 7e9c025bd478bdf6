/* path_prompt.c: the one-line path question of downloads and the photo. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "path_prompt.h"

#include <curses.h>
#include <string.h>

#include "../client_files.h"
#include "draw.h"
#include "theme.h"

void path_prompt_open(struct path_prompt *p, const char *question, const char *initial)
{
	p->open = true;
	p->question = question;
	p->replace = false;
	input_init(&p->in, 0, false);
	if (initial)
		input_set(&p->in, initial);
}

void path_prompt_close(struct path_prompt *p)
{
	p->open = false;
	p->replace = false;
}

void path_prompt_draw(const struct path_prompt *p, int y, int x, int width)
{
	int w;

	if (!p->open)
		return;
	w = draw_text(y, x, width, p->question, theme_attr(ROLE_LABEL), 0) + 1;
	curs_set(1);
	input_draw(&p->in, y, x + w, width - w, theme_attr(ROLE_FIELD_ACTIVE), true);
}

/* Whether the path still reads "~/", the home folder it opened with. */
static bool path_prompt_touched(const struct path_prompt *p)
{
	char buf[8];

	input_get(&p->in, buf, sizeof buf);
	return strcmp(buf, "~/") != 0;
}

enum prompt_event path_prompt_key(struct path_prompt *p, wint_t key, bool is_key, enum action a)
{
	if (a == A_OPEN)
		return PROMPT_DONE;
	if (a == A_BACK) {
		path_prompt_close(p);
		return PROMPT_CANCEL;
	}
	if (!is_key && key == '/' && !path_prompt_touched(p)) {
		input_set(&p->in, "/");  /* an absolute path instead of the home folder */
		p->replace = false;
		return PROMPT_NONE;
	}
	if (input_key(&p->in, key, is_key))
		p->replace = false;
	return PROMPT_NONE;
}

char *path_prompt_path(const struct path_prompt *p)
{
	char buf[INPUT_MAX * 4 + 1];

	input_get(&p->in, buf, sizeof buf);
	return files_expand_path(buf);
}
