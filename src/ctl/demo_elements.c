/* demo_elements.c: HUD's data elements (sql/072_data_elements.sql) taken
 * with each demo enrollment, as a case manager takes them: at project start
 * (stage 1, dated the entry) a prior living situation (heads and adults,
 * 3.917), income and benefits (heads and adults, 4.02) and disabilities
 * (everyone, 4.05-4.10); at project exit (stage 3, dated the exit) income
 * and disabilities again, the income often changed, so that the entry and
 * exit comparison has something to show.
 *
 * Only a bounded set of households, some 2,000 clients whatever the scale
 * (demo_assessments.c), have their sets taken with master assessments, an
 * 'entry' and an 'exit' one that the rows name (assessment_id) and their
 * enrollment names (entry_assessment_id, exit_assessment_id): one for every
 * set would add nearly two rows an enrollment to hearth.assessment, and an
 * entry in each element table's assessment index, to a load that must stay
 * fast (bench loads a million clients). The other rows name none, as a
 * form leaves it.
 *
 * The rows are written under session_replication_role = replica, so
 * 074's trigger does not set the income sources' yes/no: they are written
 * here as it would (a source with an amount is a Yes, the others No once
 * the question of any income is answered), and the total is the exact sum.
 *
 * Each table is one pass over the enrollments (one COPY at a time), and
 * the passes must agree: the prior living situation's disabling condition
 * follows the disabilities. So the draws come from streams seeded per
 * client or per enrollment rather than one stream per table: the same
 * client has the same conditions in every enrollment, and a pass can draw
 * them again without the others' draws.
 */
#include <string.h>

#include "demo.h"
#include "demo_copy.h"
#include "demo_elements.h"
#include "demo_records.h"

/* ---- who is asked what, and when ---- */

bool demo_exited(const struct demo_enrollment *e)
{
	return e->exit != DEMO_NO_DATE;
}

/* Heads and adults answer 3.917 and 4.02 (HUD's "collected for"); a
 * member without a birth date is taken for an adult unless a child. */
bool demo_adult(const struct demo *d, const struct demo_enrollment *e)
{
	const struct demo_person *p = &d->people[e->client];

	if (e->rel == 1)
		return true;
	if (p->birth == DEMO_NO_DATE)
		return e->rel != 2;
	return e->entry - p->birth >= ADULT_DAYS;
}

/* A stream of its own for client or enrollment `i`. */
void demo_seed_for(const struct demo *d, struct demo_rng *r, uint32_t i, int stream)
{
	demo_rng_seed(r, d->seed, ((uint64_t)(i + 1) << 8) | (uint64_t)stream);
}

/* The minutes the sets were written: just after the enrollment on its entry
 * day, in business hours on the exit day. */
int demo_entry_minute(const struct demo *d, uint32_t i)
{
	return demo_enrollment_minute(d, i) + 2;
}

int demo_exit_minute(uint32_t i)
{
	return 9 * 60 + (int)(i * 2654435761u % 480u);
}

/* The columns every element starts with, and those it ends with. */
void demo_element_head(struct demo *d, struct demo_copy *c, uint32_t i, bool at_exit)
{
	const struct demo_enrollment *e = &d->enrollments[i];
	uint32_t master = demo_master(d, i, at_exit);

	demo_copy_int(c, e->client + 1);
	demo_copy_int(c, d->org_id[demo_programs[e->program].org]);
	demo_copy_int(c, i + 1);
	if (master)
		demo_copy_int(c, master);
	else
		demo_copy_null(c);
	demo_copy_date(c, at_exit ? e->exit : e->entry);
	demo_copy_int(c, at_exit ? 3 : 1);
}

