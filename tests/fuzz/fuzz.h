/* fuzz.h: what the libFuzzer targets of tests/fuzz share.
 *
 * Each target (tests/fuzz/NAME.c) defines LLVMFuzzerTestOneInput. It is
 * linked either with libFuzzer (make fuzz) or with replay.c (make check),
 * which feeds it the seed corpus and the stored crashes one file at a time.
 *
 * Offers: fuzz_string (the input as a C string), fuzz_file_new and
 * fuzz_file_remove (the input as a file in $TMPDIR, for the loaders that
 * take a path), and FUZZ_CHECK (a broken promise of a parser is a crash).
 */
#ifndef HEARTH_FUZZ_H
#define HEARTH_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The input up to its first NUL, as a new string (the caller frees it). */
char *fuzz_string(const uint8_t *data, size_t size);

/* The input written to a new file $TMPDIR/hearth-fuzz-XXXXXX<suffix>
 * (/tmp when TMPDIR is unset); returns its path, a new string. Aborts when
 * it cannot be written. Remove it with fuzz_file_remove. */
char *fuzz_file_new(const uint8_t *data, size_t size, const char *suffix);
/* Remove the file and free the path. */
void fuzz_file_remove(char *path);

/* A promise of the parser's contract that the input broke: abort, so that
 * libFuzzer keeps the input as a crash. */
#define FUZZ_CHECK(cond)                                                              \
	do {                                                                          \
		if (!(cond)) {                                                        \
			fprintf(stderr, "%s:%d: broken: %s\n", __FILE__, __LINE__, #cond); \
			abort();                                                      \
		}                                                                     \
	} while (0)

#endif
