/* fuzz.c: the helpers every fuzz target links (see fuzz.h). */
#include "fuzz.h"

#include <string.h>
#include <unistd.h>

char *fuzz_string(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (!s)
		abort();
	memcpy(s, data, size);
	s[size] = 0;
	return s;
}

char *fuzz_file_new(const uint8_t *data, size_t size, const char *suffix)
{
	const char *dir = getenv("TMPDIR");
	size_t len = strlen(suffix);
	char *path;
	int fd;

	if (!dir || !*dir)
		dir = "/tmp";
	path = malloc(strlen(dir) + len + sizeof "/hearth-fuzz-XXXXXX");
	if (!path)
		abort();
	sprintf(path, "%s/hearth-fuzz-XXXXXX%s", dir, suffix);
	fd = mkstemps(path, (int)len);
	if (fd < 0 || write(fd, data, size) != (ssize_t)size || close(fd) != 0) {
		perror("fuzz: cannot write the input to a temporary file");
		abort();
	}
	return path;
}

void fuzz_file_remove(char *path)
{
	unlink(path);
	free(path);
}
