/* test_family.c: the parts of family.c that need no server: moving between
 * members, and short relationship labels. */
#include <stdlib.h>

#include "family.h"
#include "check.h"

static struct family_member member(char *id)
{
	return (struct family_member){ .client_id = id };
}

int main(void)
{
	struct family_member rows[3] = { member("7"), member("12"), member("3") };
	struct family_members m = { rows, 3 }, one = { rows, 1 }, none = { NULL, 0 };

	CHECK_STR(family_step(&m, "7", 1)->client_id, "12");
	CHECK_STR(family_step(&m, "12", 1)->client_id, "3");
	CHECK_STR(family_step(&m, "3", 1)->client_id, "7");      /* round to the first */
	CHECK_STR(family_step(&m, "7", -1)->client_id, "3");     /* and back to the last */
	CHECK_STR(family_step(&m, "12", -1)->client_id, "7");
	CHECK(family_step(&m, "99", 1) == NULL);                  /* not a member */
	CHECK(family_step(&m, NULL, 1) == NULL);
	CHECK(family_step(&one, "7", 1) == NULL);                 /* the only one */
	CHECK(family_step(&none, "7", -1) == NULL);

	CHECK_STR(family_relationship_short("Head of household's child"), "child");
	CHECK_STR(family_relationship_short("Self (head of household)"), "Self (head of household)");
	CHECK_STR(family_relationship_short("Head of household's "), "");
	CHECK_STR(family_relationship_short(""), "");
	return check_done();
}
