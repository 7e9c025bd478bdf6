/* demo_benefits.c: health insurance (4.04) and non-cash benefits (4.03)
 * taken with the demo enrollments of heads and adults, at project start
 * (stage 1, dated the entry) and at exit (stage 3, dated the exit), as
 * demo_elements.c writes income: the same columns around them.
 *
 * Only the enrollments with master assessments have them (the bounded set
 * of households of demo_assessments.c: everyone up to 2,000 clients, some
 * 2,000 clients beyond), each row naming its master. For every head and
 * adult, as income, they made the load of 100,000 clients some 13% slower
 * (two more tables of income's size), and the load must stay fast.
 *
 * What a person has follows who they are and their income at that time
 * (demo_income_of draws it again): Medicaid for most of those with little
 * income, Medicare past 65 or on SSDI, the VA's health care for some
 * veterans, an employer's plan for some with good wages; SNAP for most
 * with little income, WIC in families with a child under five, TANF's
 * services with TANF. At exit some had an application approved (Medicaid,
 * SNAP) and some gained an employer's plan with a job.
 *
 * HUD's rules for the answers: when the question of any source is answered
 * Yes, at least one source is Yes and the others No; when No, every source
 * is No; when not answered (8, 9, 99), no source is. A source's reason why
 * not (health insurance only) is given only beside its No, and here only
 * for Medicaid and the VA, where a case manager asks it.
 *
 * Draws come from streams seeded per enrollment (see demo_elements.c), so
 * that another file (the informational health assessment) can draw the
 * same answers again.
 */
#include <string.h>

#include "demo.h"
#include "demo_copy.h"
#include "demo_elements.h"

#define POOR_DOLLARS 1800               /* a month: about Medicaid's limit */

/* ---- who the person is ---- */

static bool old_at(const struct demo *d, const struct demo_enrollment *e, int32_t day)
{
	int32_t birth = d->people[e->client].birth;

	return birth != DEMO_NO_DATE && day - birth >= 65 * 365;
}

static bool veteran(const struct demo *d, const struct demo_enrollment *e)
{
	return d->people[e->client].veteran == 1;
}

/* Whether the household has a child under five at entry: its members are
 * enrolled one after another from its head's enrollment. */
static bool young_child(const struct demo *d, const struct demo_enrollment *e)
{
	uint32_t k;

	for (k = e->head; k < d->nenrollments && d->enrollments[k].household == e->household; k++) {
		int32_t birth = d->people[d->enrollments[k].client].birth;
		if (d->enrollments[k].rel == 2 && birth != DEMO_NO_DATE && e->entry - birth < 5 * 365)
			return true;
	}
	return false;
}

/* ---- health insurance (4.04) ---- */

/* In the table's column order. */
enum { MEDICAID, MEDICARE, SCHIP, VHA, EMPLOYER, COBRA, PRIVATE, STATE, IHS, INSURANCES };

struct insurance {
	unsigned any;                   /* insurance_from_any_source */
	uint8_t has[INSURANCES];
	uint8_t why_not[INSURANCES];    /* a reason beside a No, or NO_ANSWER */
	bool other;                     /* other_insurance */
};

/* Whether the person has any insurance now; no reason beside a Yes. */
static void settle_insurance(struct insurance *h)
{
	int k;

	h->any = h->other;
	for (k = 0; k < INSURANCES; k++) {
		h->any |= h->has[k];
		if (h->has[k])
			h->why_not[k] = NO_ANSWER;
	}
}

static void entry_insurance(const struct demo *d, struct demo_rng *r,
                            const struct demo_enrollment *e, const struct demo_income *in,
                            struct insurance *h)
{
	int32_t total = demo_income_total(in);
	unsigned roll = demo_rng_below(r, 1000);

