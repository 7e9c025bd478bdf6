/* demo_world.c: the demo data's fixed cast — five organizations, their
 * users, two MOUs and the programs each organization runs — and the COPY of
 * the programs and their grants. demo.c creates the organizations, users and
 * MOUs through the schema's functions; everything else is made up per seed.
 */
#include <stddef.h>

#include "demo.h"

#include "demo_copy.h"

#define ORG(o) (1u << (o))

const struct demo_org demo_orgs[DEMO_ORGS] = {
	[ORG_HARBOR] = { "Harbor House Shelter", 28, 140, 0, "alice" },
	[ORG_NORTHSIDE] = { "Northside Family Services", 20, 400, 0, "dana" },
	[ORG_HOPE] = { "Hope Street Outreach", 22, 30, 1, "frank" },
	[ORG_RIVERSIDE] = { "Riverside Health Clinic", 18, 40, 1, "irene" },
	[ORG_VETERANS] = { "County Veterans Services", 12, 40, 1, "kevin" },
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
	  "ESG Shelter Operations", "HUD Emergency Solutions Grants", 8, "E26MC410001" },
	{ ORG_HARBOR, "Harbor House Family Shelter", PT_ES, true, false, 14, 150,
	  "City Family Shelter Contract", "City Housing Department", 46, NULL },
	{ ORG_HARBOR, "Harbor House Transitional Housing", PT_TH, false, true, 90, 720,
	  "CoC Transitional Housing", "HUD Continuum of Care", 5, "OR0101L0E012500" },
	{ ORG_NORTHSIDE, "Northside Family Rapid Re-Housing", PT_RRH, true, false, 90, 540,
	  "CoC Rapid Re-Housing", "HUD Continuum of Care", 3, "OR0102L0E012500" },
	{ ORG_NORTHSIDE, "Northside Family Transitional Housing", PT_TH, true, false, 120, 720,
	  "Family Housing Grant", "State Housing Finance Agency", 46, NULL },
	{ ORG_NORTHSIDE, "Northside Family Support Services", PT_SSO, true, true, 30, 365,
	  "Family Stability Fund", "United Way", 46, NULL },
	{ ORG_HOPE, "Hope Street Outreach Team", PT_SO, true, true, 14, 540,
	  "PATH Street Outreach", "SAMHSA PATH", 21, NULL },
	{ ORG_HOPE, "Hope Street Night Shelter", PT_ES_NIGHT, false, true, 1, 90,
	  "Winter Shelter", "County General Fund", 46, NULL },
	{ ORG_HOPE, "Hope Street Rapid Re-Housing", PT_RRH, true, true, 90, 540,
	  "ESG Rapid Re-Housing", "HUD Emergency Solutions Grants", 10, "E26MC410002" },
	{ ORG_RIVERSIDE, "Riverside Health Care for the Homeless", PT_SSO, true, true, 30, 720,
	  "Health Care for the Homeless", "HRSA", 46, NULL },
	{ ORG_RIVERSIDE, "Riverside Behavioral Health Outreach", PT_SO, false, true, 30, 540,
	  "Behavioral Health Outreach", "County Behavioral Health", 46, NULL },
	{ ORG_VETERANS, "Veterans Rapid Re-Housing (SSVF)", PT_RRH, true, true, 60, 365,
	  "SSVF", "VA Supportive Services for Veteran Families", 33, NULL },
	{ ORG_VETERANS, "Veterans Transitional Housing (GPD)", PT_TH, false, true, 60, 720,
	  "Grant and Per Diem", "VA Grant and Per Diem", 37, NULL },
	{ ORG_VETERANS, "Veterans Benefits Services", PT_SSO, true, true, 14, 365,
	  "Veteran Services Office", "County General Fund", 46, NULL },
	/* Added after the first fourteen, so that their ids stay as they were:
	 * one program of every HUD project type the others lack. */
	{ ORG_HARBOR, "Harbor House Safe Haven", PT_SAFE_HAVEN, false, true, 30, 720,
	  "CoC Safe Haven", "HUD Continuum of Care", 6, "OR0103L0E012500" },
	{ ORG_HARBOR, "Harbor House Day Center", PT_DAY_SHELTER, true, true, 1, 60,
	  "Day Center Operations", "City Housing Department", 46, NULL },
	{ ORG_NORTHSIDE, "Northside Homelessness Prevention", PT_PREVENTION, true, true, 30, 180,
	  "ESG Homelessness Prevention", "HUD Emergency Solutions Grants", 9, "E26MC410003" },
	{ ORG_NORTHSIDE, "Northside Family Permanent Housing", PT_PH_SERVICES, true, false, 180, 1500,
	  "Affordable Family Housing", "State Housing Finance Agency", 46, NULL },
	{ ORG_HOPE, "Hope Street Coordinated Entry", PT_CE, true, true, 7, 180,
	  "CoC Coordinated Entry", "HUD Continuum of Care", 4, "OR0104L0E012500" },
	{ ORG_HOPE, "Hope Street Permanent Supportive Housing", PT_PSH, false, true, 180, 1800,
	  "CoC Permanent Supportive Housing", "HUD Continuum of Care", 2, "OR0105L0E012500" },
	{ ORG_RIVERSIDE, "Riverside Medical Respite", PT_OTHER, false, true, 7, 90,
	  "Medical Respite", "Hospital Community Benefit Fund", 46, NULL },
	{ ORG_VETERANS, "Veterans Permanent Housing Vouchers", PT_PH_HOUSING, true, true, 180, 1500,
	  "Veterans Housing Vouchers", "County Housing Authority", 46, NULL },
};

