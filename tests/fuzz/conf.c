/* conf.c: fuzz the configuration loader (hearth.conf, src/conf.c), with
 * the key bindings of its [keys] section (src/ui/keys.c). */
#include <string.h>

#include "conf.h"
#include "fuzz.h"
#include "ui/keys.h"

/* After any [keys], a key still does at most one thing. */
static void check_bindings(void)
{
	char buf[256];

	for (int a = A_NONE + 1; a < A_COUNT; a++) {
		keys_of((enum action)a, buf, sizeof buf);
		FUZZ_CHECK(strlen(buf) < sizeof buf);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *path = fuzz_file_new(data, size, ".conf");
	struct conf *c = conf_load(path);

	FUZZ_CHECK(c && c->path && c->forms_dir);
	keys_apply(c);
	check_bindings();
	conf_free(c);
	keys_reset();
	fuzz_file_remove(path);
	return 0;
}