	memset(h, 0, sizeof *h);
	memset(h->why_not, NO_ANSWER, sizeof h->why_not);
	if (roll < 25) {
		h->any = roll < 8 ? 8 : roll < 16 ? 9 : 99;
		return;
	}
	h->has[MEDICAID] = demo_rng_chance(r, total < POOR_DOLLARS ? 680 : 90);
	h->has[MEDICARE] = demo_rng_chance(r, old_at(d, e, e->entry) ? 920
	                                    : in->dollars[SSDI] ? 600 : 0);
	h->has[VHA] = veteran(d, e) && demo_rng_chance(r, 550);
	h->has[EMPLOYER] = in->dollars[EARNED] >= 2000 && demo_rng_chance(r, 350);
	h->has[COBRA] = demo_rng_chance(r, 4);
	h->has[PRIVATE] = demo_rng_chance(r, 12);
	h->has[STATE] = !h->has[MEDICAID] && demo_rng_chance(r, 25);
	h->has[IHS] = demo_rng_chance(r, 6);
	h->other = demo_rng_chance(r, 10);
	settle_insurance(h);
	if (!h->any) {
		roll = demo_rng_below(r, 1000);
		h->why_not[MEDICAID] = roll < 300 ? 1 : roll < 380 && total >= POOR_DOLLARS ? 2
		                     : roll < 750 ? 3 : roll < 780 ? 8 : NO_ANSWER;
	}
	if (veteran(d, e) && !h->has[VHA] && h->any <= 1)
		h->why_not[VHA] = demo_rng_chance(r, 500) ? 3 : 1;
}

/* At exit: a pending Medicaid application mostly approved, some others
 * helped to apply, a plan with a new job; an unanswered question asked. */
static void exit_insurance(const struct demo *d, struct demo_rng *r,
                           const struct demo_enrollment *e, const struct demo_income *in,
                           struct insurance *h)
{
	if (h->any > 1 && demo_rng_chance(r, 500))
		entry_insurance(d, r, e, in, h);
	if (h->any > 1)
		return;
	if (!h->has[MEDICAID] && demo_rng_chance(r, h->why_not[MEDICAID] == 1 ? 800 : 250)
	    && demo_income_total(in) < POOR_DOLLARS)
		h->has[MEDICAID] = 1;
	if (!h->has[EMPLOYER] && in->dollars[EARNED] >= 2000 && demo_rng_chance(r, 250))
		h->has[EMPLOYER] = 1;
	if (h->why_not[MEDICAID] == 1 && !h->has[MEDICAID])
		h->why_not[MEDICAID] = 2;       /* the decision came: not eligible */
	settle_insurance(h);
}

static void draw_insurance(const struct demo *d, uint32_t i, struct insurance *entry,
                           struct insurance *exit)
{
	const struct demo_enrollment *e = &d->enrollments[i];
	struct demo_income in, out;
	struct demo_rng r;

	demo_income_of(d, i, &in, &out);
	demo_seed_for(d, &r, i, STREAM_HEALTH_INSURANCE);
	entry_insurance(d, &r, e, &in, entry);
	*exit = *entry;
	if (demo_exited(e))
		exit_insurance(d, &r, e, &out, exit);
}

bool demo_medicaid_at_entry(const struct demo *d, uint32_t i)
{
	struct insurance entry, exit;

	draw_insurance(d, i, &entry, &exit);
	return entry.has[MEDICAID];
}

static void copy_insurance(struct demo *d, struct demo_copy *c, uint32_t i, bool at_exit,
                           const struct insurance *h)
{
	bool answered = h->any <= 1;
	int k;

	demo_element_head(d, c, i, at_exit);
	demo_copy_int(c, h->any);
	for (k = 0; k < INSURANCES; k++) {
		demo_copy_answer(c, answered ? h->has[k] : NO_ANSWER);
		demo_copy_answer(c, h->why_not[k]);
	}
	demo_copy_answer(c, answered ? h->other : NO_ANSWER);
	demo_copy_text(c, h->other ? "Marketplace plan" : NULL);
	demo_element_tail(d, c, i, at_exit);
	d->rows[TABLE_HEALTH_INSURANCE]++;
}

static bool load_insurance(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.health_insurance (" ELEMENT_HEAD ", insurance_from_any_source,"
		" medicaid, no_medicaid_reason, medicare, no_medicare_reason, schip, no_schip_reason,"
		" vha_services, no_vha_reason, employer_provided, no_employer_provided_reason, cobra,"
		" no_cobra_reason, private_pay, no_private_pay_reason, state_health_ins,"
		" no_state_health_ins_reason, indian_health_services,"
		" no_indian_health_services_reason, other_insurance, other_insurance_identify, "
		ELEMENT_TAIL ") FROM STDIN");
	struct insurance entry, exit;
	uint32_t i;

	for (i = 0; i < d->nenrollments; i++) {
		if (!demo_assessed(d, i) || !demo_adult(d, &d->enrollments[i]))
			continue;
		draw_insurance(d, i, &entry, &exit);
		copy_insurance(d, c, i, false, &entry);
		if (demo_exited(&d->enrollments[i]))
			copy_insurance(d, c, i, true, &exit);
	}
	return demo_copy_finish(c);
}

