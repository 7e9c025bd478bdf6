/* demo_informational.c: the informational assessments (sql/075) and the
 * employer directory their work histories name.
 *
 * Only the heads and adults of the households that have master assessments
 * (demo_assessments.c: some 2,000 clients whatever the scale) have them,
 * taken at project start with the entry assessment (stage 1, dated the
 * entry, naming it): veteran information for every veteran; employment,
 * education, health, a financial picture and a work history for some. They
 * agree with the rest: a client with earned income at entry (as the income
 * rows say) is employed, at the employer and hours of the current job in
 * the work history; one with Medicaid says so in the health notes.
 *
 * Which of them a person has is drawn from a stream of the enrollment's
 * own; each table's values from a stream of that and the table, so that
 * the passes (one COPY a table) agree without each other's draws.
 */
#include <stdio.h>
#include <string.h>

#include "../util/date.h"
#include "demo.h"
#include "demo_copy.h"
#include "demo_elements.h"

/* The kinds, as bits of what a person has. */
enum { VETERAN, EDUCATION, EMPLOYMENT, HEALTH, FINANCIAL, WORK_HISTORY, JOB, KINDS };

struct employer {
	const char *name, *city, *title;
	int org;                        /* the organization that added it */
};

static const struct employer employers[] = {
	{ "Rose City Warehouse", "Portland", "Warehouse associate", ORG_HARBOR },
	{ "Columbia River Logistics", "Portland", "Forklift operator", ORG_NORTHSIDE },
	{ "Willamette Valley Foods", "Salem", "Line cook", ORG_HOPE },
	{ "Cascade Janitorial Services", "Gresham", "Custodian", ORG_HARBOR },
	{ "Pearl District Diner", "Portland", "Dishwasher", ORG_HOPE },
	{ "Eastside Auto Repair", "Portland", "Mechanic's helper", ORG_VETERANS },
	{ "Northwest Home Care", "Beaverton", "Home care aide", ORG_RIVERSIDE },
	{ "Bridgetown Construction", "Portland", "Laborer", ORG_VETERANS },
	{ "Riverfront Hotel", "Portland", "Housekeeper", ORG_NORTHSIDE },
	{ "Hawthorne Grocery", "Portland", "Cashier", ORG_NORTHSIDE },
	{ "Mt. Tabor Landscaping", "Portland", "Groundskeeper", ORG_HARBOR },
	{ "Sellwood Child Care Center", "Portland", "Child care aide", ORG_NORTHSIDE },
	{ "Gateway Temporary Staffing", "Portland", "Day laborer", ORG_HOPE },
	{ "St. Johns Bakery", "Portland", "Baker's assistant", ORG_HOPE },
	{ "Hillsboro Distribution Center", "Hillsboro", "Order picker", ORG_RIVERSIDE },
	{ "Lloyd Center Security", "Portland", "Security guard", ORG_VETERANS },
};
enum { EMPLOYERS = sizeof employers / sizeof employers[0] };

/* ---- what a person has ---- */

static bool taken(const struct demo *d, uint32_t i)
{
	return demo_assessed(d, i) && demo_adult(d, &d->enrollments[i]);
}

static void seed_kind(const struct demo *d, struct demo_rng *r, uint32_t i, int kind)
{
	demo_rng_seed(r, d->seed, ((uint64_t)(i + 1) << 8 | STREAM_INFORMATIONAL)
	                          ^ ((uint64_t)(kind + 1) << 48));
}

/* The kinds enrollment i's adult has (bits). */
static unsigned kinds_of(const struct demo *d, uint32_t i)
{
	static const unsigned permille[KINDS] = { 0, 550, 800, 550, 450, 500, 0 };
	struct demo_income in, out;
	struct demo_rng r;
	unsigned kinds = 0;
	int k;

	demo_seed_for(d, &r, i, STREAM_INFORMATIONAL);
	for (k = 0; k < KINDS; k++)
		if (demo_rng_chance(&r, permille[k]))
			kinds |= 1u << k;
	if (d->people[d->enrollments[i].client].veteran == 1)
		kinds |= 1u << VETERAN;
	demo_income_of(d, i, &in, &out);
	if (in.dollars[EARNED])
		kinds |= 1u << JOB;
	return kinds;
}

/* The job held at entry, when there is earned income: the employer, the
 * hours and an hourly wage that come near the earnings. */
struct job {
	int employer, hours;
	int32_t wage_cents, start;
	unsigned type;                  /* hud_employment_type */
};

