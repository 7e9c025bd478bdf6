/* demo_records.c: what the organizations keep about the demo clients —
 * enrollments, services, assessments, case notes — and the release
 * exceptions between them.
 *
 * The plan gives each household one to four stays, one after another, the
 * first with the organization that took the intake and later ones with any
 * organization that sees the client (its intake's sharing level), plus now
 * and then a health or outreach enrollment alongside. A family's members are
 * enrolled together, under one household id. Services, assessments and case
 * notes follow the head's enrollments, dated within them, written by a user
 * of the enrolling organization, under every restriction; some notes stand
 * alone and some are read-only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"
#include "demo.h"
#include "demo_copy.h"

#define MAX_STAYS 4
#define ORG_BIT(o) (1u << (o))

/* ---- the plan of enrollments ---- */

static void add_enrollment(struct demo *d, const struct demo_enrollment *e)
{
	if (d->nenrollments == d->enrollments_cap) {
		d->enrollments_cap = d->enrollments_cap ? 2 * d->enrollments_cap : 1024;
		d->enrollments = xrealloc(d->enrollments,
		                          d->enrollments_cap * sizeof *d->enrollments);
	}
	d->enrollments[d->nenrollments++] = *e;
}

/* A program of the organization for a family or a single person; with
 * `support`, only services-only and outreach programs. -1 when none. */
static int pick_program(struct demo_rng *r, int org, bool family, bool support)
{
	int fits[DEMO_PROGRAMS], n = 0, p;

	for (p = 0; p < DEMO_PROGRAMS; p++) {
		const struct demo_program *g = &demo_programs[p];
		if (g->org == org && (family ? g->families : g->singles)
		    && (!support || g->project_type == PT_SSO || g->project_type == PT_SO))
			fits[n++] = p;
	}
	return n ? fits[demo_rng_below(r, (uint32_t)n)] : -1;
}

/* How many days a stay lasts: mostly short, some to the program's longest. */
static int32_t stay_days(struct demo_rng *r, int program)
{
	const struct demo_program *g = &demo_programs[program];
	uint64_t u = demo_rng_below(r, 1000);

	return g->min_days + (int32_t)((uint64_t)(g->max_days - g->min_days) * u * u / 1000000);
}

static uint8_t pick_restriction(struct demo_rng *r, unsigned organization, unsigned user)
{
	unsigned roll = demo_rng_below(r, 1000);

	return roll < user ? RESTRICT_USER : roll < user + organization ? RESTRICT_ORGANIZATION
	                                                                : RESTRICT_NONE;
}

/* Any organization among `orgs` (bits); -1 when there is none. */
static int any_org(struct demo_rng *r, unsigned orgs)
{
	int some[DEMO_ORGS], n = 0, o;

	for (o = 0; o < DEMO_ORGS; o++)
		if (orgs & ORG_BIT(o))
			some[n++] = o;
	return n ? some[demo_rng_below(r, (uint32_t)n)] : -1;
}

/* Now and then another organization among `orgs` (bits), else `org`. */
static int next_org(struct demo_rng *r, unsigned orgs, int org)
{
	int other = any_org(r, orgs & ~ORG_BIT(org));

	return other < 0 || demo_rng_chance(r, 600) ? org : other;
}

/* One stay of the household of `size` people from client `first`. */
static void add_stay(struct demo *d, struct demo_rng *r, uint32_t first, uint32_t size,
                     int program, int32_t entry, int32_t exit, uint32_t household)
{
	struct demo_enrollment e = { 0 };
	uint32_t k;

	e.program = (uint8_t)program;
	e.entry = entry;
	e.exit = exit;
	e.household = household;
	e.user = (uint8_t)demo_pick_user(d, r, demo_programs[program].org);
	e.restriction = pick_restriction(r, 80, 40);
	for (k = 0; k < size; k++) {
		e.client = first + k;
		e.rel = size > 1 ? d->people[first + k].rel : 1;
		add_enrollment(d, &e);
	}
}

