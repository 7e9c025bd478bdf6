/* demo_elements.h: what the files that write HUD's data elements and the
 * assessments they are taken with share. Internal to them:
 *
 *   demo_elements.c     who is asked what and when; the element rows' first
 *                       and last columns; prior living situation, income and
 *                       benefits, disabilities
 *   demo_assessments.c  the master assessments at entry and exit, for a
 *                       bounded set of households
 */
#ifndef HEARTH_CTL_DEMO_ELEMENTS_H
#define HEARTH_CTL_DEMO_ELEMENTS_H

#include <stdbool.h>
#include <stdint.h>

#include "demo.h"

struct demo_copy;

#define ADULT_DAYS 6575                 /* 18 years */
#define NO_ANSWER 255                   /* a column left null */

/* The columns every element row starts with and ends with, in the order
 * demo_element_head and demo_element_tail write them. */
#define ELEMENT_HEAD "client_id, org_id, enrollment_id, assessment_id, information_date," \
                     " data_collection_stage"
#define ELEMENT_TAIL "restriction, created_by, created_at, updated_at"

/* demo_elements.c */
bool demo_exited(const struct demo_enrollment *e);
/* Heads and adults (HUD's "collected for" of 3.917, 4.02, 4.03). */
bool demo_adult(const struct demo *d, const struct demo_enrollment *e);
/* A stream of its own for client or enrollment `i`. */
void demo_seed_for(const struct demo *d, struct demo_rng *r, uint32_t i, int stream);
/* The minutes the entry and exit sets of enrollment i were written. */
int demo_entry_minute(const struct demo *d, uint32_t i);
int demo_exit_minute(uint32_t i);
/* The first columns (ELEMENT_HEAD) of a row taken at entry or exit with
 * enrollment i, naming its master assessment when it has one; the last
 * (ELEMENT_TAIL), ending the row. */
void demo_element_head(struct demo *d, struct demo_copy *c, uint32_t i, bool at_exit);
void demo_element_tail(struct demo *d, struct demo_copy *c, uint32_t i, bool at_exit);
/* A code, or null for NO_ANSWER. */
void demo_copy_answer(struct demo_copy *c, unsigned v);

/* demo_assessments.c */
/* Whether enrollment i is taken with master assessments. */
bool demo_assessed(const struct demo *d, uint32_t i);
/* The id of enrollment i's entry or exit assessment; 0 for none. */
uint32_t demo_master(const struct demo *d, uint32_t i, bool at_exit);

#endif
