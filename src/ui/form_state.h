/* form_state.h: the state of the form screen, shared by its files and by no
 * one else: form_page.c (opening, the keys, checking and saving),
 * form_draw.c (drawing), form_lookup.c (a lookup field's chooser and its
 * new record), form_pause.c (pausing and resuming) and form_edit.c
 * (changing a record that is there). There is one form screen, so one
 * state, `fp`, defined in form_page.c. */
#ifndef HEARTH_UI_FORM_STATE_H
#define HEARTH_UI_FORM_STATE_H

#include <stdbool.h>
#include <wchar.h>

#include "../choice_lists.h"
#include "../forms/field.h"
#include "../forms/form.h"
#include "../forms/record.h"
#include "../forms/validate.h"
#include "app.h"
#include "duplicates.h"
#include "form_page.h"
#include "input.h"
#include "option_field.h"

#define CHOICES 8                /* the records a lookup chooser offers */

/* The word a field with `add` holds while it stands for a new record. */
#define NEW_WORD "new"

struct form_state {
	const struct form *form;
	struct input *in;            /* one a field */
	int step;                    /* 1.. */
	int focus;                   /* field index */
	bool discard_asked;
	struct validate_result check;
	bool checked;
	struct choice_lists lists;   /* the choice fields' lists, from hearth.lookup */
	struct field_context ctx;
	char user[24], org[24];
	char *paused_id;             /* resumed from this paused operation */
	struct form_hooks hooks;     /* a workflow's */
	/* editing a record: its id, and what was read (record.h) */
	char *edit_id;
	struct record_edit rec;
	/* the user may only read it: why (the database's sentence), and the
	 * field (+1) that may still be changed to its `unlock` value */
	char *refusal;
	int unlock;
	bool conflict;               /* it changed meanwhile, and collides */
	/* a new client: who may already be this person */
	struct dup_panel dups;
	/* the lookup field (+1) that stands for a new record (its `add`),
	 * made when the form is saved */
	int adding;
	/* per lookup field: the id last named, and its name */
	char **named_id, **name;
	/* a lookup field's chooser: the records a name typed there may mean */
	bool choosing;
	char *choice_id[CHOICES], *choice_name[CHOICES];
	int nchoices, choice_sel;
	enum action choose_then;     /* the key that looked up: Tab leaves once resolved */
	struct option_typing typing; /* what was typed into an option field */
};

/* The open form (fp.form NULL: none). */
extern struct form_state fp;

static inline int nfields(void)
{
	return (int)fp.form->nfields;
}

static inline const struct form_field *field(int i)
{
	return &fp.form->fields[i];
}

/* form_page.c */
/* Free v, one value a field of the open form (NULL: nothing). */
void form_free_values(char **v);
/* Close the open form: everything freed, fp zeroed. */
void form_close(void);
/* Open `form` afresh (closing the one open): its defaults in its fields,
 * its first step's first field focused. */
void form_start(struct app *app, const struct form *form);
/* A field's value as the field shows it ("" for NULL); the caller frees. */
char *form_shown_of(int i, const char *value);
/* Whether something was typed: a field of a new record not left at its
 * default, or one of a record being edited changed from what was read. */
bool form_typed_anything(void);
/* Whether `next` (NULL: another form) may replace the open one: never over
 * typing (then false, with a sentence on the status line). */
bool form_may_replace(struct app *app, const struct form *next);
/* The form `name`, when it loaded and no unfinished one stands in the way;
 * else NULL, with a sentence on the status line. */
const struct form *form_to_open(struct app *app, const char *name);
/* The page that opens the form `name` ("form": one opened by name). */
const char *form_page_of(const char *name);

/* form_computed.c */
/* Show step `s`, its first field focused. */
void form_go_to_step(int s);
/* Focus the next (dir 1) or previous (-1) field of the step, passing over
 * computed fields. */
void form_step_focus(int dir);
/* Put each computed field's value, from what the others hold now, in its
 * input; one that changes to a value out of range says so on the status line. */
void form_recompute(struct app *app);
/* The field to type into to mend a problem of field i: i, or for a computed
 * field the first field its formula uses that is typed. */
int form_typed_field(int i);
/* "Total is computed from ...": typing into the focused computed field. */
void form_say_computed(struct app *app);

/* form_draw.c: the form, its step bar and what is said above its fields. */
void form_draw(struct app *app, int top, int left, int height, int width);

/* form_lookup.c */
/* Close a lookup field's chooser, freeing what it offered. */
void form_close_chooser(void);
/* The field that stands for a new record, made on saving; or -1. */
int form_new_record_at(void);
/* What the new record is made from: the name typed into that field, for a
 * kind named so (lookup_create_named); a new string, or NULL. */
char *form_new_record_text(void);
/* Insert on a lookup field with `add`: it stands for a new record. */
void form_add_new_record(struct app *app);
/* Whether the key `a` should look up what the focused lookup field holds. */
bool form_wants_chooser(enum action a);
/* Look up what the focused lookup field holds (one record taken, several
 * offered in the chooser). Returns whether the key was used. */
bool form_open_chooser(struct app *app, enum action a);
/* A key while the chooser shows. */
enum reaction form_chooser_key(struct app *app, enum action a);
/* A key in the focused option field (R_UNHANDLED: none of its keys). */
enum reaction form_pick(struct app *app, wint_t k, bool is_key);

/* form_edit.c */
/* Save the changed fields of the record being edited, or say why not. */
void form_save_changes(struct app *app);
/* A new record saved as `id`: the form closes, and its hook, the client's
 * dashboard or the page before follows. */
void form_saved(struct app *app, const char *id);
/* Save a new form of hook set enroll_household: the household in one case. */
void form_save_household(struct app *app);
/* After a conflict: save mine over theirs, or take theirs where we collide. */
void form_resolve(struct app *app, bool mine);
/* A key on a record the user may only read. Returns whether it was used. */
bool form_read_only_key(struct app *app, wint_t k, bool is_key, enum action a);

#endif
