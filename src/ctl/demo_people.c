/* demo_people.c: the demo clients and their households.
 *
 * The plan walks the clients in id order, one household at a time: a single
 * person (now and then a minor on their own) or a family — a head, perhaps a
 * partner, children — taken in together by one organization, which also
 * chooses the household's sharing level. Intake times rise with the id over
 * the last three years. The near-duplicate pairs of demo_names.h are placed
 * apart, the second taken in by another organization. Then the clients
 * (demo_clients.c), families and family members go to the database by COPY.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/date.h"
#include "../util/xalloc.h"
#include "demo.h"
#include "demo_copy.h"

#define SPAN_DAYS 1095          /* the intakes cover the last three years */
#define DAY_MINUTES 600         /* of business hours, from 8:00 */

struct band {
	int lo, hi;
	unsigned weight;
};

static const struct band single_ages[] = {
	{ 14, 17, 2 }, { 18, 24, 12 }, { 25, 34, 22 }, { 35, 44, 22 }, { 45, 54, 20 },
	{ 55, 64, 16 }, { 65, 82, 6 },
};
static const struct band veteran_ages[] = {
	{ 14, 17, 0 }, { 18, 24, 2 }, { 25, 34, 10 }, { 35, 44, 18 }, { 45, 54, 25 },
	{ 55, 64, 28 }, { 65, 82, 17 },
};
enum { AGE_BANDS = sizeof single_ages / sizeof single_ages[0] };

/* Children per family (with a partner, a couple may have none). */
static const unsigned children_weights[] = { 8, 35, 33, 16, 8 };

/* A birthday of someone `age` years old on day `at`. */
static int32_t birth_for_age(struct demo_rng *r, int32_t at, int age)
{
	struct hdate d = date_from_days(at);

	d.year -= age;
	if (d.month == 2 && d.day == 29)
		d.day = 28;
	return (int32_t)date_to_days(d) - (int32_t)demo_rng_below(r, 365);
}

/* ---- the plan ---- */

/* The intake's day and minute of client i, rising with i. */
static void place_intake(const struct demo *d, struct demo_rng *r, uint32_t i,
                         struct demo_person *p)
{
	uint64_t all = (uint64_t)SPAN_DAYS * DAY_MINUTES, step = all / d->clients;
	uint64_t pos = (uint64_t)i * all / d->clients;

	if (step > 1)
		pos += demo_rng_below(r, (uint32_t)step);

	p->intake = d->today - SPAN_DAYS + (int32_t)(pos / DAY_MINUTES);
	p->minute = (uint16_t)(8 * 60 + pos % DAY_MINUTES);
}

static uint8_t pick_sex(struct demo_rng *r, unsigned male_permille)
{
	static const uint8_t other[] = { 8, 9, 99 };
	unsigned roll = demo_rng_below(r, 1000);

	if (roll < male_permille)
		return 1;
	if (roll < 990)
		return 0;
	return other[demo_rng_below(r, 3)];
}

/* Given and middle names for the person's sex and culture. */
static void pick_given_names(struct demo_rng *r, struct demo_person *p)
{
	static const unsigned middle_permille[CULTURES] = {
		[CULTURE_US] = 400, [CULTURE_HISPANIC] = 300, [CULTURE_VIETNAMESE] = 900,
		[CULTURE_CHINESE] = 0, [CULTURE_AFRICAN] = 150, [CULTURE_ARAB] = 200,
		[CULTURE_EUROPEAN] = 250,
	};
	int middle_list;

	if (p->sex == 0 || p->sex == 1)
		p->first_list = p->sex == 0 ? NAMES_FEMALE : NAMES_MALE;
	else
		p->first_list = demo_rng_chance(r, 500) ? NAMES_FEMALE : NAMES_MALE;
	middle_list = p->first_list == NAMES_FEMALE ? NAMES_MIDDLE_FEMALE : NAMES_MIDDLE_MALE;
	p->first = (uint16_t)demo_rng_below(r, demo_names_count(p->culture, p->first_list));
	p->middle = DEMO_NONE;
	if (demo_rng_chance(r, middle_permille[p->culture]))
		p->middle = (uint16_t)demo_rng_below(r, demo_names_count(p->culture, middle_list));
	/* Not the same name twice ("Minh Minh"). */
	if (p->middle != DEMO_NONE && !strcmp(demo_name(p->culture, middle_list, p->middle),
	                                      demo_name(p->culture, p->first_list, p->first)))
		p->middle = (uint16_t)((p->middle + 1) % demo_names_count(p->culture, middle_list));
}

