/* demo_world.c: the demo data's fixed cast — five organizations, their
 * users, two MOUs and the programs each organization runs — and the COPY of
 * the programs and their grants. demo.c creates the organizations, users and
 * MOUs through the schema's functions; everything else is made up per seed.
 */
#include "demo.h"

#include "demo_copy.h"

#define ORG(o) (1u << (o))

const struct demo_org demo_orgs[DEMO_ORGS] = {
	[ORG_HARBOR] = { "Harbor House Shelter", 28, 140, 0 },
	[ORG_NORTHSIDE] = { "Northside Family Services", 20, 400, 0 },
	[ORG_HOPE] = { "Hope Street Outreach", 22, 30, 1 },
	[ORG_RIVERSIDE] = { "Riverside Health Clinic", 18, 40, 1 },
	[ORG_VETERANS] = { "County Veterans Services", 12, 40, 1 },
};

/* Two or three users an organization, one in two of them, and one system
 * administrator who works in Harbor House: an administrator sees the clients
 * of the organization they work in, no more, so that is where he merges
 * duplicates. (He writes no demo records.) */
const struct demo_user demo_users[DEMO_USERS] = {
	{ "alice", "Alice Morgan", ORG(ORG_HARBOR), false },
	{ "bob", "Bob Okafor", ORG(ORG_HARBOR), false },
	{ "carol", "Carol Reyes", ORG(ORG_HARBOR), false },
	{ "dana", "Dana Whitfield", ORG(ORG_NORTHSIDE), false },
	{ "erin", "Erin Castillo", ORG(ORG_NORTHSIDE), false },
	{ "frank", "Frank Delgado", ORG(ORG_HOPE), false },
	{ "grace", "Grace Kim", ORG(ORG_HOPE), false },
	{ "hector", "Héctor Ramírez", ORG(ORG_HOPE), false },
	{ "irene", "Irene Fischer", ORG(ORG_RIVERSIDE), false },
	{ "jamal", "Jamal Washington", ORG(ORG_RIVERSIDE), false },
	{ "kevin", "Kevin O'Malley", ORG(ORG_VETERANS), false },
	{ "linda", "Linda Trần", ORG(ORG_VETERANS), false },
	{ "maria", "María Santos", ORG(ORG_HARBOR) | ORG(ORG_NORTHSIDE), false },
	{ "sam", "Sam Patel", ORG(ORG_HARBOR), true },
};

/* The second MOU has three active members; Harbor House left it. */
const struct demo_mou demo_mous[DEMO_MOUS] = {
	{ "Family Shelter Partnership", ORG(ORG_HARBOR) | ORG(ORG_NORTHSIDE), 0, 1300, 0 },
	{ "Downtown Health and Housing Collaborative",
	  ORG(ORG_HOPE) | ORG(ORG_RIVERSIDE) | ORG(ORG_VETERANS) | ORG(ORG_HARBOR),
	  ORG(ORG_HARBOR), 1250, 120 },
};

const struct demo_program demo_programs[DEMO_PROGRAMS] = {
	{ ORG_HARBOR, "Harbor House Emergency Shelter", PT_ES, false, true, 3, 120,
	  "ESG Shelter Operations", "HUD Emergency Solutions Grants" },
	{ ORG_HARBOR, "Harbor House Family Shelter", PT_ES, true, false, 14, 150,
	  "City Family Shelter Contract", "City Housing Department" },
	{ ORG_HARBOR, "Harbor House Transitional Housing", PT_TH, false, true, 90, 720,
	  "CoC Transitional Housing", "HUD Continuum of Care" },
	{ ORG_NORTHSIDE, "Northside Family Rapid Re-Housing", PT_RRH, true, false, 90, 540,
	  "CoC Rapid Re-Housing", "HUD Continuum of Care" },
	{ ORG_NORTHSIDE, "Northside Family Transitional Housing", PT_TH, true, false, 120, 720,
	  "Family Housing Grant", "State Housing Finance Agency" },
	{ ORG_NORTHSIDE, "Northside Family Support Services", PT_SSO, true, true, 30, 365,
	  "Family Stability Fund", "United Way" },
	{ ORG_HOPE, "Hope Street Outreach Team", PT_SO, true, true, 14, 540,
	  "PATH Street Outreach", "SAMHSA PATH" },
	{ ORG_HOPE, "Hope Street Night Shelter", PT_ES_NIGHT, false, true, 1, 90,
	  "Winter Shelter", "County General Fund" },
	{ ORG_HOPE, "Hope Street Rapid Re-Housing", PT_RRH, true, true, 90, 540,
	  "ESG Rapid Re-Housing", "HUD Emergency Solutions Grants" },
	{ ORG_RIVERSIDE, "Riverside Health Care for the Homeless", PT_SSO, true, true, 30, 720,
	  "Health Care for the Homeless", "HRSA" },
	{ ORG_RIVERSIDE, "Riverside Behavioral Health Outreach", PT_SO, false, true, 30, 540,
	  "Behavioral Health Outreach", "County Behavioral Health" },
	{ ORG_VETERANS, "Veterans Rapid Re-Housing (SSVF)", PT_RRH, true, true, 60, 365,
	  "SSVF", "VA Supportive Services for Veteran Families" },
	{ ORG_VETERANS, "Veterans Transitional Housing (GPD)", PT_TH, false, true, 60, 720,
	  "Grant and Per Diem", "VA Grant and Per Diem" },
	{ ORG_VETERANS, "Veterans Benefits Services", PT_SSO, true, true, 14, 365,
	  "Veteran Services Office", "County General Fund" },
};

