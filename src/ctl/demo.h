/* demo.h: what the files of hearthctl demo-data share. Internal to it.
 *
 *   demo.c          the command: checks, the one transaction, the cast made
 *                   through the schema's own functions
 *   demo_world.c    the fixed cast: organizations, users, MOUs, programs
 *   demo_summary.c  the summary once the data is loaded
 *   demo_people.c   the plan of clients and households; the households' rows
 *   demo_clients.c  the clients' rows
 *   demo_enrollments.c  the plan of enrollments
 *   demo_records.c  enrollments, services, assessments and release
 *                   exceptions
 *   demo_notes.c    case notes
 *   demo_elements.c HUD's data elements at entry and exit (and the files
 *                   of demo_elements.h: the master assessments they are
 *                   taken with, health insurance and non-cash benefits,
 *                   the informational assessments)
 *   demo_names.c, demo_rng.c, demo_copy.c: names, random numbers, COPY rows
 *
 * Generation has two steps: a compact plan in memory (people, families,
 * enrollments: some 60 bytes a client), then one COPY per table that reads
 * it. The row ids are the plan's indexes plus one: demo.c restarts the
 * identity sequences of the empty tables at 1 and checks the ids afterwards.
 * Dates are days since 1970-01-01, counted back from the site's today, so
 * the data always looks current; the same seed on the same day gives the
 * same data.
 */
#ifndef HEARTH_CTL_DEMO_H
#define HEARTH_CTL_DEMO_H

#include <stdbool.h>
#include <stdint.h>

#include "demo_names.h"
#include "demo_rng.h"

struct db;
struct timespec;

/* Every demo user's password. */
#define PASSWORD "demo"

enum { DEMO_ORGS = 5, DEMO_MOUS = 2, DEMO_USERS = 14, DEMO_PROGRAMS = 22 };
/* The organizations of the cast, by index. */
enum { ORG_HARBOR, ORG_NORTHSIDE, ORG_HOPE, ORG_RIVERSIDE, ORG_VETERANS };

#define DEMO_NO_DATE INT32_MIN
#define DEMO_NONE UINT16_MAX

/* HUD project types (2.02.6): the demo has a program of each. */
enum {
	PT_ES = 0, PT_ES_NIGHT = 1, PT_TH = 2, PT_PSH = 3, PT_SO = 4, PT_SSO = 6, PT_OTHER = 7,
	PT_SAFE_HAVEN = 8, PT_PH_HOUSING = 9, PT_PH_SERVICES = 10, PT_DAY_SHELTER = 11,
	PT_PREVENTION = 12, PT_RRH = 13, PT_CE = 14,
};

enum demo_sharing { SHARE_GLOBAL, SHARE_MOU, SHARE_ORGANIZATION };
enum demo_restriction { RESTRICT_NONE, RESTRICT_ORGANIZATION, RESTRICT_USER };

/* One random stream per table (see demo_rng.h). */
enum demo_stream {
	STREAM_PEOPLE = 1, STREAM_CLIENTS, STREAM_ENROLLMENTS, STREAM_ENROLLMENT_ROWS,
	STREAM_SERVICES, STREAM_ASSESSMENTS, STREAM_NOTES, STREAM_EXCEPTIONS,
	/* demo_elements.c seeds these per client or enrollment (see there) */
	STREAM_DISABILITIES, STREAM_PRIOR_LIVING, STREAM_INCOME,
	/* and demo_benefits.c, demo_informational.c */
	STREAM_HEALTH_INSURANCE, STREAM_NON_CASH, STREAM_INFORMATIONAL,
};

enum demo_table {
	TABLE_PROGRAM, TABLE_GRANT, TABLE_CLIENT, TABLE_FAMILY, TABLE_MEMBER,
	TABLE_ENROLLMENT, TABLE_SERVICE, TABLE_ASSESSMENT, TABLE_MASTER, TABLE_NOTE,
	TABLE_EXCEPTION, TABLE_PRIOR_LIVING, TABLE_INCOME, TABLE_DISABILITIES,
	TABLE_HEALTH_INSURANCE, TABLE_NON_CASH, TABLE_EMPLOYER, TABLE_VETERAN, TABLE_EDUCATION,
	TABLE_EMPLOYMENT, TABLE_HEALTH, TABLE_FINANCIAL, TABLE_WORK_HISTORY,
	DEMO_TABLES
};

/* ---- the fixed cast (demo_world.c) ---- */

struct demo_org {
	const char *name;
	unsigned weight;                /* share of the intakes it takes */
	unsigned family_permille;       /* of its intakes, how many are families */
	int mou;                        /* the MOU its clients shared at 'mou' join */
	const char *admin;              /* the user who keeps its directory */
};

struct demo_user {
	const char *username, *full_name;
	unsigned orgs;                  /* bit i: a member of organization i */
	bool admin;
};

struct demo_mou {
	const char *name;
	unsigned orgs;                  /* the members, as bits */
	unsigned ended;                 /* members whose membership has ended */
	int begin_ago, end_ago;         /* days before today */
};