void demo_element_tail(struct demo *d, struct demo_copy *c, uint32_t i, bool at_exit)
{
	const struct demo_enrollment *e = &d->enrollments[i];
	int32_t day = at_exit ? e->exit : e->entry;
	int minute = at_exit ? demo_exit_minute(i) : demo_entry_minute(d, i);

	demo_copy_text(c, restriction_names[e->restriction]);
	demo_copy_int(c, d->user_id[e->user]);
	demo_copy_time(c, day, minute);
	demo_copy_time(c, day, minute);
	demo_copy_end_row(c);
}

void demo_copy_answer(struct demo_copy *c, unsigned v)
{
	if (v == NO_ANSWER)
		demo_copy_null(c);
	else
		demo_copy_int(c, v);
}

/* ---- disabilities (4.05 to 4.10) ---- */

enum { DISABILITY_TYPES = 6 };

struct disabilities {
	uint8_t answer[DISABILITY_TYPES];       /* physical ... substance use */
	uint8_t lasting[DISABILITY_TYPES];      /* indefinite and impairs */
};

/* The client's conditions, the same in each of the client's enrollments.
 * Per thousand adults (children far fewer), and of those how many are
 * expected to last and to impair independent living; HUD asks that of
 * neither developmental disabilities nor HIV/AIDS, disabling as they are. */
static void client_disabilities(const struct demo *d, uint32_t client, bool grown,
                                struct disabilities *s)
{
	static const unsigned adults[] = { 180, 40, 220, 15, 320, 220 };
	static const unsigned children[] = { 30, 60, 60, 2, 80, 0 };
	static const unsigned lasting[] = { 600, 0, 500, 0, 600, 500 };
	struct demo_rng r;
	int k;

	demo_seed_for(d, &r, client, STREAM_DISABILITIES);
	if (demo_rng_chance(&r, 15)) {  /* not collected: every answer 99 */
		memset(s->answer, 99, sizeof s->answer);
		memset(s->lasting, NO_ANSWER, sizeof s->lasting);
		return;
	}
	for (k = 0; k < DISABILITY_TYPES; k++) {
		bool yes = demo_rng_chance(&r, grown ? adults[k] : children[k]);
		s->answer[k] = yes;
		if (yes && k == 5)
			s->answer[k] = (uint8_t)demo_rng_range(&r, 1, 3);  /* alcohol, drugs, both */
		s->lasting[k] = !yes || k == 1 || k == 3 ? NO_ANSWER
		              : demo_rng_chance(&r, lasting[k]);
	}
}

/* HUD 3.08: a disabling condition is one that lasts and impairs, or a
 * developmental disability, or HIV/AIDS. */
static unsigned disabling(const struct disabilities *s)
{
	int k;

	if (s->answer[0] == 99)
		return 99;
	for (k = 0; k < DISABILITY_TYPES; k++)
		if (s->lasting[k] == 1 || ((k == 1 || k == 3) && s->answer[k] == 1))
			return 1;
	return 0;
}

static void copy_disabilities(struct demo *d, struct demo_copy *c, uint32_t i,
                              bool at_exit, const struct disabilities *s)
{
	int k;

	demo_element_head(d, c, i, at_exit);
	for (k = 0; k < DISABILITY_TYPES; k++) {
		demo_copy_answer(c, s->answer[k]);
		demo_copy_answer(c, s->lasting[k]);
	}
	demo_element_tail(d, c, i, at_exit);
	d->rows[TABLE_DISABILITIES]++;
}

static bool load_disabilities(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.disabilities (" ELEMENT_HEAD ", physical_disability,"
		" physical_disability_indefinite_and_impairs, developmental_disability,"
		" developmental_disability_indefinite_and_impairs, chronic_health_condition,"
		" chronic_health_condition_indefinite_and_impairs, hiv_aids,"
		" hiv_aids_indefinite_and_impairs, mental_health_disorder,"
		" mental_health_disorder_indefinite_and_impairs, substance_use_disorder,"
		" substance_use_disorder_indefinite_and_impairs, " ELEMENT_TAIL ") FROM STDIN");
	struct disabilities s;
	uint32_t i;

	for (i = 0; i < d->nenrollments; i++) {
		const struct demo_enrollment *e = &d->enrollments[i];
		client_disabilities(d, e->client, demo_adult(d, e), &s);
		copy_disabilities(d, c, i, false, &s);
		if (!demo_exited(e))
			continue;
		/* now and then the stay brought a mental health diagnosis to light */
		if (s.answer[4] == 0 && e->client % 11 == 3) {
			s.answer[4] = 1;
			s.lasting[4] = 0;
		}
		copy_disabilities(d, c, i, true, &s);
	}
	return demo_copy_finish(c);
}