static uint16_t pick_surname(struct demo_rng *r, int culture)
{
	return (uint16_t)demo_rng_below(r, demo_names_count(culture, NAMES_SURNAME));
}

/* Whether a culture writes double surnames with a hyphen. */
static bool hyphenates(int culture)
{
	return culture == CULTURE_US || culture == CULTURE_HISPANIC || culture == CULTURE_EUROPEAN;
}

/* What every member of a household shares. */
struct household {
	int org, user, culture;
	uint8_t sharing, mou;
};

/* The organization that takes an intake, by their shares. */
static int pick_org(struct demo_rng *r)
{
	unsigned weights[DEMO_ORGS];
	int o;

	for (o = 0; o < DEMO_ORGS; o++)
		weights[o] = demo_orgs[o].weight;
	return (int)demo_rng_weighted(r, weights, DEMO_ORGS);
}

static struct household pick_household(const struct demo *d, struct demo_rng *r, int org)
{
	struct household h;
	unsigned roll;

	h.org = org;
	h.user = demo_pick_user(d, r, org);
	h.culture = (int)demo_rng_weighted(r, demo_culture_weight, CULTURES);
	roll = demo_rng_below(r, 1000);
	h.sharing = roll < 750 ? SHARE_GLOBAL : roll < 900 ? SHARE_MOU : SHARE_ORGANIZATION;
	h.mou = h.sharing == SHARE_MOU ? (uint8_t)(demo_orgs[org].mou + 1) : 0;
	return h;
}

static void start_person(const struct demo *d, struct demo_rng *r, uint32_t i,
                         const struct household *h, struct demo_person *p)
{
	memset(p, 0, sizeof *p);
	place_intake(d, r, i, p);
	p->culture = (uint8_t)h->culture;
	p->org = (uint8_t)h->org;
	p->user = (uint8_t)h->user;
	p->sharing = h->sharing;
	p->mou = h->mou;
	p->last2 = DEMO_NONE;
	p->dob_quality = 1;
}

/* An approximate birth date is kept as the first of January. */
static int32_t approximate(int32_t birth)
{
	struct hdate b = date_from_days(birth);

	return (int32_t)date_to_days((struct hdate){ b.year, 1, 1 });
}

static void plan_single(struct demo *d, struct demo_rng *r, uint32_t i, int org)
{
	struct household h = pick_household(d, r, org);
	struct demo_person *p = &d->people[i];
	const struct band *bands = h.org == ORG_VETERANS ? veteran_ages : single_ages;
	unsigned weights[AGE_BANDS], b, roll;

	start_person(d, r, i, &h, p);
	for (b = 0; b < AGE_BANDS; b++)
		weights[b] = bands[b].weight;
	b = demo_rng_weighted(r, weights, AGE_BANDS);
	p->birth = birth_for_age(r, p->intake, demo_rng_range(r, bands[b].lo, bands[b].hi));
	p->sex = pick_sex(r, h.org == ORG_VETERANS ? 880 : 620);
	pick_given_names(r, p);
	p->last = pick_surname(r, p->culture);
	if (hyphenates(p->culture) && demo_rng_chance(r, 50))
		p->last2 = pick_surname(r, p->culture);
	roll = demo_rng_below(r, 1000);
	if (roll < 30) {                /* a street name only */
		p->first_list = NAMES_STREET;
		p->first = (uint16_t)demo_rng_below(r, demo_names_count(p->culture, NAMES_STREET));
		p->middle = p->last = p->last2 = DEMO_NONE;
	} else if (roll < 40) {         /* a first name only */
		p->last = p->last2 = DEMO_NONE;
	}
	roll = demo_rng_below(r, 1000);
	if (roll < 50) {
		p->dob_quality = 2;
		p->birth = approximate(p->birth);
	} else if (roll < 80) {
		static const uint8_t unknown[] = { 8, 9, 99 };
		p->dob_quality = unknown[roll % 3];
		p->birth = DEMO_NO_DATE;
	}
}