static void current_job(const struct demo *d, uint32_t i, struct job *j)
{
	const struct demo_enrollment *e = &d->enrollments[i];
	struct demo_income in, out;
	struct demo_rng r;
	int32_t earned, wage;

	demo_income_of(d, i, &in, &out);
	earned = in.dollars[EARNED];
	seed_kind(d, &r, i, JOB);
	j->employer = (int)demo_rng_below(&r, EMPLOYERS);
	j->type = earned >= 2400 ? 1 : earned >= 1000 ? 2 : 3;
	j->hours = j->type == 1 ? 40 : j->type == 2 ? demo_rng_range(&r, 20, 32)
	                                            : demo_rng_range(&r, 10, 24);
	wage = (int32_t)((int64_t)earned * 100 * 12 / (52 * j->hours));
	j->wage_cents = wage < 1450 ? 1450 : wage;
	j->start = e->entry - demo_rng_range(&r, 20, 1200);
}

/* ---- the rows ---- */

static void copy_cents_or_null(struct demo_copy *c, int64_t cents, bool given)
{
	if (given)
		demo_copy_cents(c, cents);
	else
		demo_copy_null(c);
}

/* HUD V1: service years from the age at enlisting, each theater of the
 * years served now and then, the branch and the discharge. */
static void copy_veteran(struct demo *d, struct demo_copy *c, struct demo_rng *r, uint32_t i)
{
	static const int wars[][2] = {
		{ 1941, 1945 }, { 1950, 1953 }, { 1955, 1975 }, { 1990, 1991 },
		{ 2001, 2014 }, { 2003, 2010 }, { 2010, 2011 },
	};
	static const unsigned branches[] = { 450, 150, 200, 150, 0, 30, 10 };
	static const unsigned discharges[] = { 0, 760, 120, 0, 20, 10, 60, 20 };
	const struct demo_enrollment *e = &d->enrollments[i];
	int32_t birth = d->people[e->client].birth;
	int now = date_from_days(e->entry).year, in, out, k;
	unsigned branch;

	in = birth == DEMO_NO_DATE ? now - demo_rng_range(r, 8, 40)
	   : date_from_days(birth).year + demo_rng_range(r, 18, 24);
	out = in + demo_rng_range(r, 2, demo_rng_chance(r, 200) ? 22 : 8);
	if (out > now)
		out = now;
	if (in > out)
		in = out;
	demo_element_head(d, c, i, false);
	demo_copy_int(c, in);
	demo_copy_int(c, out);
	for (k = 0; k < 7; k++)
		demo_copy_int(c, in <= wars[k][1] && out >= wars[k][0] && demo_rng_chance(r, 600));
	demo_copy_int(c, demo_rng_chance(r, 60));
	branch = demo_rng_weighted(r, branches, 7);
	demo_copy_int(c, branch == 6 && out < 2020 ? 2 : (int)branch + 1);
	demo_copy_int(c, demo_rng_chance(r, 20) ? 8 : (int)demo_rng_weighted(r, discharges, 8));
	demo_element_tail(d, c, i, false);
	d->rows[TABLE_VETERAN]++;
}

static void copy_education(struct demo *d, struct demo_copy *c, struct demo_rng *r, uint32_t i)
{
	static const short grades[] = { 1, 2, 3, 4, 5, 7, 10, 11, 12, 13, 14, 99 };
	static const unsigned weights[] = { 10, 10, 30, 180, 300, 150, 170, 50, 40, 10, 40, 10 };
	static const char *const schools[][2] = {
		{ "Portland Community College", "Medical assistant certificate" },
		{ "Mt. Hood Community College", "GED preparation" },
		{ "Portland State University", "Social work" },
		{ "Northwest Trades Pre-Apprenticeship", "Construction trades" },
	};
	unsigned grade = (unsigned)grades[demo_rng_weighted(r, weights, 12)];
	bool enrolled = grade != 99 && demo_rng_chance(r, 120);
	int s = grade < 5 ? 1 : (int)demo_rng_below(r, 4);

	demo_element_head(d, c, i, false);
	demo_copy_int(c, grade);
	demo_copy_int(c, grade == 99 ? 99 : enrolled);
	demo_copy_text(c, enrolled ? schools[s][0] : NULL);
	demo_copy_text(c, enrolled ? schools[s][1] : NULL);
	demo_copy_text(c, !enrolled && grade < 5 && demo_rng_chance(r, 400)
	               ? "Interested in a GED class; gave the schedule." : NULL);
	demo_element_tail(d, c, i, false);
	d->rows[TABLE_EDUCATION]++;
}

