/* demo_enrollments.c: the plan of the demo clients' enrollments, in memory.
 *
 * The plan gives each household one to four stays, one after another, the
 * first with the organization that took the intake and later ones with any
 * organization that sees the client (its intake's sharing level), plus now
 * and then a health or outreach enrollment alongside. A family's members are
 * enrolled together, under one household id. The rows are written by
 * demo_records.c.
 */
#include <stdlib.h>

#include "../util/xalloc.h"
#include "demo.h"
#include "demo_records.h"

#define MAX_STAYS 4


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

uint8_t demo_pick_restriction(struct demo_rng *r, unsigned organization, unsigned user)
{
	unsigned roll = demo_rng_below(r, 1000);

	return roll < user ? RESTRICT_USER : roll < user + organization ? RESTRICT_ORGANIZATION
	                                                                : RESTRICT_NONE;
}

/* Any organization among `orgs` (bits); -1 when there is none. */
int demo_any_org(struct demo_rng *r, unsigned orgs)
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
	int other = demo_any_org(r, orgs & ~ORG_BIT(org));

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
	e.restriction = demo_pick_restriction(r, 80, 40);
	e.head = d->nenrollments;       /* the first member, the head, opens the case */
	for (k = 0; k < size; k++) {
		e.client = first + k;
		e.rel = size > 1 ? d->people[first + k].rel : 1;
		add_enrollment(d, &e);
	}
}

/* Whether the household's stays from plan index `from` on already have one
 * in `program` that overlaps [entry, exit) (exit DEMO_NO_DATE: open): the
 * database never enrolls a client in one program twice at a time. */
static bool overlaps(const struct demo *d, uint32_t from, int program, int32_t entry, int32_t exit)
{
	uint32_t i;

	for (i = from; i < d->nenrollments; i++) {
		const struct demo_enrollment *e = &d->enrollments[i];
		if (e->program == program && (e->exit == DEMO_NO_DATE || e->exit > entry)
		    && (exit == DEMO_NO_DATE || exit > e->entry))
			return true;
	}
	return false;
}

static void plan_household(struct demo *d, struct demo_rng *r, uint32_t first, uint32_t size,
                           uint32_t *household)
{
	const struct demo_person *p = &d->people[first];
	unsigned orgs = demo_intake_orgs(p);
	int org = p->org, stay, program;
	int32_t entry = p->intake, exit;
	uint32_t from = d->nenrollments;

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
		org = demo_any_org(r, orgs & ~ORG_BIT(p->org));
		program = org < 0 ? -1 : pick_program(r, org, false, true);
		entry = p->intake + demo_rng_range(r, 0, 60);
		if (program >= 0 && entry < d->today) {
			exit = entry + stay_days(r, program);
			if (exit >= d->today)
				exit = DEMO_NO_DATE;
			if (!overlaps(d, from, program, entry, exit))
				add_stay(d, r, first, 1, program, entry, exit, ++*household);
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
