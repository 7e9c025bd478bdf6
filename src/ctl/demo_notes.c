/* demo_notes.c: the demo case notes, written at entry, during and at exit
 * of the head's enrollments and now and then standing alone, some
 * read-only, under every restriction. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/xalloc.h"
#include "demo.h"
#include "demo_copy.h"
#include "demo_records.h"


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
	int minute = demo_record_minute(d, r, n->client, n->enrollment ? (uint32_t)n->enrollment - 1
	                                                          : UINT32_MAX, n->day);

	demo_person_name(&d->people[n->client], first, last);
	demo_fill(body, sizeof body, k->body, first, n->program);
	demo_copy_int(c, n->client + 1);
	demo_copy_int(c, d->org_id[n->org]);
	demo_copy_int(c, d->user_id[n->author]);
	demo_copy_date(c, n->day);
	demo_copy_text(c, k->title);
	demo_copy_text(c, body);
	demo_copy_bool(c, k->read_only || demo_rng_chance(r, 40));
	demo_copy_text(c, restriction_names[k->restriction >= 0 ? k->restriction
	                                                        : demo_pick_restriction(r, 140, 80)]);
	if (n->enrollment)
		demo_copy_int(c, n->enrollment);
	else
		demo_copy_null(c);
	demo_copy_time(c, n->day, minute);
	if (n->day < d->today - 1 && demo_rng_chance(r, 100))
		demo_copy_time(c, n->day + 1, demo_pick_minute(r));
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
	int k, count = demo_how_many(d, r, e, 60, 5);

	n.author = demo_pick_author(d, r, e);
	if (demo_rng_chance(r, 900))
		copy_note(d, c, r, &n, NOTES(entry_notes));
	for (k = 0; k < count; k++) {
		n.day = demo_spread_day(d, r, e, k, count);
		n.author = demo_pick_author(d, r, e);
		copy_note(d, c, r, &n, NOTES(progress_notes));
	}
	if (e->exit != DEMO_NO_DATE && demo_rng_chance(r, 800)) {
		n.day = e->exit;
		copy_note(d, c, r, &n, NOTES(exit_notes));
	}
}

bool demo_load_notes(struct demo *d)
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
