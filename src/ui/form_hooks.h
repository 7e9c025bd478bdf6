/* form_hooks.h: the behaviour a form names by its hook set ([form] hooks,
 * hearth-forms(5)), so that the screens never test a form's table:
 *   intake   a new client: who may already be this person is shown after
 *            the first step; once saved, the client's dashboard opens
 *   client   the client's own record: once saved, its dashboard opens
 *   alerts   a client's alerts: the entity bar's marker follows the list
 *   exit_case  an enrollment's exit that saves as the exit of every open
 *            enrollment of its case (hearth.exit_case), in one statement
 *   enroll_household  a new case of the entity bar's family's current
 *            members (hearth.enroll_members), in one statement
 */
#ifndef HEARTH_FORM_HOOKS_H
#define HEARTH_FORM_HOOKS_H

#include <stdbool.h>

struct app;
struct form;

/* Whether the form's first step is followed by the duplicate check. */
bool form_hooks_duplicates(const struct form *form);
/* Whether the form's record is a client (intake, client): saving it opens
 * its dashboard, and a paused edit of it is about that client. */
bool form_hooks_is_client(const struct form *form);
/* Whether saving the form exits the record's whole case. */
bool form_hooks_exits_case(const struct form *form);
/* Whether saving the (new) form enrolls a whole household. */
bool form_hooks_enrolls_household(const struct form *form);
/* The form's records were listed again. */
void form_hooks_listed(struct app *app, const struct form *form);

#endif
