/* demo_assessments.c: the master assessments (hearth.assessment, 072 and
 * 077) that HUD's data elements are taken with: for each enrollment of a
 * bounded set of households, an 'entry' assessment (stage 1, dated the
 * entry) and, once it has exited, an 'exit' one (stage 3, dated the exit),
 * each of the enrollment's own client, organization, program and author.
 * The enrollment names them (entry_assessment_id, exit_assessment_id:
 * demo_records.c), and so do the element rows and the informational
 * assessments taken then (assessment_id: demo_element_head).
 *
 * The set is bounded whatever the scale: about MASTER_CLIENTS clients, one
 * household in every clients / MASTER_CLIENTS (by its head's client id),
 * spread over the three years, so that some are still open. At the
 * default scale (300 clients) that is everyone; at a million clients
 * (bench) some 2,000 clients get them, a few thousand rows, and the load
 * stays as fast as it was (see demo_elements.c). The same set has health
 * insurance and non-cash benefits (demo_benefits.c) and the informational
 * assessments (demo_informational.c).
 *
 * The COPY runs with the triggers off (demo.c), so 077's rules are kept
 * here: the same client, the same organization, the enrollment's own, at
 * the stage of the collection point that names it. The masters follow the
 * other assessments (their ids after theirs, so those keep their ids), and
 * are written before the enrollments, which need their ids.
 */
#include <stdlib.h>

#include "../util/xalloc.h"
#include "demo.h"
#include "demo_copy.h"
#include "demo_elements.h"
#include "demo_records.h"

#define MASTER_CLIENTS 2000

bool demo_assessed(const struct demo *d, uint32_t i)
{
	uint32_t every = (d->clients + MASTER_CLIENTS - 1) / MASTER_CLIENTS;
	uint32_t head = d->enrollments[d->enrollments[i].head].client;

	return head % every == 0;
}

uint32_t demo_master(const struct demo *d, uint32_t i, bool at_exit)
{
	uint32_t id = d->masters ? d->masters[i] : 0;

	if (!id || (at_exit && !demo_exited(&d->enrollments[i])))
		return 0;
	return at_exit ? id + 1 : id;
}

void demo_copy_masters(const struct demo *d, struct demo_copy *c, uint32_t i)
{
	uint32_t entry = demo_master(d, i, false), exit = demo_master(d, i, true);

	if (entry)
		demo_copy_int(c, entry);
	else
		demo_copy_null(c);
	if (exit)
		demo_copy_int(c, exit);
	else
		demo_copy_null(c);
}

/* One master: written a minute before the rows taken with it. */
static void copy_master(struct demo *d, struct demo_copy *c, uint32_t i, bool at_exit)
{
	const struct demo_enrollment *e = &d->enrollments[i];
	int32_t day = at_exit ? e->exit : e->entry;
	int minute = (at_exit ? demo_exit_minute(i) : demo_entry_minute(d, i)) - 1;

	demo_copy_int(c, e->client + 1);
	demo_copy_int(c, d->org_id[demo_programs[e->program].org]);
	demo_copy_int(c, i + 1);
	demo_copy_int(c, e->program + 1);
	demo_copy_date(c, day);
	demo_copy_text(c, at_exit ? "exit" : "entry");
	demo_copy_int(c, at_exit ? 3 : 1);
	demo_copy_text(c, restriction_names[e->restriction]);
	demo_copy_int(c, d->user_id[e->user]);
	demo_copy_time(c, day, minute);
	demo_copy_time(c, day, minute);
	demo_copy_end_row(c);
	d->rows[TABLE_MASTER]++;
}

bool demo_load_masters(struct demo *d)
{
	struct demo_copy *c = demo_copy_start(d->db,
		"COPY hearth.assessment (client_id, org_id, enrollment_id, program_id,"
		" assessment_date, assessment_type, data_collection_stage, restriction, created_by,"
		" created_at, updated_at) FROM STDIN");
	uint32_t i;

	free(d->masters);
	d->masters = xcalloc(d->nenrollments ? d->nenrollments : 1, sizeof *d->masters);
	for (i = 0; i < d->nenrollments; i++) {
		if (!demo_assessed(d, i))
			continue;
		d->masters[i] = (uint32_t)(d->rows[TABLE_ASSESSMENT] + d->rows[TABLE_MASTER] + 1);
		copy_master(d, c, i, false);
		if (demo_exited(&d->enrollments[i]))
			copy_master(d, c, i, true);
	}
	return demo_copy_finish(c);
}
