/* keys.c: fuzz the key-name parser (src/ui/keys.c): keys_parse of one
 * name, and keys_bind of a whole [keys] value. A key that parses has a
 * name that parses back to it, and a bound key does its action. */
#include <string.h>

#include "fuzz.h"
#include "ui/keys.h"

static void check_name(const char *name)
{
	char back[32];
	int key = keys_parse(name);

	if (key < 0)
		return;
	FUZZ_CHECK(key != 0);
	keys_name(key, back, sizeof back);
	FUZZ_CHECK(keys_parse(back) == key);
}

static void check_bind(const char *spec)
{
	const char *bad = NULL;
	size_t bad_len = 0;
	char word[32];

	if (!keys_bind(A_SAVE, spec, &bad, &bad_len)) {
		FUZZ_CHECK(bad >= spec && bad + bad_len <= spec + strlen(spec));
		return;
	}
	for (const char *p = spec; *p; p += strspn(p, " \t,")) {
		size_t len = strcspn(p, " \t,");
		if (!len)
			continue;
		FUZZ_CHECK(len < sizeof word);
		memcpy(word, p, len);
		word[len] = 0;
		FUZZ_CHECK(keys_action(keys_parse(word)) == A_SAVE);
		p += len;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_string(data, size);

	keys_reset();
	check_name(s);
	check_bind(s);
	keys_reset();
	free(s);
	return 0;
}
