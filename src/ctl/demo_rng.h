/* demo_rng.h: the demo generator's random numbers.
 *
 * xoshiro256** seeded through splitmix64: the same seed and stream give the
 * same numbers on every platform and C library (rand() and the server's
 * random() do not promise that). Each table of demo data draws from its own
 * stream, so that changing one table's rules leaves the others as they were.
 */
#ifndef HEARTH_CTL_DEMO_RNG_H
#define HEARTH_CTL_DEMO_RNG_H

#include <stdbool.h>
#include <stdint.h>

struct demo_rng {
	uint64_t s[4];
};

/* Start the stream `stream` of the generator for `seed`. */
void demo_rng_seed(struct demo_rng *r, uint64_t seed, uint64_t stream);
uint64_t demo_rng_next(struct demo_rng *r);
/* A number in [0, n); n > 0. */
uint32_t demo_rng_below(struct demo_rng *r, uint32_t n);
/* A number in [lo, hi]; lo <= hi. */
int32_t demo_rng_range(struct demo_rng *r, int32_t lo, int32_t hi);
/* True `permille` times in a thousand. */
bool demo_rng_chance(struct demo_rng *r, unsigned permille);
/* An index chosen with the given weights (n of them, not all zero). */
unsigned demo_rng_weighted(struct demo_rng *r, const unsigned *weights, unsigned n);

#endif
