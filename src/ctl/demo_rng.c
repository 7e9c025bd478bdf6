/* demo_rng.c: xoshiro256** (Blackman and Vigna), seeded by splitmix64. */
#include "demo_rng.h"

static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += UINT64_C(0x9E3779B97F4A7C15));

	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

static uint64_t rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

void demo_rng_seed(struct demo_rng *r, uint64_t seed, uint64_t stream)
{
	uint64_t x = seed ^ (stream * UINT64_C(0xD1B54A32D192ED03));
	int i;

	for (i = 0; i < 4; i++)
		r->s[i] = splitmix64(&x);
}

uint64_t demo_rng_next(struct demo_rng *r)
{
	uint64_t *s = r->s;
	uint64_t result = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return result;
}

/* Lemire's multiply-shift: the bias is below 2^-32, and it needs no loop. */
uint32_t demo_rng_below(struct demo_rng *r, uint32_t n)
{
	return (uint32_t)(((demo_rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

int32_t demo_rng_range(struct demo_rng *r, int32_t lo, int32_t hi)
{
	return lo + (int32_t)demo_rng_below(r, (uint32_t)(hi - lo) + 1);
}

bool demo_rng_chance(struct demo_rng *r, unsigned permille)
{
	return demo_rng_below(r, 1000) < permille;
}

unsigned demo_rng_weighted(struct demo_rng *r, const unsigned *weights, unsigned n)
{
	unsigned total = 0, i, pick;

	for (i = 0; i < n; i++)
		total += weights[i];
	pick = demo_rng_below(r, total);
	for (i = 0; i + 1 < n && pick >= weights[i]; i++)
		pick -= weights[i];
	return i;
}