const char *const demo_table_names[DEMO_TABLES] = {
	[TABLE_PROGRAM] = "programs", [TABLE_GRANT] = "grants", [TABLE_CLIENT] = "clients",
	[TABLE_FAMILY] = "families", [TABLE_MEMBER] = "family members",
	[TABLE_ENROLLMENT] = "enrollments", [TABLE_SERVICE] = "services",
	[TABLE_ASSESSMENT] = "assessments", [TABLE_NOTE] = "case notes",
	[TABLE_EXCEPTION] = "release exceptions",
};

int demo_pick_user(const struct demo *d, struct demo_rng *r, int org)
{
	return d->org_users[org][demo_rng_below(r, d->org_nusers[org])];
}

unsigned demo_mou_active(int mou)
{
	return demo_mous[mou].orgs & ~demo_mous[mou].ended;
}

unsigned demo_intake_orgs(const struct demo_person *p)
{
	switch (p->sharing) {
	case SHARE_GLOBAL: return ORG(DEMO_ORGS) - 1;
	case SHARE_MOU: return ORG(p->org) | demo_mou_active(p->mou - 1);
	default: return ORG(p->org);
	}
}

/* The programs began years ago, one a month. */
static int32_t program_begin(const struct demo *d, int p)
{
	return d->today - 2000 + 30 * p;
}

static bool load_program_rows(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.program (org_id, name, project_type, begin_date, end_date,"
		" created_at, updated_at) FROM STDIN");
	int p;

	for (p = 0; p < DEMO_PROGRAMS; p++) {
		demo_copy_int(c, d->org_id[demo_programs[p].org]);
		demo_copy_text(c, demo_programs[p].name);
		demo_copy_int(c, demo_programs[p].project_type);
		demo_copy_date(c, program_begin(d, p));
		demo_copy_null(c);
		demo_copy_time(c, program_begin(d, p) - 20, 10 * 60);
		demo_copy_time(c, program_begin(d, p) - 20, 10 * 60);
		demo_copy_end_row(c);
	}
	d->rows[TABLE_PROGRAM] = DEMO_PROGRAMS;
	return demo_copy_finish(c);
}

static bool load_grant_rows(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.\"grant\" (org_id, program_id, name, funder, begin_date, end_date,"
		" created_at, updated_at) FROM STDIN");
	int p;

	for (p = 0; p < DEMO_PROGRAMS; p++) {
		demo_copy_int(c, d->org_id[demo_programs[p].org]);
		demo_copy_int(c, p + 1);
		demo_copy_text(c, demo_programs[p].grant);
		demo_copy_text(c, demo_programs[p].funder);
		demo_copy_date(c, program_begin(d, p));
		demo_copy_null(c);
		demo_copy_time(c, program_begin(d, p) - 20, 10 * 60 + 5);
		demo_copy_time(c, program_begin(d, p) - 20, 10 * 60 + 5);
		demo_copy_end_row(c);
	}
	d->rows[TABLE_GRANT] = DEMO_PROGRAMS;
	return demo_copy_finish(c);
}

bool demo_load_programs(struct demo *d)
{
	return load_program_rows(d) && load_grant_rows(d);
}