static void plan_household(struct demo *d, struct demo_rng *r, uint32_t first, uint32_t size,
                           uint32_t *household)
{
	const struct demo_person *p = &d->people[first];
	unsigned orgs = demo_intake_orgs(p);
	int org = p->org, stay, program;
	int32_t entry = p->intake, exit;

	for (stay = 0; stay < MAX_STAYS; stay++) {
		program = pick_program(r, org, size > 1, false);
		exit = entry + stay_days(r, program);
		if (exit >= d->today)
			exit = DEMO_NO_DATE;
		add_stay(d, r, first, size, program, entry, exit, ++*household);
		if (exit == DEMO_NO_DATE || !demo_rng_chance(r, 300))
			break;
		entry = exit + demo_rng_range(r, 7, 240);
		if (entry >= d->today)
			break;
		org = next_org(r, orgs, org);
	}
	if (size == 1 && demo_rng_chance(r, 150)) {
		org = any_org(r, orgs & ~ORG_BIT(p->org));
		program = org < 0 ? -1 : pick_program(r, org, false, true);
		entry = p->intake + demo_rng_range(r, 0, 60);
		if (program >= 0 && entry < d->today) {
			exit = entry + stay_days(r, program);
			add_stay(d, r, first, 1, program, entry, exit >= d->today ? DEMO_NO_DATE : exit,
			         ++*household);
		}
	}
}

void demo_plan_enrollments(struct demo *d)
{
	struct demo_rng r;
	uint32_t i, household = 0;

	demo_rng_seed(&r, d->seed, STREAM_ENROLLMENTS);
	for (i = 0; i < d->clients; i++) {
		const struct demo_person *p = &d->people[i];
		if (!p->family)
			plan_household(d, &r, i, 1, &household);
		else if (p->rel == 1)
			plan_household(d, &r, i, d->families[p->family - 1].size, &household);
	}
}

/* ---- shared helpers ---- */

static const char *const restriction_names[] = { "none", "organization", "user" };

/* The last day of an enrollment so far: nothing is dated today, whose
 * business hours may still be ahead. */
static int32_t last_day(const struct demo *d, const struct demo_enrollment *e)
{
	return e->exit == DEMO_NO_DATE ? d->today - 1 : e->exit;
}

/* The k-th of n days spread over the enrollment (k < n). */
static int32_t spread_day(const struct demo *d, struct demo_rng *r,
                          const struct demo_enrollment *e, int k, int n)
{
	int32_t span = last_day(d, e) - e->entry;
	int32_t day = e->entry + (int32_t)((int64_t)span * (2 * k + 1) / (2 * n));

	day += demo_rng_range(r, -3, 3);
	return day < e->entry ? e->entry : day > last_day(d, e) ? last_day(d, e) : day;
}

static int pick_minute(struct demo_rng *r)
{
	return demo_rng_range(r, 8 * 60, 18 * 60 - 1);
}

/* The minute enrollment i was written on its entry day: after the intake
 * when that was the same day. */
static int enrollment_minute(const struct demo *d, uint32_t i)
{
	const struct demo_enrollment *e = &d->enrollments[i];
	const struct demo_person *p = &d->people[e->client];

	if (e->entry == p->intake)
		return p->minute + 5 + (int)(i % 30);
	return 8 * 60 + (int)(i * 7919u % 540);
}

/* The minute a record about the client dated `day` was written: after the
 * intake and after the enrollment (i, or UINT32_MAX for none) on their days. */
static int record_minute(const struct demo *d, struct demo_rng *r, uint32_t client, uint32_t i,
                         int32_t day)
{
	if (i != UINT32_MAX && day == d->enrollments[i].entry)
		return enrollment_minute(d, i) + demo_rng_range(r, 1, 45);
	if (day == d->people[client].intake)
		return d->people[client].minute + demo_rng_range(r, 5, 60);
	return pick_minute(r);
}

/* The author: mostly whoever made the enrollment, else a colleague. */
static int pick_author(const struct demo *d, struct demo_rng *r, const struct demo_enrollment *e)
{
	if (demo_rng_chance(r, 700))
		return e->user;
	return demo_pick_user(d, r, demo_programs[e->program].org);
}

