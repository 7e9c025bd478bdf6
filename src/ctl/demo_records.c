/* demo_records.c: what the organizations keep about the demo clients —
 * enrollments, services, assessments, case notes — and the release
 * exceptions between them, written by COPY from the plan of enrollments
 * (demo_enrollments.c); the case notes are in demo_notes.c.
 *
 * Services, assessments and case notes follow the head's enrollments, dated
 * within them, written by a user of the enrolling organization, under every
 * restriction; some notes stand alone and some are read-only.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"
#include "demo.h"
#include "demo_copy.h"
#include "demo_elements.h"
#include "demo_records.h"

/* ---- shared helpers ---- */

const char *const restriction_names[] = { "none", "organization", "user" };

/* The last day of an enrollment so far: nothing is dated today, whose
 * business hours may still be ahead. */
static int32_t last_day(const struct demo *d, const struct demo_enrollment *e)
{
	return e->exit == DEMO_NO_DATE ? d->today - 1 : e->exit;
}

/* The k-th of n days spread over the enrollment (k < n). */
int32_t demo_spread_day(const struct demo *d, struct demo_rng *r,
                   const struct demo_enrollment *e, int k, int n)
{
	int32_t span = last_day(d, e) - e->entry;
	int32_t day = e->entry + (int32_t)((int64_t)span * (2 * k + 1) / (2 * n));

	day += demo_rng_range(r, -3, 3);
	return day < e->entry ? e->entry : day > last_day(d, e) ? last_day(d, e) : day;
}

int demo_pick_minute(struct demo_rng *r)
{
	return demo_rng_range(r, 8 * 60, 18 * 60 - 1);
}

/* The minute enrollment i was written on its entry day: after the intake
 * when that was the same day. */
int demo_enrollment_minute(const struct demo *d, uint32_t i)
{
	const struct demo_enrollment *e = &d->enrollments[i];
	const struct demo_person *p = &d->people[e->client];

	if (e->entry == p->intake)
		return p->minute + 5 + (int)(i % 30);
	return 8 * 60 + (int)(i * 7919u % 540);
}

/* The minute a record about the client dated `day` was written: after the
 * intake and after the enrollment (i, or UINT32_MAX for none) on their days. */
int demo_record_minute(const struct demo *d, struct demo_rng *r, uint32_t client, uint32_t i,
                  int32_t day)
{
	if (i != UINT32_MAX && day == d->enrollments[i].entry)
		return demo_enrollment_minute(d, i) + demo_rng_range(r, 1, 45);
	if (day == d->people[client].intake)
		return d->people[client].minute + demo_rng_range(r, 5, 60);
	return demo_pick_minute(r);
}

/* The author: mostly whoever made the enrollment, else a colleague. */
int demo_pick_author(const struct demo *d, struct demo_rng *r, const struct demo_enrollment *e)
{
	if (demo_rng_chance(r, 700))
		return e->user;
	return demo_pick_user(d, r, demo_programs[e->program].org);
}