static uint32_t family_size(struct demo_rng *r, bool *partner)
{
	unsigned children;

	*partner = demo_rng_chance(r, 450);
	do
		children = demo_rng_weighted(r, children_weights, 5);
	while (children == 0 && !*partner);
	return 1 + (*partner ? 1 : 0) + children;
}

static void plan_member(struct demo_rng *r, struct demo_person *p, const struct demo_person *head,
                        uint8_t rel, int head_age)
{
	int age;

	p->rel = rel;
	if (rel == 3) {
		age = head_age + demo_rng_range(r, -6, 8);
		p->birth = birth_for_age(r, p->intake, age < 18 ? 18 : age);
		p->sex = demo_rng_chance(r, 920) && head->sex <= 1 ? (uint8_t)(1 - head->sex)
		                                                     : head->sex;
		p->last = demo_rng_chance(r, 550) ? head->last : pick_surname(r, p->culture);
	} else {
		age = demo_rng_range(r, 0, head_age - 17 < 17 ? head_age - 17 : 17);
		p->birth = birth_for_age(r, p->intake, age);
		p->sex = pick_sex(r, 500);
		p->last = head->last;
	}
	pick_given_names(r, p);
	/* Approximate: not for a child of 17, whom the first of January could make 18. */
	if ((rel == 3 || age < 17) && demo_rng_chance(r, 30)) {
		p->dob_quality = 2;
		p->birth = approximate(p->birth);
	}
}

/* A family of two or more, but at most `left` (>= 2), from client i; returns
 * its size. */
static uint32_t plan_family(struct demo *d, struct demo_rng *r, uint32_t i, uint32_t left,
                            int org)
{
	struct household h = pick_household(d, r, org);
	struct demo_person *head = &d->people[i];
	struct demo_family *f;
	bool partner;
	uint32_t size = family_size(r, &partner), k;
	int head_age = demo_rng_range(r, 19, 50);

	if (size > left)
		size = left;
	start_person(d, r, i, &h, head);
	head->rel = 1;
	head->birth = birth_for_age(r, head->intake, head_age);
	head->sex = pick_sex(r, 280);
	pick_given_names(r, head);
	head->last = pick_surname(r, head->culture);
	for (k = 1; k < size; k++) {
		struct demo_person *p = &d->people[i + k];
		start_person(d, r, i + k, &h, p);
		p->intake = head->intake;       /* the family comes in together */
		p->minute = (uint16_t)(head->minute + k);
		plan_member(r, p, head, k == 1 && partner ? 3 : 2, head_age);
		if (p->rel == 2 && partner && head[1].last != head->last && hyphenates(p->culture)
		    && demo_rng_chance(r, 300))
			p->last2 = head[1].last;
	}
	f = &d->families[d->nfamilies++];
	f->head = i;
	f->size = size;
	for (k = 0; k < size; k++)
		d->people[i + k].family = d->nfamilies;
	return size;
}

/* Side `side` of near-duplicate pair `pair`, at client i. */
static void plan_duplicate(struct demo *d, struct demo_rng *r, uint32_t i, int pair, int side)
{
	const struct demo_duplicate *dup = &demo_duplicates[pair];
	struct demo_person *p = &d->people[i];
	int org = pick_org(r);
	struct household h;

	if (side)       /* another organization than the first record's */
		org = (d->people[d->duplicate[pair]].org + 1 + (int)demo_rng_below(r, DEMO_ORGS - 1))
		      % DEMO_ORGS;
	h = pick_household(d, r, org);
	h.sharing = SHARE_GLOBAL;
	h.mou = 0;
	start_person(d, r, i, &h, p);
	p->culture = CULTURE_DUPLICATE;
	p->sex = (uint8_t)dup->sex;
	p->first_list = dup->sex == 0 ? NAMES_FEMALE : NAMES_MALE;
	p->first = p->last = (uint16_t)(2 * pair + side);
	p->middle = DEMO_NONE;
	if (side) {
		p->birth = d->people[d->duplicate[pair]].birth;
	} else {
		d->duplicate[pair] = i;
		p->birth = birth_for_age(r, p->intake, demo_rng_range(r, 22, 60));
	}
}