/* Copy `tmpl` with {name} and {program} replaced. */
static void fill(char *out, size_t size, const char *tmpl, const char *name,
                 const char *program)
{
	size_t len = 0, n;
	const char *with;

	while (*tmpl && len + 1 < size) {
		with = NULL;
		if (!strncmp(tmpl, "{name}", 6)) {
			with = name;
			tmpl += 6;
		} else if (!strncmp(tmpl, "{program}", 9)) {
			with = program;
			tmpl += 9;
		}
		if (!with) {
			out[len++] = *tmpl++;
			continue;
		}
		n = strlen(with);
		if (n > size - 1 - len)
			n = size - 1 - len;
		memcpy(out + len, with, n);
		len += n;
	}
	out[len] = 0;
}

/* ---- enrollments ---- */

static bool load_enrollments(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.enrollment (client_id, org_id, program_id, entry_date, exit_date,"
		" relationship_to_hoh, household_id, restriction, created_by, created_at, updated_at)"
		" FROM STDIN");
	struct demo_rng r;
	char household[16];
	uint32_t i;

	demo_rng_seed(&r, d->seed, STREAM_ENROLLMENT_ROWS);
	for (i = 0; i < d->nenrollments; i++) {
		const struct demo_enrollment *e = &d->enrollments[i];
		int minute = enrollment_minute(d, i);
		demo_copy_int(c, e->client + 1);
		demo_copy_int(c, d->org_id[demo_programs[e->program].org]);
		demo_copy_int(c, e->program + 1);
		demo_copy_date(c, e->entry);
		if (e->exit == DEMO_NO_DATE)
			demo_copy_null(c);
		else
			demo_copy_date(c, e->exit);
		demo_copy_int(c, e->rel);
		snprintf(household, sizeof household, "HH%08u", e->household % 100000000u);
		demo_copy_text(c, household);
		demo_copy_text(c, restriction_names[e->restriction]);
		demo_copy_int(c, d->user_id[e->user]);
		demo_copy_time(c, e->entry, minute);
		if (e->exit == DEMO_NO_DATE)
			demo_copy_time(c, e->entry, minute);
		else
			demo_copy_time(c, e->exit, pick_minute(&r));
		demo_copy_end_row(c);
	}
	d->rows[TABLE_ENROLLMENT] = d->nenrollments;
	return demo_copy_finish(c);
}

/* ---- services ---- */

enum quantity { ONE, COUNT, NIGHTS, DOLLARS };

struct service_kind {
	const char *type;
	enum quantity quantity;
	int lo, hi;
	const char *note;
};

#define KINDS(a) { a, sizeof a / sizeof a[0] }

