/* demo_records.h: what demo_enrollments.c (the plan of enrollments),
 * demo_records.c (their rows, services, assessments, release exceptions) and
 * demo_notes.c (case notes) share. Internal to those three files. */
#ifndef HEARTH_CTL_DEMO_RECORDS_H
#define HEARTH_CTL_DEMO_RECORDS_H

#include <stddef.h>
#include <stdint.h>

#include "demo.h"

#define ORG_BIT(o) (1u << (o))

/* demo_enrollments.c */
/* A restriction (enum demo_restriction): `user` and `organization` in 1000. */
uint8_t demo_pick_restriction(struct demo_rng *r, unsigned organization, unsigned user);
/* Any organization among `orgs` (bits); -1 when there is none. */
int demo_any_org(struct demo_rng *r, unsigned orgs);

/* demo_records.c */
extern const char *const restriction_names[];
/* The k-th of n days spread over the enrollment (k < n). */
int32_t demo_spread_day(const struct demo *d, struct demo_rng *r,
                   const struct demo_enrollment *e, int k, int n);
int demo_pick_minute(struct demo_rng *r);
/* The minute enrollment i was written on its entry day. */
int demo_enrollment_minute(const struct demo *d, uint32_t i);
/* The minute a record about the client dated `day` was written: after the
 * intake and after the enrollment (i, or UINT32_MAX for none) on their days. */
int demo_record_minute(const struct demo *d, struct demo_rng *r, uint32_t client, uint32_t i,
                  int32_t day);
/* The author: mostly whoever made the enrollment, else a colleague. */
int demo_pick_author(const struct demo *d, struct demo_rng *r, const struct demo_enrollment *e);
/* Copy `tmpl` with {name} and {program} replaced. */
void demo_fill(char *out, size_t size, const char *tmpl, const char *name,
          const char *program);
/* How many records of a kind an enrollment gets: more for longer stays. */
int demo_how_many(const struct demo *d, struct demo_rng *r, const struct demo_enrollment *e,
             int per_days, int most);

/* demo_notes.c */
/* COPY the case notes. False on error (see db_error). */
bool demo_load_notes(struct demo *d);

#endif