/* ---- non-cash benefits (4.03) ---- */

/* In the table's column order. */
enum { SNAP, WIC, TANF_CHILD_CARE, TANF_TRANSPORTATION, OTHER_TANF, OTHER_BENEFIT, BENEFITS };

struct benefits {
	unsigned any;                   /* benefits_from_any_source */
	uint8_t has[BENEFITS];
};

static void settle_benefits(struct benefits *b)
{
	int k;

	for (b->any = 0, k = 0; k < BENEFITS; k++)
		b->any |= b->has[k];
}

static void entry_benefits(const struct demo *d, struct demo_rng *r,
                           const struct demo_enrollment *e, const struct demo_income *in,
                           struct benefits *b)
{
	bool poor = demo_income_total(in) < POOR_DOLLARS, tanf = in->dollars[TANF] != 0;
	unsigned roll = demo_rng_below(r, 1000);

	memset(b, 0, sizeof *b);
	if (roll < 25) {
		b->any = roll < 8 ? 8 : roll < 16 ? 9 : 99;
		return;
	}
	b->has[SNAP] = demo_rng_chance(r, poor ? 620 : 80);
	b->has[WIC] = young_child(d, e) && demo_rng_chance(r, 550);
	b->has[TANF_CHILD_CARE] = tanf && demo_rng_chance(r, 250);
	b->has[TANF_TRANSPORTATION] = tanf && demo_rng_chance(r, 200);
	b->has[OTHER_TANF] = tanf && demo_rng_chance(r, 300);
	b->has[OTHER_BENEFIT] = demo_rng_chance(r, 40);
	settle_benefits(b);
}

/* At exit: SNAP approved for some, lost by some with good wages now. */
static void exit_benefits(const struct demo *d, struct demo_rng *r,
                          const struct demo_enrollment *e, const struct demo_income *in,
                          struct benefits *b)
{
	if (b->any > 1 && demo_rng_chance(r, 500))
		entry_benefits(d, r, e, in, b);
	if (b->any > 1)
		return;
	if (!b->has[SNAP] && demo_income_total(in) < POOR_DOLLARS && demo_rng_chance(r, 300))
		b->has[SNAP] = 1;
	else if (b->has[SNAP] && in->dollars[EARNED] >= 2400 && demo_rng_chance(r, 300))
		b->has[SNAP] = 0;
	settle_benefits(b);
}

static void copy_benefits(struct demo *d, struct demo_copy *c, uint32_t i, bool at_exit,
                          const struct benefits *b)
{
	bool answered = b->any <= 1;
	int k;

	demo_element_head(d, c, i, at_exit);
	demo_copy_int(c, b->any);
	for (k = 0; k < BENEFITS; k++)
		demo_copy_answer(c, answered ? b->has[k] : NO_ANSWER);
	demo_copy_text(c, b->has[OTHER_BENEFIT] ? "Energy assistance (LIHEAP)" : NULL);
	demo_element_tail(d, c, i, at_exit);
	d->rows[TABLE_NON_CASH]++;
}

static bool load_non_cash(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.non_cash_benefits (" ELEMENT_HEAD ", benefits_from_any_source, snap,"
		" wic, tanf_child_care, tanf_transportation, other_tanf, other_benefits_source,"
		" other_benefits_source_identify, " ELEMENT_TAIL ") FROM STDIN");
	struct demo_income in, out;
	struct benefits b;
	struct demo_rng r;
	uint32_t i;

	for (i = 0; i < d->nenrollments; i++) {
		const struct demo_enrollment *e = &d->enrollments[i];
		if (!demo_assessed(d, i) || !demo_adult(d, e))
			continue;
		demo_income_of(d, i, &in, &out);
		demo_seed_for(d, &r, i, STREAM_NON_CASH);
		entry_benefits(d, &r, e, &in, &b);
		copy_benefits(d, c, i, false, &b);
		if (demo_exited(e)) {
			exit_benefits(d, &r, e, &out, &b);
			copy_benefits(d, c, i, true, &b);
		}
	}
	return demo_copy_finish(c);
}

bool demo_load_benefits(struct demo *d)
{
	return load_insurance(d) && load_non_cash(d);
}
