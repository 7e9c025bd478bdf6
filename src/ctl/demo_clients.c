/* demo_clients.c: the demo clients' rows, written by COPY from the plan of
 * people (demo_people.c): their names, a different SSN for each (some with
 * a typing slip), race and ethnicity, veteran status, sharing level and
 * when the record was written and last changed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/date.h"
#include "../util/xalloc.h"
#include "demo.h"
#include "demo_copy.h"


#define SSN_SPACE (UINT64_C(898) * 99 * 9999)   /* areas 001-899 less 666 */

static int age_on(int32_t birth, int32_t day)
{
	struct hdate b = date_from_days(birth), d = date_from_days(day);
	int age = d.year - b.year;

	if (d.month < b.month || (d.month == b.month && d.day < b.day))
		age--;
	return age;
}

static const char *middle_name(const struct demo_person *p)
{
	if (p->middle == DEMO_NONE || p->culture == CULTURE_DUPLICATE)
		return NULL;
	return demo_name(p->culture, p->first_list == NAMES_FEMALE ? NAMES_MIDDLE_FEMALE
	                                                           : NAMES_MIDDLE_MALE, p->middle);
}

/* Every client gets a different SSN: an affine map of its index onto the
 * valid numbers, with a multiplier prime to their count. */
struct ssn_map {
	uint64_t a, b;
};

static uint64_t gcd(uint64_t a, uint64_t b)
{
	while (b) {
		uint64_t t = a % b;
		a = b;
		b = t;
	}
	return a;
}

static struct ssn_map ssn_map_new(struct demo_rng *r)
{
	struct ssn_map m;

	m.a = demo_rng_next(r) % SSN_SPACE | 1;
	while (gcd(m.a, SSN_SPACE) != 1)
		m.a += 2;
	m.b = demo_rng_next(r) % SSN_SPACE;
	return m;
}

static void ssn_of(const struct ssn_map *m, uint32_t i, char out[10])
{
	uint64_t x = (m->a % SSN_SPACE * i + m->b) % SSN_SPACE;
	unsigned serial = (unsigned)(x % 9999) + 1, group, area;

	x /= 9999;
	group = (unsigned)(x % 99) + 1;
	area = (unsigned)(x / 99) + 1;
	if (area >= 666)
		area++;
	snprintf(out, 10, "%03u%02u%04u", area % 1000, group % 100, serial % 10000);
}

/* A typing slip: two different neighbouring digits of the serial swapped. */
static void swap_digits(char ssn[10])
{
	int k;
	char t;

	for (k = 5; k < 8; k++) {
		if (ssn[k] != ssn[k + 1]) {
			t = ssn[k];
			ssn[k] = ssn[k + 1];
			ssn[k + 1] = t;
			return;
		}
	}
}

/* The SSN and its data quality. */
static int pick_ssn(const struct demo *d, const struct ssn_map *m, struct demo_rng *r,
                    uint32_t i, bool child, char ssn[10])
{
	const struct demo_person *p = &d->people[i];
	unsigned roll = demo_rng_below(r, 1000);

	ssn[0] = 0;
	if (p->culture == CULTURE_DUPLICATE && p->first % 2) {
		ssn_of(m, d->duplicate[p->first / 2], ssn);
		switch (demo_duplicates[p->first / 2].ssn) {
		case DUP_SSN_SAME: return 1;
		case DUP_SSN_SWAPPED: swap_digits(ssn); return 1;
		case DUP_SSN_PARTIAL: memset(ssn, 'x', 5); return 2;
		default: ssn[0] = 0; return 99;
		}
	}
	ssn_of(m, i, ssn);
	if (p->culture == CULTURE_DUPLICATE || roll < (child ? 600u : 820u))
		return 1;
	if (!child && roll < 880) {
		memset(ssn, 'x', 5);
		return 2;
	}
	ssn[0] = 0;
	return child || roll >= 970 ? 99 : roll < 930 ? 8 : 9;
}

enum { AM_IND, ASIAN, BLACK, HISPANIC, MID_EAST, NATIVE_HI, WHITE, RACES };

/* The race and ethnicity columns; returns race_none (0 when a race is known). */
static int pick_race(struct demo_rng *r, int culture, bool race[RACES], const char **detail)
{
	static const unsigned us[RACES] = { 40, 20, 430, 0, 0, 10, 500 };
	static const unsigned hispanic[RACES] = { 60, 0, 60, 0, 0, 0, 880 };
	static const uint8_t none[] = { 8, 9, 99 };
	unsigned pick = demo_rng_below(r, 1000);

	memset(race, 0, RACES * sizeof race[0]);
	*detail = NULL;
	if (demo_rng_chance(r, 15))
		return none[pick % 3];
	switch (culture) {
	case CULTURE_US:
		race[demo_rng_weighted(r, us, RACES)] = true;
		if (demo_rng_chance(r, 60))
			race[demo_rng_weighted(r, us, RACES)] = true;
		if (race[AM_IND])
			*detail = demo_culture_detail(culture, pick % 3);
		else if (race[BLACK] && pick < 60)
			*detail = demo_culture_detail(culture, 3 + pick % 2);
		break;
	case CULTURE_HISPANIC:
		race[HISPANIC] = true;
		if (demo_rng_chance(r, 600))
			race[demo_rng_weighted(r, hispanic, RACES)] = true;
		if (pick < 300)
			*detail = demo_culture_detail(culture, pick);
		break;
	case CULTURE_VIETNAMESE:
	case CULTURE_CHINESE:
		race[ASIAN] = true;
		if (pick < 400)
			*detail = demo_culture_detail(culture, pick);
		break;
	case CULTURE_AFRICAN:
		race[BLACK] = true;
		if (pick < 500)
			*detail = demo_culture_detail(culture, pick);
		break;
	case CULTURE_ARAB:
		race[MID_EAST] = true;
		if (pick < 400)
			*detail = demo_culture_detail(culture, pick);
		break;
	default:
		race[WHITE] = true;
	}
	return 0;
}