static const struct service_kind shelter[] = {
	{ "Shelter night", NIGHTS, 1, 30, NULL },
	{ "Meals", COUNT, 3, 60, NULL },
	{ "Hygiene kit", ONE, 1, 1, NULL },
	{ "Laundry", ONE, 1, 1, NULL },
	{ "Case management session", ONE, 1, 1, "Reviewed the housing plan." },
	{ "Bus pass", COUNT, 1, 2, "Monthly pass." },
};
static const struct service_kind transitional[] = {
	{ "Case management session", ONE, 1, 1, "Monthly goals reviewed." },
	{ "Life skills class", ONE, 1, 1, "Budgeting and cooking on a budget." },
	{ "Employment assistance", ONE, 1, 1, "Resume and two applications." },
	{ "Bus pass", COUNT, 1, 2, NULL },
	{ "Transitional housing night", NIGHTS, 7, 31, NULL },
};
static const struct service_kind outreach[] = {
	{ "Outreach contact", ONE, 1, 1, "Under the Fifth Street bridge." },
	{ "Food and water", COUNT, 1, 4, NULL },
	{ "Blanket or sleeping bag", ONE, 1, 1, NULL },
	{ "Hygiene kit", ONE, 1, 1, NULL },
	{ "Transportation", ONE, 1, 1, "Ride to the day center." },
	{ "Harm reduction supplies", ONE, 1, 1, NULL },
};
static const struct service_kind health[] = {
	{ "Medical visit", ONE, 1, 1, "Blood pressure check; refill written." },
	{ "Mental health counseling", ONE, 1, 1, NULL },
	{ "Medication assistance", ONE, 1, 1, NULL },
	{ "Benefits application assistance", ONE, 1, 1, "Medicaid application filed." },
	{ "Dental referral", ONE, 1, 1, NULL },
	{ "Vision screening", ONE, 1, 1, NULL },
};
static const struct service_kind family_support[] = {
	{ "Food pantry", COUNT, 1, 3, NULL },
	{ "Diapers and baby supplies", ONE, 1, 1, NULL },
	{ "Child care referral", ONE, 1, 1, "Referred to the Head Start center." },
	{ "School enrollment help", ONE, 1, 1, "McKinney-Vento liaison contacted." },
	{ "Parenting class", ONE, 1, 1, NULL },
	{ "Case management session", ONE, 1, 1, NULL },
};
static const struct service_kind veterans[] = {
	{ "Benefits claim assistance", ONE, 1, 1, "Disability claim filed with the VA." },
	{ "VA health care enrollment", ONE, 1, 1, NULL },
	{ "Transportation to VA clinic", ONE, 1, 1, NULL },
	{ "Case management session", ONE, 1, 1, NULL },
};
static const struct service_kind rehousing[] = {
	{ "Rental assistance", DOLLARS, 650, 1650, "Paid to the landlord." },
	{ "Security deposit", DOLLARS, 600, 1500, NULL },
	{ "Utility deposit", DOLLARS, 100, 350, NULL },
	{ "Housing search assistance", ONE, 1, 1, "Viewed two units." },
	{ "Moving costs", DOLLARS, 150, 600, NULL },
	{ "Case management session", ONE, 1, 1, NULL },
};

struct menu {
	const struct service_kind *kinds;
	unsigned count;
};

static struct menu service_menu(int program)
{
	const struct demo_program *g = &demo_programs[program];
	static const struct menu shelter_menu = KINDS(shelter), transitional_menu = KINDS(transitional),
		outreach_menu = KINDS(outreach), health_menu = KINDS(health),
		family_menu = KINDS(family_support), veterans_menu = KINDS(veterans),
		rehousing_menu = KINDS(rehousing);

	switch (g->project_type) {
	case PT_ES:
	case PT_ES_NIGHT: return shelter_menu;
	case PT_TH: return transitional_menu;
	case PT_SO: return outreach_menu;
	case PT_RRH: return rehousing_menu;
	default:
		return g->org == ORG_RIVERSIDE ? health_menu
		     : g->org == ORG_VETERANS ? veterans_menu : family_menu;
	}
}

static void copy_quantity(struct demo_copy *c, struct demo_rng *r, const struct service_kind *k)
{
	switch (k->quantity) {
	case DOLLARS:
		demo_copy_cents(c, (int64_t)demo_rng_range(r, k->lo / 5, k->hi / 5) * 500);
		break;
	case ONE:
		demo_copy_int(c, 1);
		break;
	default:
		demo_copy_int(c, demo_rng_range(r, k->lo, k->hi));
	}
}

static void copy_service(struct demo *d, struct demo_copy *c, struct demo_rng *r, uint32_t i,
                         int32_t day)
{
	const struct demo_enrollment *e = &d->enrollments[i];
	struct menu m = service_menu(e->program);
	const struct service_kind *k = &m.kinds[demo_rng_below(r, m.count)];
	int minute = record_minute(d, r, e->client, i, day);

	demo_copy_int(c, e->client + 1);
	demo_copy_int(c, d->org_id[demo_programs[e->program].org]);
	if (demo_rng_chance(r, 920))
		demo_copy_int(c, i + 1);
	else
		demo_copy_null(c);
	demo_copy_date(c, day);
	demo_copy_text(c, k->type);
	copy_quantity(c, r, k);
	demo_copy_text(c, k->note && demo_rng_chance(r, 400) ? k->note : NULL);
	demo_copy_text(c, restriction_names[pick_restriction(r, 35, 15)]);
	demo_copy_int(c, d->user_id[pick_author(d, r, e)]);
	demo_copy_time(c, day, minute);
	demo_copy_time(c, day, minute);
	demo_copy_end_row(c);
	d->rows[TABLE_SERVICE]++;
}

