/* family.h: families (households). A client may belong to several, one of
 * them current (primary). Every query runs as the logged-in user, so what
 * comes back is what the sharing rules allow: a family is there for whoever
 * sees one of its members, each member for whoever sees that client
 * (sql/007_households.sql, sql/012_client_record.sql).
 *
 * Errors come back as a sentence in *err, which the caller frees. */
#ifndef HEARTH_FAMILY_H
#define HEARTH_FAMILY_H

#include <stdbool.h>

struct db;

/* HUD's relationship to the head of household (hud_relationship_to_hoh). */
enum {
	FAMILY_HEAD = 1,
	FAMILY_CHILD = 2,
	FAMILY_PARTNER = 3,
	FAMILY_RELATIVE = 4,
	FAMILY_UNRELATED = 5,
	FAMILY_NOT_COLLECTED = 99,
};

struct family {
	char *id;                 /* NULL: no family */
	char *name;               /* the stored name, or the default after the head */
	bool is_default;          /* the name is the default one */
	bool is_current;          /* the client's current (primary) family */
	int members;              /* the members the caller sees */
};

struct family_list {
	struct family *rows;
	int n;
};

struct family_member {
	char *client_id, *first_name, *last_name, *birth_date;
	int relationship;
	char *relationship_label;
	bool is_current;          /* this family is the member's current one */
};

struct family_members {
	struct family_member *rows;
	int n;
};

/* A former name of a family, and when and by whom it was changed. */
struct family_alias {
	char *name, *changed_at, *changed_by;
};

struct family_aliases {
	struct family_alias *rows;
	int n;
};

/* The families of a client, the current one first. */
bool family_list(struct db *db, const char *client_id, struct family_list *out, char **err);
void family_list_free(struct family_list *l);

/* One family (family_id; NULL: the client's current one) as the client's,
 * and its members, head first. No family: true, with f->id NULL. */
bool family_load(struct db *db, const char *family_id, const char *client_id,
                 struct family *f, struct family_members *m, char **err);
void family_free(struct family *f);
void family_members_free(struct family_members *m);

/* The member `step` places after client_id (wrapping round), or NULL when
 * the client is not a member or is the only one. */
const struct family_member *family_step(const struct family_members *m, const char *client_id,
                                        int step);

/* A relationship's label without HUD's "Head of household's " in front
 * ("child"), for narrow lists; a pointer into label. */
const char *family_relationship_short(const char *label);

/* A new family with the default name (the head's), the client its head;
 * it becomes the client's current family when the client has none. Its id
 * into *id (the caller frees). */
bool family_create(struct db *db, const char *client_id, char **id, char **err);
/* Add a client the caller may see, with a relationship; the family becomes
 * the client's current one when the client has none. */
bool family_add_member(struct db *db, const char *family_id, const char *client_id,
                       int relationship, char **err);
/* Make the family the client's current one (and no other). */
bool family_set_current(struct db *db, const char *family_id, const char *client_id, char **err);
bool family_set_relationship(struct db *db, const char *family_id, const char *client_id,
                             int relationship, char **err);
bool family_remove_member(struct db *db, const char *family_id, const char *client_id,
                          char **err);
/* A new name (NULL or empty: the default one); the old stored name is kept
 * as an alias by the database. */
bool family_rename(struct db *db, const char *family_id, const char *name, char **err);
/* The names the family had, newest first. */
bool family_aliases(struct db *db, const char *family_id, struct family_aliases *out, char **err);
void family_aliases_free(struct family_aliases *a);

/* The relationships to choose from (hearth.lookup), in their order. */
struct family_choice {
	int code;
	char *label;
};

struct family_choices {
	struct family_choice *rows;
	int n;
};

bool family_relationships(struct db *db, struct family_choices *out, char **err);
void family_choices_free(struct family_choices *c);

/* The client's address (line 1, line 2, city, state, zip: "" when not
 * given), to copy to a new member; false when the client has none. */
bool family_address(struct db *db, const char *client_id, char *out[5]);

/* A family found by Find Family: its name, the members the caller sees,
 * where they live, and the member to open it with (the head first). */
struct family_found {
	char *id, *name, *places, *member_id;
	int members;
};

struct family_found_list {
	struct family_found *rows;
	int n;
	bool more;                /* more than `max` matched */
};

/* The families the caller sees whose name holds `text`, or whose members
 * live in the ZIP code starting with it or the city named by it; at most
 * `max`, by name. */
bool family_find(struct db *db, const char *text, int max, struct family_found_list *out,
                 char **err);
void family_found_free(struct family_found_list *l);

#endif