/* ---- the prior living situation (3.917), at entry ---- */

/* Where people come from, by the kind of program: most of a shelter's come
 * from the street or another shelter, most of prevention's from a home of
 * their own they may lose. */
static unsigned living_situation(struct demo_rng *r, int project_type)
{
	static const short homeless[] = { 116, 116, 101, 101, 118, 336, 335, 302, 206, 207, 205 };
	static const short at_risk[] = { 410, 410, 435, 336, 335, 411, 314 };
	static const short housing[] = { 101, 116, 302, 101, 118, 204, 205, 207, 336, 314 };

	switch (project_type) {
	case PT_PREVENTION:
		return (unsigned)at_risk[demo_rng_below(r, sizeof at_risk / sizeof at_risk[0])];
	case PT_TH: case PT_PSH: case PT_PH_HOUSING: case PT_PH_SERVICES: case PT_RRH:
		return (unsigned)housing[demo_rng_below(r, sizeof housing / sizeof housing[0])];
	default:
		return (unsigned)homeless[demo_rng_below(r, sizeof homeless / sizeof homeless[0])];
	}
}

/* One row, its questions asked in HUD's order: the length of stay; from an
 * institution (2xx) under 90 days, or from housing (3xx, 4xx) under a week,
 * whether the night before was on the street or in a shelter; and for those
 * who were, since when and how often in three years. */
static void copy_prior_living(struct demo *d, struct demo_copy *c, struct demo_rng *r, uint32_t i)
{
	static const short stays[] = { 10, 11, 2, 3, 4, 5 };
	const struct demo_enrollment *e = &d->enrollments[i];
	unsigned place = living_situation(r, demo_programs[e->program].project_type);
	unsigned stay = (unsigned)stays[demo_rng_below(r, 6)], under = NO_ANSWER,
	         street = NO_ANSWER;
	struct disabilities s;
	bool homeless = place < 200;

	if (!homeless) {
		under = place < 300 ? stay == 10 || stay == 11 || stay == 2 || stay == 3
		                    : stay == 10 || stay == 11;
		street = under ? demo_rng_chance(r, 600) : NO_ANSWER;
	}
	demo_element_head(d, c, i, false);
	demo_copy_int(c, place);
	demo_copy_answer(c, place == 435 ? (demo_rng_chance(r, 500) ? 431u : 439u) : NO_ANSWER);
	demo_copy_int(c, stay);
	demo_copy_answer(c, under);
	demo_copy_answer(c, street);
	if (homeless || street == 1) {
		int32_t since = demo_rng_range(r, 0, 900);
		demo_copy_date(c, e->entry - since);
		demo_copy_int(c, since > 365 ? 4 : demo_rng_range(r, 1, 4));
		demo_copy_int(c, since >= 365 ? 113 : 101 + since / 31);
	} else {
		demo_copy_null(c);
		demo_copy_null(c);
		demo_copy_null(c);
	}
	client_disabilities(d, e->client, true, &s);
	demo_copy_int(c, disabling(&s));
	demo_element_tail(d, c, i, false);
	d->rows[TABLE_PRIOR_LIVING]++;
}