static void copy_employment(struct demo *d, struct demo_copy *c, struct demo_rng *r,
                            uint32_t i, unsigned kinds)
{
	struct demo_income in, out;
	struct job j = { 0 };
	bool employed = kinds & (1u << JOB);

	demo_income_of(d, i, &in, &out);
	demo_element_head(d, c, i, false);
	if (in.any > 1) {               /* income not answered: nor this */
		demo_copy_int(c, in.any);
		demo_copy_null(c);
		demo_copy_null(c);
		demo_copy_null(c);
		demo_copy_null(c);
		demo_copy_null(c);
	} else {
		if (employed)
			current_job(d, i, &j);
		demo_copy_int(c, employed);
		demo_copy_text(c, employed ? employers[j.employer].name : NULL);
		demo_copy_answer(c, employed ? j.type : NO_ANSWER);
		demo_copy_answer(c, employed ? (unsigned)j.hours : NO_ANSWER);
		demo_copy_int(c, demo_rng_chance(r, !employed ? 650 : j.type == 1 ? 50 : 450));
		demo_copy_text(c, !employed && demo_rng_chance(r, 300)
		               ? "Referred to WorkSource for job search help." : NULL);
	}
	demo_element_tail(d, c, i, false);
	d->rows[TABLE_EMPLOYMENT]++;
}

static void copy_health(struct demo *d, struct demo_copy *c, struct demo_rng *r, uint32_t i)
{
	static const unsigned status[] = { 60, 150, 330, 300, 140 };
	static const char *const clinics[] = {
		"Riverside Health Clinic", "Outside In", "VA Portland Health Care System",
		"Multnomah County Health Center",
	};
	bool medicaid = demo_medicaid_at_entry(d, i), care = demo_rng_chance(r, medicaid ? 600 : 250);

	demo_element_head(d, c, i, false);
	demo_copy_int(c, demo_rng_chance(r, 20) ? 99 : (int)demo_rng_weighted(r, status, 5) + 1);
	demo_copy_int(c, care);
	demo_copy_text(c, care ? clinics[demo_rng_below(r, 4)] : NULL);
	demo_copy_text(c, medicaid ? "Oregon Health Plan (Medicaid)." : NULL);
	demo_element_tail(d, c, i, false);
	d->rows[TABLE_HEALTH]++;
}

static void copy_financial(struct demo *d, struct demo_copy *c, struct demo_rng *r, uint32_t i)
{
	static const unsigned accounts[] = { 450, 250, 30, 120, 150 };
	bool debt = demo_rng_chance(r, 550), budget = demo_rng_chance(r, 300);

	demo_element_head(d, c, i, false);
	demo_copy_cents(c, (int64_t)demo_rng_range(r, 20, 150) * 1000);
	copy_cents_or_null(c, (int64_t)demo_rng_range(r, 3, 300) * 5000, debt);
	demo_copy_int(c, demo_rng_weighted(r, accounts, 5));
	demo_copy_int(c, budget);
	demo_copy_text(c, debt && !budget && demo_rng_chance(r, 400)
	               ? "Medical and phone bills in collections; budget class next month." : NULL);
	demo_element_tail(d, c, i, false);
	d->rows[TABLE_FINANCIAL]++;
}

/* One job: the pay as the form computes it (hearth-forms formula), in
 * whole cents. `end` DEMO_NO_DATE while it goes on. */
static void copy_job(struct demo *d, struct demo_copy *c, struct demo_rng *r, uint32_t i,
                     const struct job *j, int32_t end)
{
	int64_t week = (int64_t)j->wage_cents * j->hours;

	demo_element_head(d, c, i, false);
	demo_copy_int(c, j->employer + 1);
	demo_copy_text(c, employers[j->employer].title);
	demo_copy_date(c, j->start);
	if (end == DEMO_NO_DATE)
		demo_copy_null(c);
	else
		demo_copy_date(c, end);
	demo_copy_cents(c, j->wage_cents);
	demo_copy_int(c, j->hours);
	demo_copy_cents(c, (week * 52 + 6) / 12);
	demo_copy_cents(c, week * 52);
	if (end == DEMO_NO_DATE) {
		demo_copy_null(c);
		demo_copy_null(c);
		demo_copy_null(c);
	} else {
		demo_copy_date(c, end);
		demo_copy_int(c, demo_rng_range(r, 1, 7));
		demo_copy_int(c, demo_rng_chance(r, 700));
	}
	demo_element_tail(d, c, i, false);
	d->rows[TABLE_WORK_HISTORY]++;
}

/* The jobs before, one after another back from the entry or the current
 * job's start, then the current one when there is one. */