/* How many records of a kind an enrollment gets: more for longer stays. */
static int how_many(const struct demo *d, struct demo_rng *r, const struct demo_enrollment *e,
                    int per_days, int most)
{
	int n = 1 + (last_day(d, e) - e->entry) / per_days;

	return demo_rng_range(r, 0, n < most ? n : most);
}

static bool load_services(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.service (client_id, org_id, enrollment_id, service_date, service_type,"
		" quantity, note, restriction, created_by, created_at, updated_at) FROM STDIN");
	struct demo_rng r;
	uint32_t i;
	int k, n;

	demo_rng_seed(&r, d->seed, STREAM_SERVICES);
	for (i = 0; i < d->nenrollments; i++) {
		const struct demo_enrollment *e = &d->enrollments[i];
		if (e->rel != 1)
			continue;
		n = 1 + how_many(d, &r, e, 45, 5);
		for (k = 0; k < n; k++)
			copy_service(d, c, &r, i, spread_day(d, &r, e, k, n));
	}
	return demo_copy_finish(c);
}

/* ---- assessments ---- */

static const char *const phq9_severity[] = {
	"minimal", "mild", "moderate", "moderately severe", "severe",
};

/* The assessment's type, score and answers (JSON) for the enrollment. */
static const char *assess(const struct demo *d, struct demo_rng *r,
                          const struct demo_enrollment *e, int *score, char *answers,
                          size_t size)
{
	const struct demo_program *g = &demo_programs[e->program];
	const struct demo_person *p = &d->people[e->client];
	int items[9], k, income = demo_rng_chance(r, 550) ? 0 : 50 * demo_rng_range(r, 4, 30);

	if (g->org == ORG_RIVERSIDE) {
		for (*score = 0, k = 0; k < 9; k++)
			*score += items[k] = demo_rng_range(r, 0, 3);
		snprintf(answers, size, "{\"items\": [%d, %d, %d, %d, %d, %d, %d, %d, %d],"
		         " \"severity\": \"%s\"}", items[0], items[1], items[2], items[3], items[4],
		         items[5], items[6], items[7], items[8],
		         phq9_severity[*score >= 20 ? 4 : *score / 5]);
		return "PHQ-9";
	}
	if (g->org == ORG_VETERANS) {
		*score = demo_rng_range(r, 0, 10);
		snprintf(answers, size, "{\"discharge\": \"%s\", \"income_monthly\": %d,"
		         " \"va_health_care\": %s}", demo_rng_chance(r, 850) ? "honorable" : "general",
		         income, demo_rng_chance(r, 600) ? "true" : "false");
		return "SSVF Eligibility Screening";
	}
	*score = demo_rng_range(r, 0, p->family ? 22 : 17);
	snprintf(answers, size, "{\"months_homeless\": %d, \"times_homeless_3y\": %d,"
	         " \"er_visits_6m\": %d, \"income_monthly\": %d, \"disabling_condition\": %s}",
	         demo_rng_range(r, 0, 48), demo_rng_range(r, 1, 4), demo_rng_range(r, 0, 6),
	         income, *score >= 8 ? "true" : "false");
	return p->family ? "VI-F-SPDAT" : "VI-SPDAT";
}