static bool load_prior_living(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.prior_living_situation (" ELEMENT_HEAD ", living_situation,"
		" rental_subsidy_type,"
		" length_of_stay, los_under_threshold, previous_street_essh, date_to_street_essh,"
		" times_homeless_past_three_years, months_homeless_past_three_years,"
		" disabling_condition, " ELEMENT_TAIL ") FROM STDIN");
	struct demo_rng r;
	uint32_t i;

	for (i = 0; i < d->nenrollments; i++) {
		if (!demo_adult(d, &d->enrollments[i]))
			continue;
		demo_seed_for(d, &r, i, STREAM_PRIOR_LIVING);
		copy_prior_living(d, c, &r, i);
	}
	return demo_copy_finish(c);
}

/* ---- income and benefits (4.02), at entry and exit ---- */

/* HUD's sources are in demo_elements.h (struct demo_income). */

/* A source for the person, by who they are: work for most, disability
 * benefits for some, TANF and child support in families, VA benefits for
 * the veterans' clients, retirement for the old. */
static int pick_source(const struct demo *d, struct demo_rng *r, const struct demo_enrollment *e)
{
	const struct demo_person *p = &d->people[e->client];
	bool family = p->family != 0, veteran = demo_programs[e->program].org == ORG_VETERANS;
	bool old = p->birth != DEMO_NO_DATE && e->entry - p->birth >= 62 * 365;
	unsigned w[SOURCES] = {
		[EARNED] = 360, [UNEMPLOYMENT] = 40, [SSI] = 120, [SSDI] = 100,
		[VA_SERVICE] = veteran ? 300 : 0, [VA_NON_SERVICE] = veteran ? 80 : 0,
		[PRIVATE_DISABILITY] = 8, [WORKERS_COMP] = 8, [TANF] = family ? 200 : 0, [GA] = 50,
		[RETIREMENT] = old ? 300 : 0, [PENSION] = old ? 60 : 5,
		[CHILD_SUPPORT] = family ? 120 : 0, [ALIMONY] = 4, [OTHER] = 40,
	};

	return (int)demo_rng_weighted(r, w, SOURCES);
}

/* A month of the source, in whole dollars. */
static int32_t amount(struct demo_rng *r, int source)
{
	static const short lo[SOURCES] = { 400, 300, 914, 800, 175, 300, 400, 500, 300, 200,
	                                   900, 200, 150, 200, 50 };
	static const short hi[SOURCES] = { 3200, 1200, 967, 1800, 3800, 1400, 1600, 1800, 700,
	                                   400, 1900, 1200, 600, 900, 400 };

	return demo_rng_range(r, lo[source], hi[source]);
}

static void add_source(const struct demo *d, struct demo_rng *r, const struct demo_enrollment *e,
                       struct demo_income *in)
{
	int s = pick_source(d, r, e);

	if (!in->dollars[s])
		in->dollars[s] = amount(r, s);
	in->any = 1;
}

/* At entry: a little over half have some income, one or two sources; a
 * few did not know or did not say. */
static void entry_income(const struct demo *d, struct demo_rng *r, const struct demo_enrollment *e,
                         struct demo_income *in)
{
	unsigned roll = demo_rng_below(r, 1000);

	memset(in, 0, sizeof *in);
	if (roll < 30) {
		in->any = roll < 10 ? 8 : roll < 20 ? 9 : 99;
		return;
	}
	if (roll < 450)
		return;                 /* no income: any = 0 */
	add_source(d, r, e, in);
	if (demo_rng_chance(r, 300))
		add_source(d, r, e, in);
}

/* At exit: some found work or got a raise, some had a benefit approved,
 * some lost a source, the rest left as they came. */