struct demo_program {
	int org;
	const char *name;
	int project_type;
	bool families, singles;         /* whom it serves */
	int min_days, max_days;         /* how long a stay lasts */
	const char *grant, *funder;
	int funder_code;                /* HUD's (2.06.1); 46: local or other */
	const char *hud_grant_id;       /* HUD's grant id, for HUD's grants */
};

extern const struct demo_org demo_orgs[DEMO_ORGS];
extern const struct demo_user demo_users[DEMO_USERS];
extern const struct demo_mou demo_mous[DEMO_MOUS];
extern const struct demo_program demo_programs[DEMO_PROGRAMS];
extern const char *const demo_table_names[DEMO_TABLES];

/* ---- the plan ---- */

struct demo_person {
	int32_t birth;                  /* DEMO_NO_DATE when not known */
	int32_t intake;                 /* the day of the intake */
	uint32_t family;                /* index into families + 1; 0 for none */
	uint16_t minute;                /* the intake's minute of the day */
	uint16_t first, middle, last, last2;    /* name indexes, or DEMO_NONE */
	uint8_t culture;                /* enum demo_culture (or CULTURE_DUPLICATE) */
	uint8_t first_list;             /* NAMES_FEMALE, NAMES_MALE or NAMES_STREET */
	uint8_t sex;                    /* HUD code */
	uint8_t dob_quality;            /* HUD code */
	uint8_t org, user;              /* who took the intake (cast indexes) */
	uint8_t rel;                    /* relationship to the family's head; 0 */
	uint8_t sharing;                /* enum demo_sharing */
	uint8_t mou;                    /* index into demo_mous + 1 at SHARE_MOU */
	uint8_t veteran;                /* HUD's veteran status (3.07), once the
	                                   client's row is written */
};

struct demo_family {
	uint32_t head;                  /* the first member; the rest follow it */
	uint32_t size;
};

struct demo_enrollment {
	uint32_t client;
	int32_t entry, exit;            /* exit: DEMO_NO_DATE while open */
	uint32_t household;
	uint32_t head;                  /* the head's enrollment: the case */
	uint8_t program, user, restriction, rel;
};

struct demo {
	struct db *db;
	uint64_t seed;
	uint32_t clients;
	int32_t today;
	int64_t org_id[DEMO_ORGS], user_id[DEMO_USERS], mou_id[DEMO_MOUS];
	uint8_t org_users[DEMO_ORGS][DEMO_USERS];       /* users of each org */
	uint8_t org_nusers[DEMO_ORGS];

	struct demo_person *people;     /* `clients` of them */
	struct demo_family *families;
	uint32_t nfamilies;
	struct demo_enrollment *enrollments;
	uint32_t nenrollments, enrollments_cap;
	uint32_t *masters;              /* each enrollment's entry assessment id,
	                                   0 for none (demo_assessments.c) */
	uint32_t duplicate[DEMO_DUPLICATE_PAIRS];       /* side 0's index, or UINT32_MAX */

	uint64_t rows[DEMO_TABLES];     /* how many rows each table got */
	char *why;                      /* a failed step's own sentence (demo.c) */
};

/* demo_world.c */
/* A random user of the organization. */
int demo_pick_user(const struct demo *d, struct demo_rng *r, int org);
/* The organizations that see a client's intake today, as bits. */
unsigned demo_intake_orgs(const struct demo_person *p);
/* The members of an MOU whose membership is active, as bits. */
unsigned demo_mou_active(int mou);
/* COPY the programs and their grants. False on error (see db_error). */
bool demo_load_programs(struct demo *d);

/* demo_summary.c */
/* ANALYZE, then print the time since `start`, the accounts and the row
 * counts; CTL_OK or the failure's status (ctl_fail). */
int demo_finish(struct demo *d, const struct timespec *start);

/* demo_people.c */
void demo_plan_people(struct demo *d);
/* Write a client's name into the buffers (empty when there is none). */
void demo_person_name(const struct demo_person *p, char first[64], char last[64]);
/* COPY clients, families and family members. */
bool demo_load_people(struct demo *d);

/* demo_clients.c */
/* COPY the clients. False on error (see db_error). */
bool demo_load_clients(struct demo *d);

/* demo_enrollments.c */
void demo_plan_enrollments(struct demo *d);

/* demo_records.c */
/* COPY enrollments, services, assessments (the master assessments too),
 * case notes, release exceptions. */
bool demo_load_records(struct demo *d);

/* demo_elements.c */
/* COPY the data elements taken at entry and exit, then health insurance,
 * non-cash benefits and the informational assessments. */
bool demo_load_elements(struct demo *d);

/* demo_assessments.c */
/* COPY the master assessments at entry and exit (after the other
 * assessments, before the enrollments that name them). */
bool demo_load_masters(struct demo *d);

/* demo_benefits.c */
/* COPY health insurance and non-cash benefits. */
bool demo_load_benefits(struct demo *d);

/* demo_informational.c */
/* COPY the employers and the informational assessments. */
bool demo_load_informational(struct demo *d);

#endif