const char *const demo_table_names[DEMO_TABLES] = {
	[TABLE_PROGRAM] = "programs", [TABLE_GRANT] = "grants", [TABLE_CLIENT] = "clients",
	[TABLE_FAMILY] = "families", [TABLE_MEMBER] = "family members",
	[TABLE_ENROLLMENT] = "enrollments", [TABLE_SERVICE] = "services",
	[TABLE_ASSESSMENT] = "assessments", [TABLE_MASTER] = "entry and exit assessments",
	[TABLE_NOTE] = "case notes", [TABLE_EXCEPTION] = "release exceptions",
	[TABLE_PRIOR_LIVING] = "prior living situations", [TABLE_INCOME] = "income and benefits",
	[TABLE_DISABILITIES] = "disabilities", [TABLE_HEALTH_INSURANCE] = "health insurance",
	[TABLE_NON_CASH] = "non-cash benefits", [TABLE_EMPLOYER] = "employers",
	[TABLE_VETERAN] = "veteran information", [TABLE_EDUCATION] = "education",
	[TABLE_EMPLOYMENT] = "employment", [TABLE_HEALTH] = "health",
	[TABLE_FINANCIAL] = "financial", [TABLE_WORK_HISTORY] = "work histories",
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

/* HUD's housing type (2.02.D) of a program type: where the people live;
 * none for services, outreach, day shelter, prevention and coordinated
 * entry, where nobody lives. */
static int housing_type(int project_type)
{
	switch (project_type) {
	case PT_ES: case PT_ES_NIGHT: case PT_TH: case PT_SAFE_HAVEN:
		return 1;                                       /* site-based, single site */
	case PT_PSH: case PT_PH_SERVICES:
		return 2;                                       /* site-based, clustered */
	case PT_PH_HOUSING: case PT_RRH:
		return 3;                                       /* tenant-based, scattered */
	default:
		return 0;
	}
}

static bool load_program_rows(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.program (org_id, name, project_type, begin_date, end_date,"
		" housing_type, target_population, continuum_project, hmis_participation_type,"
		" rrh_sub_type, created_at, updated_at) FROM STDIN");
	int p;

	for (p = 0; p < DEMO_PROGRAMS; p++) {
		const struct demo_program *g = &demo_programs[p];
		demo_copy_int(c, d->org_id[g->org]);
		demo_copy_text(c, g->name);
		demo_copy_int(c, g->project_type);
		demo_copy_date(c, program_begin(d, p));
		demo_copy_null(c);
		if (housing_type(g->project_type))
			demo_copy_int(c, housing_type(g->project_type));
		else
			demo_copy_null(c);
		demo_copy_int(c, 4);                            /* no special population */
		/* the clinic's programs are health care, outside the continuum */
		demo_copy_int(c, g->org != ORG_RIVERSIDE);
		demo_copy_int(c, 1);                            /* participates in HMIS */
		if (g->project_type == PT_RRH)
			demo_copy_int(c, 2);                    /* housing with or without services */
		else
			demo_copy_null(c);
		demo_copy_time(c, program_begin(d, p) - 20, 10 * 60);
		demo_copy_time(c, program_begin(d, p) - 20, 10 * 60);
		demo_copy_end_row(c);
	}
	d->rows[TABLE_PROGRAM] = DEMO_PROGRAMS;
	return demo_copy_finish(c);
}

/* Each program serves the demo's one CoC, from its organization's address. */
static bool load_project_coc_rows(struct demo *d)
{
	static const char *const street[DEMO_ORGS] = {
		[ORG_HARBOR] = "120 Harbor Way", [ORG_NORTHSIDE] = "4410 N Williams Ave",
		[ORG_HOPE] = "18 Hope St", [ORG_RIVERSIDE] = "900 Riverside Dr",
		[ORG_VETERANS] = "1 County Plaza",
	};
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.project_coc (org_id, program_id, coc_code, geocode, address1, city,"
		" state, zip, geography_type, created_at, updated_at) FROM STDIN");
	int p;

	for (p = 0; p < DEMO_PROGRAMS; p++) {
		demo_copy_int(c, d->org_id[demo_programs[p].org]);
		demo_copy_int(c, p + 1);
		demo_copy_text(c, "OR-501");
		demo_copy_text(c, "419051");
		demo_copy_text(c, street[demo_programs[p].org]);
		demo_copy_text(c, "Portland");
		demo_copy_text(c, "OR");
		demo_copy_text(c, "97201");
		demo_copy_int(c, 1);                            /* urban */
		demo_copy_time(c, program_begin(d, p) - 20, 10 * 60 + 2);
		demo_copy_time(c, program_begin(d, p) - 20, 10 * 60 + 2);
		demo_copy_end_row(c);
	}
	return demo_copy_finish(c);
}

/* One grant a program; the funder's name is kept only where HUD's list has
 * no code for it (46, local or other). */
static bool load_grant_rows(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.\"grant\" (org_id, program_id, name, funder, other_funder, hud_grant_id,"
		" begin_date, end_date, created_at, updated_at) FROM STDIN");
	int p;

	for (p = 0; p < DEMO_PROGRAMS; p++) {
		const struct demo_program *g = &demo_programs[p];
		demo_copy_int(c, d->org_id[g->org]);
		demo_copy_int(c, p + 1);
		demo_copy_text(c, g->grant);
		demo_copy_int(c, g->funder_code);
		if (g->funder_code == 46)
			demo_copy_text(c, g->funder);
		else
			demo_copy_null(c);
		if (g->hud_grant_id)
			demo_copy_text(c, g->hud_grant_id);
		else
			demo_copy_null(c);
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
	return load_program_rows(d) && load_project_coc_rows(d) && load_grant_rows(d);
}