static void copy_assessment(struct demo *d, struct demo_copy *c, struct demo_rng *r,
                            uint32_t i, int32_t day, bool annual)
{
	const struct demo_enrollment *e = &d->enrollments[i];
	char answers[256];
	int score, minute = record_minute(d, r, e->client, i, day);
	const char *type = assess(d, r, e, &score, answers, sizeof answers);
	char title[64];

	snprintf(title, sizeof title, "%s%s", type, annual ? " (annual)" : "");
	demo_copy_int(c, e->client + 1);
	demo_copy_int(c, d->org_id[demo_programs[e->program].org]);
	demo_copy_int(c, i + 1);
	demo_copy_date(c, day);
	demo_copy_text(c, title);
	demo_copy_int(c, score);
	demo_copy_text(c, answers);
	demo_copy_text(c, restriction_names[pick_restriction(r, 60, 20)]);
	demo_copy_int(c, d->user_id[pick_author(d, r, e)]);
	demo_copy_time(c, day, minute);
	demo_copy_time(c, day, minute);
	demo_copy_end_row(c);
	d->rows[TABLE_ASSESSMENT]++;
}

static bool load_assessments(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.assessment (client_id, org_id, enrollment_id, assessment_date,"
		" assessment_type, score, answers, restriction, created_by, created_at, updated_at)"
		" FROM STDIN");
	struct demo_rng r;
	uint32_t i;
	int32_t day;

	demo_rng_seed(&r, d->seed, STREAM_ASSESSMENTS);
	for (i = 0; i < d->nenrollments; i++) {
		const struct demo_enrollment *e = &d->enrollments[i];
		if (e->rel != 1 || !demo_rng_chance(&r, 800))
			continue;
		copy_assessment(d, c, &r, i, e->entry, false);
		for (day = e->entry + 365; day <= last_day(d, e); day += 365)
			copy_assessment(d, c, &r, i, day, true);
	}
	return demo_copy_finish(c);
}

/* ---- case notes ---- */

struct note_kind {
	const char *title, *body;
	int restriction;                /* -1: drawn at random */
	bool read_only;
};

static const struct note_kind entry_notes[] = {
	{ "Intake", "{name} came in for intake at {program}. Reviewed the program rules and the "
	  "release of information. Immediate needs: bus pass, hygiene kit.", -1, false },
	{ "Intake", "First meeting with {name} at {program}. Reports staying in a car for the past "
	  "two weeks after losing an apartment.\nPlan:\n1. Bed assigned.\n2. ID replacement.\n"
	  "3. Follow up on income.", -1, false },
	{ "Program entry", "{name} entered {program} today. Signed the participation agreement; "
	  "first case management meeting set for next week.", -1, false },
};

static const struct note_kind progress_notes[] = {
	{ "Case management meeting", "Met with {name} to review the housing plan. Goals this "
	  "month: replace the state ID, apply for SNAP, save $200 toward a deposit.", -1, false },
	{ "Housing search update", "{name} viewed two apartments on the east side this week and "
	  "is waiting to hear back from one landlord. Will follow up on Monday.", -1, false },
	{ "Phone call", "Called {name} to confirm Thursday's appointment at the Social Security "
	  "office. {name} will meet staff in the lobby at 9:30.", -1, false },
	{ "Missed appointment", "{name} did not come to the scheduled meeting. Left a voicemail "
	  "and a note at the front desk; will try again tomorrow.", -1, false },
	{ "Benefits", "Helped {name} finish the SNAP and Medicaid applications online. Copies of "
	  "the pay stubs and ID are in the file.", -1, false },
	{ "Employment", "{name} started part-time work at a warehouse, about 25 hours a week. "
	  "Talked about budgeting the first paychecks.", -1, false },
	{ "Referral", "Referred {name} to Riverside Health Clinic for a primary care visit and a "
	  "dental screening.", -1, false },
	{ "Document readiness", "Birth certificate request mailed for {name}; expect it in 4 to "
	  "6 weeks. State ID appointment to follow.", -1, false },
	{ "Home visit", "Home visit with {name}. The unit is clean and in good repair; this "
	  "month's rent is paid.", -1, false },
	{ "Incident report", "Verbal disagreement in the dining room involving {name} and another "
	  "guest at about 7:15 pm. No injuries. Staff separated both guests; {name} agreed to a "
	  "cool-down. Shift supervisor informed.", RESTRICT_ORGANIZATION, true },
	{ "Safety plan", "{name} disclosed a history of domestic violence. Reviewed the safety "
	  "plan and hotline numbers.\nDo not share {name}'s location with anyone who calls.",
	  RESTRICT_USER, false },
	{ "Behavioral health", "{name} reports trouble sleeping and low mood for the past month. "
	  "Scheduled an appointment with the clinic counselor.", RESTRICT_ORGANIZATION, false },
};