/* Where side `event % 2` of pair `event / 2` goes: spread over the ids. */
static uint32_t duplicate_position(const struct demo *d, unsigned pairs, unsigned event)
{
	uint32_t slot = d->clients / pairs;

	return (event / 2) * slot + (event % 2 ? slot * 3 / 5 : slot / 5);
}

void demo_plan_people(struct demo *d)
{
	struct demo_rng r;
	unsigned pairs = d->clients / 30 < DEMO_DUPLICATE_PAIRS ? d->clients / 30
	                                                           : DEMO_DUPLICATE_PAIRS;
	unsigned event = 0, k;
	uint32_t i = 0;
	int org;

	demo_rng_seed(&r, d->seed, STREAM_PEOPLE);
	d->people = xcalloc(d->clients, sizeof *d->people);
	d->families = xcalloc(d->clients / 2 + 1, sizeof *d->families);
	for (k = 0; k < DEMO_DUPLICATE_PAIRS; k++)
		d->duplicate[k] = UINT32_MAX;
	while (i < d->clients) {
		if (event < 2 * pairs && i >= duplicate_position(d, pairs, event)) {
			plan_duplicate(d, &r, i++, (int)(event / 2), (int)(event % 2));
			event++;
			continue;
		}
		org = pick_org(&r);
		if (d->clients - i >= 2 && demo_rng_chance(&r, demo_orgs[org].family_permille))
			i += plan_family(d, &r, i, d->clients - i, org);
		else
			plan_single(d, &r, i++, org);
	}
}

/* ---- names ---- */

void demo_person_name(const struct demo_person *p, char first[64], char last[64])
{
	const char *a, *b;

	first[0] = last[0] = 0;
	if (p->culture == CULTURE_DUPLICATE) {
		snprintf(first, 64, "%s", demo_duplicates[p->first / 2].first[p->first % 2]);
		snprintf(last, 64, "%s", demo_duplicates[p->last / 2].last[p->last % 2]);
		return;
	}
	snprintf(first, 64, "%s", demo_name(p->culture, p->first_list, p->first));
	if (p->last == DEMO_NONE)
		return;
	a = demo_name(p->culture, NAMES_SURNAME, p->last);
	b = p->last2 == DEMO_NONE ? NULL : demo_name(p->culture, NAMES_SURNAME, p->last2);
	if (b && strcmp(a, b))
		snprintf(last, 64, "%s-%s", a, b);
	else
		snprintf(last, 64, "%s", a);
}

/* ---- households ---- */

static bool load_families(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.family (name, created_org, created_by, created_at, updated_at)"
		" FROM STDIN");
	uint32_t f;

	/* no stored name: the default, after the head (hearth.family_display) */
	for (f = 0; f < d->nfamilies; f++) {
		const struct demo_person *head = &d->people[d->families[f].head];
		demo_copy_null(c);
		demo_copy_int(c, d->org_id[head->org]);
		demo_copy_int(c, d->user_id[head->user]);
		demo_copy_time(c, head->intake, head->minute);
		demo_copy_time(c, head->intake, head->minute);
		demo_copy_end_row(c);
	}
	d->rows[TABLE_FAMILY] = d->nfamilies;
	return demo_copy_finish(c);
}

static bool load_members(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.family_member (family_id, client_id, relationship_to_head, is_current,"
		" org_id, created_by, created_at, updated_at) FROM STDIN");
	uint32_t f, k;

	for (f = 0; f < d->nfamilies; f++) {
		const struct demo_family *fam = &d->families[f];
		for (k = 0; k < fam->size; k++) {
			const struct demo_person *p = &d->people[fam->head + k];
			demo_copy_int(c, f + 1);
			demo_copy_int(c, fam->head + k + 1);
			demo_copy_int(c, p->rel);
			demo_copy_bool(c, true);
			demo_copy_int(c, d->org_id[p->org]);
			demo_copy_int(c, d->user_id[p->user]);
			demo_copy_time(c, p->intake, p->minute);
			demo_copy_time(c, p->intake, p->minute);
			demo_copy_end_row(c);
		}
		d->rows[TABLE_MEMBER] += fam->size;
	}
	return demo_copy_finish(c);
}

bool demo_load_people(struct demo *d)
{
	return demo_load_clients(d) && load_families(d) && load_members(d);
}