static int pick_veteran(struct demo_rng *r, bool adult, int org)
{
	static const uint8_t unknown[] = { 8, 9, 99 };
	unsigned roll = demo_rng_below(r, 1000);

	if (!adult)
		return 99;
	if (roll < 30)
		return unknown[roll % 3];
	return roll < (org == ORG_VETERANS ? 880u : 80u) ? 1 : 0;
}

static const char *const sharing_names[] = { "global", "mou", "organization" };

/* When the record was last changed: mostly at intake, sometimes later. */
static void copy_updated(const struct demo *d, struct demo_copy *c, struct demo_rng *r,
                         int32_t day, int minute)
{
	if (day < d->today - 1 && demo_rng_chance(r, 300))
		demo_copy_time(c, demo_rng_range(r, day + 1, d->today - 1),
		               demo_rng_range(r, 8 * 60, 18 * 60 - 1));
	else
		demo_copy_time(c, day, minute);
}

static void copy_names(struct demo_copy *c, struct demo_rng *r, const struct demo_person *p,
                       bool adult)
{
	static const char *const suffixes[] = { "Jr.", "Sr.", "II", "III" };
	char first[64], last[64];

	demo_person_name(p, first, last);
	demo_copy_text(c, first[0] ? first : NULL);
	demo_copy_text(c, middle_name(p));
	demo_copy_text(c, last[0] ? last : NULL);
	if (p->culture == CULTURE_US && p->sex == 1 && adult && p->last != DEMO_NONE
	    && demo_rng_chance(r, 30))
		demo_copy_text(c, suffixes[demo_rng_below(r, 4)]);
	else
		demo_copy_null(c);
	demo_copy_int(c, p->first_list == NAMES_STREET || p->last == DEMO_NONE ? 2 : 1);
}

static void copy_client(struct demo *d, struct demo_copy *c, struct demo_rng *r,
                        const struct ssn_map *m, uint32_t i)
{
	struct demo_person *p = &d->people[i];
	bool race[RACES], child = p->birth != DEMO_NO_DATE && age_on(p->birth, p->intake) < 18;
	const char *detail;
	char ssn[10];
	int k, quality, race_none;

	copy_names(c, r, p, !child);
	quality = pick_ssn(d, m, r, i, child, ssn);
	demo_copy_text(c, ssn[0] ? ssn : NULL);
	demo_copy_int(c, quality);
	if (p->birth == DEMO_NO_DATE)
		demo_copy_null(c);
	else
		demo_copy_date(c, p->birth);
	demo_copy_int(c, p->dob_quality);
	demo_copy_int(c, p->sex);
	race_none = pick_race(r, p->culture == CULTURE_DUPLICATE
	                      ? demo_duplicates[p->first / 2].culture : p->culture, race, &detail);
	for (k = 0; k < RACES; k++)
		demo_copy_bool(c, race[k]);
	if (race_none)
		demo_copy_int(c, race_none);
	else
		demo_copy_null(c);
	demo_copy_text(c, detail);
	p->veteran = (uint8_t)pick_veteran(r, !child, p->org);
	demo_copy_int(c, p->veteran);
	demo_copy_text(c, sharing_names[p->sharing]);
	if (p->mou)
		demo_copy_int(c, d->mou_id[p->mou - 1]);
	else
		demo_copy_null(c);
	demo_copy_int(c, d->org_id[p->org]);
	demo_copy_int(c, d->user_id[p->user]);
	demo_copy_time(c, p->intake, p->minute);
	copy_updated(d, c, r, p->intake, p->minute);
	demo_copy_end_row(c);
}

bool demo_load_clients(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.client (first_name, middle_name, last_name, suffix, name_data_quality,"
		" ssn, ssn_data_quality, birth_date, dob_data_quality, sex,"
		" am_ind_ak_native, asian, black_af_american, hispanic_latinao, mid_east_n_african,"
		" native_hi_pacific, white, race_none, additional_race_ethnicity, veteran_status,"
		" intake_sharing, mou_id, created_org, created_by, created_at, updated_at)"
		" FROM STDIN");
	struct demo_rng r;
	struct ssn_map m;
	uint32_t i;

	demo_rng_seed(&r, d->seed, STREAM_CLIENTS);
	m = ssn_map_new(&r);
	for (i = 0; i < d->clients; i++)
		copy_client(d, c, &r, &m, i);
	d->rows[TABLE_CLIENT] = d->clients;
	return demo_copy_finish(c);
}
