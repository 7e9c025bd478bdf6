/* client.h: finding and reading clients. Every query runs as the logged-in
 * user, so the database's sharing rules decide what comes back. */
#ifndef HEARTH_CLIENT_H
#define HEARTH_CLIENT_H

#include <stdbool.h>

#include "family.h"

struct db;

/* What Find Client was given; empty strings are "any". */
struct client_query {
	const char *first_name;   /* the start of the first name (any case) */
	const char *last_name;    /* the start of the last name */
	const char *birth_date;   /* YYYY-MM-DD */
	const char *ssn;          /* nine digits, or the last four */
	const char *id;           /* the client id */
	bool caseload;            /* only the caller's active caseload */
};

/* The columns of a result row, in display order; the sort keys. */
enum client_col { CC_ID, CC_LAST, CC_FIRST, CC_BIRTH, CC_SSN4, CC_ORG, CC_COUNT };

struct client_row {
	char *cell[CC_COUNT];
};

struct client_page {
	struct client_row *rows;
	int nrows;
	bool more;                /* another page follows */
};

/* One page of matches, sorted by `sort` (descending when desc), skipping
 * `offset` rows. Returns false with *err (a sentence; the caller frees). */
bool client_find(struct db *db, const struct client_query *q, enum client_col sort,
                 bool desc, int offset, int limit, struct client_page *page, char **err);
void client_page_free(struct client_page *page);

/* A client already in the database who may be the person being taken in. */
struct client_duplicate {
	char *id, *first_name, *last_name, *birth_date, *ssn4;
	char *reasons;            /* why it matched: "same SSN, nickname" */
	int score;                /* higher is likelier; for ordering only */
	bool sure;                /* two of name, birth date and a valid full SSN agree */
};

struct client_duplicates {
	struct client_duplicate *rows;
	int nrows;
};

/* The clients the caller may see that may be the person described, surest
 * and likeliest first, at most 20 (hearth.duplicate_candidates, which also
 * writes the check to the audit log). Any field may be empty or NULL:
 * birth_date is YYYY-MM-DD; ssn is nine characters of digits and 'x' (as
 * stored), or the last four; ssn_quality is HUD's SSN data quality code, 0
 * when not given. Returns false with *err (a sentence; the caller frees). */
bool client_duplicates(struct db *db, const char *first_name, const char *last_name,
                       const char *birth_date, const char *ssn, int ssn_quality,
                       struct client_duplicates *out, char **err);
void client_duplicates_free(struct client_duplicates *d);

/* A client's intake summary for the dashboard. */
struct client_summary {
	char *id, *first_name, *middle_name, *last_name, *suffix, *birth_date, *ssn4;
	char *sharing, *created_org, *veteran;
	char *merged_into;         /* the client this one was merged into, or "" */
	struct family family;      /* the family shown with the client: its current one
	                            * unless another was chosen (id NULL: none) */
	struct family_members household;   /* its members the caller sees, head first */
	char **case_managers;      /* "Name (organization)", the active ones you may see */
	char **paused;             /* the client's paused workflows: "title, user, when" */
	char **enrollments;        /* the open ones you may see: "Program (since ..., org)" */
	char **tasks;              /* the open tasks you may see: "due: title (for whom)" */
	char **alert_lines;        /* the alerts in force today, newest first */
	int open_enrollments;
	int alerts;
};

/* Read the client and record the opening in the audit log. Returns false
 * with *err when the client cannot be seen (or does not exist). */
bool client_open(struct db *db, const char *id, struct client_summary *c, char **err);
void client_summary_free(struct client_summary *c);
/* Read the client's open enrollments and tasks again (the dashboard shown
 * after they changed). */
void client_reload_work(struct db *db, struct client_summary *c);
/* Read the client's alerts again (after they changed). */
void client_reload_alerts(struct db *db, struct client_summary *c);

#endif