static const struct note_kind exit_notes[] = {
	{ "Exit", "{name} exited {program} to a rental unit with a rapid re-housing subsidy. "
	  "Aftercare check-in set for 30 days.", -1, false },
	{ "Exit", "{name} left {program} without notice. Belongings stored for 14 days per "
	  "policy.", -1, false },
	{ "Exit", "{name} moved in with family in another county. Exit interview completed; "
	  "{name} has our number.", -1, true },
};

static const struct note_kind standalone_notes[] = {
	{ "Mail received", "A letter from the county arrived for {name}. Holding it in the mail "
	  "bin at the front desk.", -1, false },
	{ "Phone message", "{name}'s sister called asking how to reach {name}. Took a number; "
	  "did not confirm that {name} is a client.", RESTRICT_ORGANIZATION, false },
	{ "Note", "{name} stopped by the front desk to update a phone number.", -1, false },
};

#define NOTES(a) a, (unsigned)(sizeof a / sizeof a[0])

struct note {
	uint32_t client;
	int org, author;
	int64_t enrollment;             /* 0 for none */
	int32_t day;
	const char *program;
};

static void copy_note(struct demo *d, struct demo_copy *c, struct demo_rng *r,
                      const struct note *n, const struct note_kind *kinds, unsigned count)
{
	const struct note_kind *k = &kinds[demo_rng_below(r, count)];
	char first[64], last[64], body[600];
	int minute = record_minute(d, r, n->client, n->enrollment ? (uint32_t)n->enrollment - 1
	                                                          : UINT32_MAX, n->day);

	demo_person_name(&d->people[n->client], first, last);
	fill(body, sizeof body, k->body, first, n->program);
	demo_copy_int(c, n->client + 1);
	demo_copy_int(c, d->org_id[n->org]);
	demo_copy_int(c, d->user_id[n->author]);
	demo_copy_date(c, n->day);
	demo_copy_text(c, k->title);
	demo_copy_text(c, body);
	demo_copy_bool(c, k->read_only || demo_rng_chance(r, 40));
	demo_copy_text(c, restriction_names[k->restriction >= 0 ? k->restriction
	                                                        : pick_restriction(r, 140, 80)]);
	if (n->enrollment)
		demo_copy_int(c, n->enrollment);
	else
		demo_copy_null(c);
	demo_copy_time(c, n->day, minute);
	if (n->day < d->today - 1 && demo_rng_chance(r, 100))
		demo_copy_time(c, n->day + 1, pick_minute(r));
	else
		demo_copy_time(c, n->day, minute);
	demo_copy_end_row(c);
	d->rows[TABLE_NOTE]++;
}

static void enrollment_notes(struct demo *d, struct demo_copy *c, struct demo_rng *r, uint32_t i)
{
	const struct demo_enrollment *e = &d->enrollments[i];
	struct note n = { e->client, demo_programs[e->program].org, 0, i + 1, e->entry,
	                  demo_programs[e->program].name };
	int k, count = how_many(d, r, e, 60, 5);

	n.author = pick_author(d, r, e);
	if (demo_rng_chance(r, 900))
		copy_note(d, c, r, &n, NOTES(entry_notes));
	for (k = 0; k < count; k++) {
		n.day = spread_day(d, r, e, k, count);
		n.author = pick_author(d, r, e);
		copy_note(d, c, r, &n, NOTES(progress_notes));
	}
	if (e->exit != DEMO_NO_DATE && demo_rng_chance(r, 800)) {
		n.day = e->exit;
		copy_note(d, c, r, &n, NOTES(exit_notes));
	}
}

