/* path_prompt.h: one line at the foot of a page asking for a path ("Save
 * to:"), for downloads and the photo; when the file is there already, the
 * page asks for Enter again before replacing it. */
#ifndef HEARTH_PATH_PROMPT_H
#define HEARTH_PATH_PROMPT_H

#include <stdbool.h>
#include <wchar.h>

#include "input.h"
#include "keys.h"

struct path_prompt {
	bool open;
	const char *question;       /* "Save to:" (static text) */
	struct input in;
	bool replace;               /* the file exists, and Enter again replaces it */
};

enum prompt_event {
	PROMPT_NONE,                /* a key of the prompt's; redraw */
	PROMPT_DONE,                /* Enter: the path is in */
	PROMPT_CANCEL,              /* Esc: closed */
};

/* Open it with the path `initial` (may be NULL) typed in. */
void path_prompt_open(struct path_prompt *p, const char *question, const char *initial);
void path_prompt_close(struct path_prompt *p);
/* Draw it on row y; places the cursor. */
void path_prompt_draw(const struct path_prompt *p, int y, int x, int width);
enum prompt_event path_prompt_key(struct path_prompt *p, wint_t key, bool is_key, enum action a);
/* The path typed, with ~/ expanded (the caller frees). */
char *path_prompt_path(const struct path_prompt *p);

#endif