static void exit_income(struct demo_rng *r, struct demo_income *in)
{
	unsigned roll = demo_rng_below(r, 1000);
	int s;

	if (in->any > 1 && roll < 500) {
		in->any = 0;            /* asked again, and answered */
		roll = 400;
	}
	if (roll < 250) {
		in->dollars[EARNED] = in->dollars[EARNED]
			? in->dollars[EARNED] * demo_rng_range(r, 110, 140) / 100
			: amount(r, EARNED);
		in->any = 1;
	} else if (roll < 380) {
		s = demo_rng_chance(r, 500) ? SSI : SSDI;
		if (!in->dollars[SSI] && !in->dollars[SSDI])
			in->dollars[s] = amount(r, s);
		in->any = 1;
	} else if (roll < 470 && in->any == 1) {
		for (s = SOURCES - 1; s >= 0 && !in->dollars[s]; s--)
			;
		in->dollars[s] = 0;
		for (in->any = 0, s = 0; s < SOURCES; s++)
			in->any |= in->dollars[s] != 0;
	}
}

/* The row: each source's yes/no follows its amount, as 074's trigger keeps
 * it, and the total is the sum; when whether there is income was not
 * answered, neither are the sources nor the total. */
static void copy_income(struct demo *d, struct demo_copy *c, uint32_t i,
                        bool at_exit, const struct demo_income *in)
{
	bool answered = in->any <= 1;
	int64_t total = demo_income_total(in);
	int s;

	demo_element_head(d, c, i, at_exit);
	demo_copy_int(c, in->any);
	if (answered)
		demo_copy_cents(c, total * 100);
	else
		demo_copy_null(c);
	for (s = 0; s < SOURCES; s++) {
		if (answered)
			demo_copy_int(c, in->dollars[s] != 0);
		else
			demo_copy_null(c);
		if (in->dollars[s])
			demo_copy_cents(c, (int64_t)in->dollars[s] * 100);
		else
			demo_copy_null(c);
	}
	demo_copy_text(c, in->dollars[OTHER] ? "Help from family" : NULL);
	demo_element_tail(d, c, i, at_exit);
	d->rows[TABLE_INCOME]++;
}

static bool load_income(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.income_benefits (" ELEMENT_HEAD ", income_from_any_source,"
		" total_monthly_income,"
		" earned, earned_amount, unemployment, unemployment_amount, ssi, ssi_amount, ssdi,"
		" ssdi_amount, va_disability_service, va_disability_service_amount,"
		" va_disability_non_service, va_disability_non_service_amount, private_disability,"
		" private_disability_amount, workers_comp, workers_comp_amount, tanf, tanf_amount, ga,"
		" ga_amount, soc_sec_retirement, soc_sec_retirement_amount, pension, pension_amount,"
		" child_support, child_support_amount, alimony, alimony_amount, other_income_source,"
		" other_income_amount, other_income_source_identify, " ELEMENT_TAIL ") FROM STDIN");
	struct demo_rng r;
	struct demo_income in;
	uint32_t i;

	for (i = 0; i < d->nenrollments; i++) {
		const struct demo_enrollment *e = &d->enrollments[i];
		if (!demo_adult(d, e))
			continue;
		demo_seed_for(d, &r, i, STREAM_INCOME);
		entry_income(d, &r, e, &in);
		copy_income(d, c, i, false, &in);
		if (demo_exited(e)) {
			exit_income(&r, &in);
			copy_income(d, c, i, true, &in);
		}
	}
	return demo_copy_finish(c);
}

int32_t demo_income_total(const struct demo_income *in)
{
	int32_t total = 0;
	int s;

	for (s = 0; s < SOURCES; s++)
		total += in->dollars[s];
	return total;
}

/* The draws of load_income again, for the rows that follow from income. */
void demo_income_of(const struct demo *d, uint32_t i, struct demo_income *entry, struct demo_income *exit)
{
	const struct demo_enrollment *e = &d->enrollments[i];
	struct demo_rng r;

	demo_seed_for(d, &r, i, STREAM_INCOME);
	entry_income(d, &r, e, entry);
	*exit = *entry;
	if (demo_exited(e))
		exit_income(&r, exit);
}

bool demo_load_elements(struct demo *d)
{
	return load_prior_living(d) && load_income(d) && load_disabilities(d)
	    && demo_load_benefits(d) && demo_load_informational(d);
}