static bool load_notes(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.case_note (client_id, org_id, author_id, note_date, title, body,"
		" read_only, restriction, enrollment_id, created_at, updated_at) FROM STDIN");
	struct demo_rng r;
	uint32_t i;

	demo_rng_seed(&r, d->seed, STREAM_NOTES);
	for (i = 0; i < d->nenrollments; i++)
		if (d->enrollments[i].rel == 1)
			enrollment_notes(d, c, &r, i);
	for (i = 0; i < d->clients; i++) {
		const struct demo_person *p = &d->people[i];
		struct note n = { i, p->org, 0, 0, 0, "" };
		if (p->intake >= d->today - 1 || !demo_rng_chance(&r, 120))
			continue;
		n.author = demo_pick_user(d, &r, p->org);
		n.day = demo_rng_range(&r, p->intake + 1, d->today - 1);
		copy_note(d, c, &r, &n, NOTES(standalone_notes));
	}
	return demo_copy_finish(c);
}

/* ---- release exceptions ---- */

/* A client whose intake organization grants another one access: shared at
 * the 'mou' level (so the exception also opens the intake) or globally,
 * taken in long enough ago. UINT32_MAX when the tries run out. */
static uint32_t pick_released(const struct demo *d, struct demo_rng *r, const uint32_t *taken,
                              int ntaken)
{
	int tries, t;

	for (tries = 0; tries < 1000; tries++) {
		uint32_t i = demo_rng_below(r, d->clients);
		const struct demo_person *p = &d->people[i];
		bool dup = false;
		if (p->sharing == SHARE_ORGANIZATION || p->intake > d->today - 120)
			continue;
		if ((p->sharing == SHARE_MOU) != (ntaken % 3 != 2))
			continue;
		for (t = 0; t < ntaken; t++)
			dup = dup || taken[t] == i;
		if (!dup)
			return i;
	}
	return UINT32_MAX;
}

static void copy_exception(struct demo *d, struct demo_copy *c, struct demo_rng *r, uint32_t i,
                           bool ended)
{
	const struct demo_person *p = &d->people[i];
	unsigned outside = (ORG_BIT(DEMO_ORGS) - 1) & ~demo_intake_orgs(p);
	int to = any_org(r, outside ? outside : (ORG_BIT(DEMO_ORGS) - 1) & ~ORG_BIT(p->org));
	int32_t begin = demo_rng_range(r, p->intake, d->today - (ended ? 90 : 1));
	int minute = record_minute(d, r, i, UINT32_MAX, begin);

	demo_copy_int(c, i + 1);
	demo_copy_int(c, d->org_id[p->org]);
	demo_copy_int(c, d->org_id[to]);
	demo_copy_date(c, begin);
	if (ended)
		demo_copy_date(c, d->today - demo_rng_range(r, 10, 60));
	else if (demo_rng_chance(r, 500))
		demo_copy_date(c, d->today + demo_rng_range(r, 30, 365));
	else
		demo_copy_null(c);
	demo_copy_int(c, d->user_id[demo_pick_user(d, r, p->org)]);
	demo_copy_time(c, begin, minute);
	demo_copy_time(c, begin, minute);
	demo_copy_end_row(c);
	d->rows[TABLE_EXCEPTION]++;
}

static bool load_exceptions(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.release_exception (client_id, granting_org, accessing_org, begin_date,"
		" end_date, created_by, created_at, updated_at) FROM STDIN");
	uint32_t want = 6 + d->clients / 2000, *taken = xcalloc(want, sizeof *taken), i;
	struct demo_rng r;
	int n = 0;

	demo_rng_seed(&r, d->seed, STREAM_EXCEPTIONS);
	while ((uint32_t)n < want && (i = pick_released(d, &r, taken, n)) != UINT32_MAX) {
		taken[n] = i;
		copy_exception(d, c, &r, i, n == 0);
		n++;
	}
	free(taken);
	return demo_copy_finish(c);
}

bool demo_load_records(struct demo *d)
{
	return load_enrollments(d) && load_services(d) && load_assessments(d) && load_notes(d)
	    && load_exceptions(d);
}