/* Copy `tmpl` with {name} and {program} replaced. */
void demo_fill(char *out, size_t size, const char *tmpl, const char *name,
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

/* Where a household went when it left (HUD 3.12), the same for all its
 * members: chosen from the case, not from a random stream, so that the
 * other columns stay as they were for a seed. */
static void copy_destination(struct demo_copy *c, const struct demo_enrollment *e)
{
	static const short places[] = {
		410, 435, 435, 422, 423, 312, 313, 101, 116, 302, 314, 30, 17, 8, 99,
	};
	uint32_t h = e->head * 2654435761u;
	short place = places[(h >> 16) % (sizeof places / sizeof places[0])];

	if (e->exit == DEMO_NO_DATE) {
		demo_copy_null(c);
		demo_copy_null(c);
		return;
	}
	demo_copy_int(c, place);
	if (place == 435)
		demo_copy_int(c, (h >> 8) & 1 ? 431 : 439);     /* RRH or PSH */
	else
		demo_copy_null(c);
}

static bool load_enrollments(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.enrollment (client_id, org_id, program_id, entry_date, exit_date,"
		" relationship_to_hoh, household_id, restriction, created_by, created_at, updated_at,"
		" case_id, case_manager_id, grant_id, destination, destination_subsidy_type,"
		" entry_assessment_id, exit_assessment_id) FROM STDIN");
	struct demo_rng r;
	char household[16];
	uint32_t i;

	demo_rng_seed(&r, d->seed, STREAM_ENROLLMENT_ROWS);
	for (i = 0; i < d->nenrollments; i++) {
		const struct demo_enrollment *e = &d->enrollments[i];
		int minute = demo_enrollment_minute(d, i);
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
			demo_copy_time(c, e->exit, demo_pick_minute(&r));
		demo_copy_int(c, e->head + 1);
		demo_copy_int(c, d->user_id[e->user]);
		demo_copy_int(c, e->program + 1);       /* the program's one grant */
		copy_destination(c, e);
		demo_copy_masters(d, c, i);
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

static const struct service_kind day_center[] = {
	{ "Meals", COUNT, 1, 2, NULL },
	{ "Shower", ONE, 1, 1, NULL },
	{ "Laundry", ONE, 1, 1, NULL },
	{ "Mail pickup", ONE, 1, 1, NULL },
	{ "Phone and computer access", ONE, 1, 1, "Called about a housing application." },
};
static const struct service_kind coordinated_entry[] = {
	{ "Coordinated entry assessment", ONE, 1, 1, "Placed on the community queue." },
	{ "Housing referral", ONE, 1, 1, "Referred to a rapid re-housing opening." },
	{ "Case conferencing", ONE, 1, 1, NULL },
	{ "Document readiness", ONE, 1, 1, "ID and birth certificate requested." },
};
static const struct service_kind permanent_housing[] = {
	{ "Case management session", ONE, 1, 1, "Home visit; the lease renewal is due." },
	{ "Rental assistance", DOLLARS, 400, 1200, "Tenant share paid to the landlord." },
	{ "Housing stability check-in", ONE, 1, 1, NULL },
	{ "Benefits application assistance", ONE, 1, 1, NULL },
	{ "Transportation", ONE, 1, 1, NULL },
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
		rehousing_menu = KINDS(rehousing), day_menu = KINDS(day_center),
		entry_menu = KINDS(coordinated_entry), housing_menu = KINDS(permanent_housing);

	switch (g->project_type) {
	case PT_ES:
	case PT_ES_NIGHT:
	case PT_SAFE_HAVEN: return shelter_menu;
	case PT_TH: return transitional_menu;
	case PT_SO: return outreach_menu;
	case PT_RRH:
	case PT_PREVENTION: return rehousing_menu;      /* the same kinds of money */
	case PT_DAY_SHELTER: return day_menu;
	case PT_CE: return entry_menu;
	case PT_PSH:
	case PT_PH_HOUSING:
	case PT_PH_SERVICES: return housing_menu;
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
	int minute = demo_record_minute(d, r, e->client, i, day);

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
	demo_copy_text(c, restriction_names[demo_pick_restriction(r, 35, 15)]);
	demo_copy_int(c, d->user_id[demo_pick_author(d, r, e)]);
	demo_copy_time(c, day, minute);
	demo_copy_time(c, day, minute);
	demo_copy_end_row(c);
	d->rows[TABLE_SERVICE]++;
}

/* How many records of a kind an enrollment gets: more for longer stays. */
int demo_how_many(const struct demo *d, struct demo_rng *r, const struct demo_enrollment *e,
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
		n = 1 + demo_how_many(d, &r, e, 45, 5);
		for (k = 0; k < n; k++)
			copy_service(d, c, &r, i, demo_spread_day(d, &r, e, k, n));
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
	int score, minute = demo_record_minute(d, r, e->client, i, day);
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
	demo_copy_text(c, restriction_names[demo_pick_restriction(r, 60, 20)]);
	demo_copy_int(c, d->user_id[demo_pick_author(d, r, e)]);
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
	int to = demo_any_org(r, outside ? outside : (ORG_BIT(DEMO_ORGS) - 1) & ~ORG_BIT(p->org));
	int32_t begin = demo_rng_range(r, p->intake, d->today - (ended ? 90 : 1));
	int minute = demo_record_minute(d, r, i, UINT32_MAX, begin);

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

/* The enrollments after the assessments, since they name the master
 * assessments: the rows refer to each other by the plan's ids, and the
 * triggers that would check the references are off. */
bool demo_load_records(struct demo *d)
{
	return load_services(d) && load_assessments(d) && demo_load_masters(d)
	    && load_enrollments(d) && demo_load_notes(d) && load_exceptions(d);
}
