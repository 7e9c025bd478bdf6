/* demo_names.h: made-up people's names for the demo data.
 *
 * Names come in cultures (lists of given names by sex, middle names and
 * surnames), written as people write them: accents, apostrophes, spaces,
 * Vietnamese diacritics, Chinese characters. A few pairs of near-duplicate
 * spellings (Jon Smith / John Smyth) feed the duplicate check. All strings
 * are static.
 */
#ifndef HEARTH_CTL_DEMO_NAMES_H
#define HEARTH_CTL_DEMO_NAMES_H

enum demo_culture {
	CULTURE_US, CULTURE_HISPANIC, CULTURE_VIETNAMESE, CULTURE_CHINESE,
	CULTURE_AFRICAN, CULTURE_ARAB, CULTURE_EUROPEAN,
	CULTURES,
	CULTURE_DUPLICATE = CULTURES    /* the near-duplicate pairs */
};

enum demo_name_list {
	NAMES_FEMALE, NAMES_MALE, NAMES_MIDDLE_FEMALE, NAMES_MIDDLE_MALE, NAMES_SURNAME,
	NAMES_STREET,                   /* street names, of any culture */
	NAME_LISTS
};

/* How often each culture is drawn, in no particular unit. */
extern const unsigned demo_culture_weight[CULTURES];

/* How many names a list of a culture holds (at least one). */
unsigned demo_names_count(int culture, int list);
/* The name at `index` (below demo_names_count) of a list. */
const char *demo_name(int culture, int list, unsigned index);
/* Extra detail of the culture for additional_race_ethnicity, or NULL. */
const char *demo_culture_detail(int culture, unsigned pick);

/* The near-duplicate pairs: side 0 and 1 of pair `pair`. */
enum { DEMO_DUPLICATE_PAIRS = 8 };
/* How a pair's second record treats the SSN of the first. */
enum demo_dup_ssn { DUP_SSN_SAME, DUP_SSN_SWAPPED, DUP_SSN_MISSING, DUP_SSN_PARTIAL };
struct demo_duplicate {
	const char *first[2], *last[2];
	int sex;                        /* HUD sex code */
	int culture;                    /* for race and ethnicity */
	enum demo_dup_ssn ssn;
};
extern const struct demo_duplicate demo_duplicates[DEMO_DUPLICATE_PAIRS];

#endif
