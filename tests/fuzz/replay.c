/* replay.c: a main for the fuzz targets without libFuzzer. Runs the target
 * once on each file named on the command line (the seed corpus and the
 * stored crashes), so that `make check` replays them under ASan and UBSan
 * without any fuzzing time. A crash aborts the program; exit 0 otherwise. */
#include "fuzz.h"

static uint8_t *read_all(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	uint8_t *data = NULL;
	size_t cap = 0, n;

	if (!f)
		return NULL;
	*size = 0;
	do {
		if (*size == cap && !(data = realloc(data, cap = cap ? 2 * cap : 4096)))
			abort();
		n = fread(data + *size, 1, cap - *size, f);
		*size += n;
	} while (n > 0);
	fclose(f);
	return data;
}

int main(int argc, char **argv)
{
	int i, status = 0;

	for (i = 1; i < argc; i++) {
		size_t size;
		uint8_t *data = read_all(argv[i], &size);

		if (!data) {
			perror(argv[i]);
			status = 2;
			continue;
		}
		LLVMFuzzerTestOneInput(data, size);
		free(data);
	}
	return status;
}
