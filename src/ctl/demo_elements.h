/* demo_elements.h: what the files that write HUD's data elements and the
 * assessments they are taken with share. Internal to them:
 *
 *   demo_elements.c     who is asked what and when; the element rows' first
 *                       and last columns; prior living situation, income and
 *                       benefits, disabilities
 *   demo_assessments.c  the master assessments at entry and exit, for a
 *                       bounded set of households
 *   demo_benefits.c     health insurance and non-cash benefits
 *   demo_informational.c the informational assessments and the employers
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

/* HUD's income sources (4.02), in the table's column order. */
enum {
	EARNED, UNEMPLOYMENT, SSI, SSDI, VA_SERVICE, VA_NON_SERVICE, PRIVATE_DISABILITY,
	WORKERS_COMP, TANF, GA, RETIREMENT, PENSION, CHILD_SUPPORT, ALIMONY, OTHER, SOURCES
};

struct demo_income {
	unsigned any;                   /* income_from_any_source: 0, 1, 8, 9, 99 */
	int32_t dollars[SOURCES];       /* a month; 0: not a source */
};

/* The income of a head or adult's enrollment i at entry and, when it has
 * exited, at exit: the same as its income_benefits rows say. */
void demo_income_of(const struct demo *d, uint32_t i, struct demo_income *entry,
                    struct demo_income *exit);
int32_t demo_income_total(const struct demo_income *in);

/* demo_assessments.c */
/* Whether enrollment i is taken with master assessments. */
bool demo_assessed(const struct demo *d, uint32_t i);
/* The id of enrollment i's entry or exit assessment; 0 for none. */
uint32_t demo_master(const struct demo *d, uint32_t i, bool at_exit);
/* Enrollment i's entry_assessment_id and exit_assessment_id (or nulls). */
void demo_copy_masters(const struct demo *d, struct demo_copy *c, uint32_t i);

/* demo_benefits.c */
/* Whether the client of a head or adult's enrollment i has Medicaid at entry. */
bool demo_medicaid_at_entry(const struct demo *d, uint32_t i);

#endif