static void copy_work_history(struct demo *d, struct demo_copy *c, struct demo_rng *r,
                              uint32_t i, unsigned kinds)
{
	bool working = kinds & (1u << JOB);
	struct job now = { 0 }, j;
	int32_t end;
	int n = demo_rng_range(r, working ? 0 : 1, 2), k;

	if (working)
		current_job(d, i, &now);
	end = (working ? now.start : d->enrollments[i].entry) - demo_rng_range(r, 14, 400);
	for (k = 0; k < n; k++) {
		j.employer = (int)demo_rng_below(r, EMPLOYERS);
		j.type = 1;
		j.hours = demo_rng_chance(r, 600) ? 40 : demo_rng_range(r, 16, 32);
		j.wage_cents = demo_rng_range(r, 1350, 2400);
		j.start = end - demo_rng_range(r, 60, 1500);
		copy_job(d, c, r, i, &j, end);
		end = j.start - demo_rng_range(r, 14, 300);
	}
	if (working)
		copy_job(d, c, r, i, &now, DEMO_NO_DATE);
}

/* ---- the tables ---- */

struct table {
	int kind;
	const char *copy;
};

static const struct table tables[] = {
	{ VETERAN, "COPY hearth.veteran_info (" ELEMENT_HEAD ", year_entered_service,"
	  " year_separated, world_war_ii, korean_war, vietnam_war, desert_storm,"
	  " afghanistan_oef, iraq_oif, iraq_ond, other_theater, military_branch,"
	  " discharge_status, " ELEMENT_TAIL ") FROM STDIN" },
	{ EDUCATION, "COPY hearth.education (" ELEMENT_HEAD ", highest_grade_completed,"
	  " currently_enrolled, school_name, program_of_study, education_notes, "
	  ELEMENT_TAIL ") FROM STDIN" },
	{ EMPLOYMENT, "COPY hearth.employment (" ELEMENT_HEAD ", employed, employer_name,"
	  " employment_type, hours_per_week, looking_for_work, employment_notes, "
	  ELEMENT_TAIL ") FROM STDIN" },
	{ HEALTH, "COPY hearth.health (" ELEMENT_HEAD ", general_health_status,"
	  " has_primary_care, primary_care_provider, insurance_notes, " ELEMENT_TAIL ")"
	  " FROM STDIN" },
	{ FINANCIAL, "COPY hearth.financial (" ELEMENT_HEAD ", monthly_expenses, total_debt,"
	  " bank_account, has_budget, budget_notes, " ELEMENT_TAIL ") FROM STDIN" },
	{ WORK_HISTORY, "COPY hearth.work_history (" ELEMENT_HEAD ", employer_id, job_title,"
	  " start_date, end_date, hourly_wage, weekly_hours, monthly_pay, annual_pay,"
	  " termination_date, termination_reason, eligible_for_rehire, " ELEMENT_TAIL ")"
	  " FROM STDIN" },
};

static void copy_kind(struct demo *d, struct demo_copy *c, uint32_t i, int kind, unsigned kinds)
{
	struct demo_rng r;

	seed_kind(d, &r, i, kind);
	switch (kind) {
	case VETERAN: copy_veteran(d, c, &r, i); break;
	case EDUCATION: copy_education(d, c, &r, i); break;
	case EMPLOYMENT: copy_employment(d, c, &r, i, kinds); break;
	case HEALTH: copy_health(d, c, &r, i); break;
	case FINANCIAL: copy_financial(d, c, &r, i); break;
	default: copy_work_history(d, c, &r, i, kinds);
	}
}

/* The directory, added three and more years ago by a user of each
 * employer's organization. */
static bool load_employers(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.employer (org_id, name, city, created_by, created_at, updated_at)"
		" FROM STDIN");
	int k;

	for (k = 0; k < EMPLOYERS; k++) {
		const struct employer *m = &employers[k];
		int32_t day = d->today - 1200 + 3 * k;
		demo_copy_int(c, d->org_id[m->org]);
		demo_copy_text(c, m->name);
		demo_copy_text(c, m->city);
		demo_copy_int(c, d->user_id[d->org_users[m->org][0]]);
		demo_copy_time(c, day, 600 + 7 * k);
		demo_copy_time(c, day, 600 + 7 * k);
		demo_copy_end_row(c);
		d->rows[TABLE_EMPLOYER]++;
	}
	return demo_copy_finish(c);
}

bool demo_load_informational(struct demo *d)
{
	size_t t;
	uint32_t i;

	if (!load_employers(d))
		return false;
	for (t = 0; t < sizeof tables / sizeof tables[0]; t++) {
		struct demo_copy *c = demo_copy_start(d->db, tables[t].copy);
		for (i = 0; i < d->nenrollments; i++) {
			unsigned kinds;
			if (!taken(d, i))
				continue;
			kinds = kinds_of(d, i);
			if (kinds & (1u << tables[t].kind))
				copy_kind(d, c, i, tables[t].kind, kinds);
		}
		if (!demo_copy_finish(c))
			return false;
	}
	return true;
}
