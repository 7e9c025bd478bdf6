/* test_client_files.c: the pure parts of files and photos: sizes for people,
 * names and types from paths, and local files in and out. */
#include "client_files.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"

static const char *size(long long bytes)
{
	static char buf[32];

	files_size_text(bytes, buf, sizeof buf);
	return buf;
}

static void sizes(void)
{
	CHECK_STR(size(0), "0 bytes");
	CHECK_STR(size(1), "1 byte");
	CHECK_STR(size(1023), "1023 bytes");
	CHECK_STR(size(1024), "1 KB");
	CHECK_STR(size(1536), "1.5 KB");
	CHECK_STR(size(300000), "293 KB");
	CHECK_STR(size(2097152), "2 MB");
	CHECK_STR(size(10485760), "10 MB");
	CHECK_STR(size(12897485), "12.3 MB");
}

static void base_name(const char *path, const char *want)
{
	char *got = files_base_name(path);

	CHECK_STR(got, want);
	free(got);
}

static void save_name(const char *stored, const char *want)
{
	char *got = files_save_name(stored);

	CHECK_STR(got, want);
	free(got);
}

static void names(void)
{
	save_name("scan.pdf", "scan.pdf");
	save_name("../../.bashrc", "bashrc");
	save_name("/etc/passwd", "passwd");
	save_name("..", "download");
	save_name("", "download");
	save_name(NULL, "download");
	save_name("a\033]0;x\007b.pdf", "a_]0;x_b.pdf");
	save_name("Résumé de José.docx", "Résumé de José.docx");
	base_name("/home/alice/scans/x.pdf", "x.pdf");
	base_name("x.pdf", "x.pdf");
	base_name("dir/sub/", "sub");
	base_name("/", "");
	base_name("", "");
	base_name("Résumé de José.docx", "Résumé de José.docx");
	CHECK_STR(files_mime_type("x.pdf"), "application/pdf");
	CHECK_STR(files_mime_type("PHOTO.JPG"), "image/jpeg");
	CHECK_STR(files_mime_type("a.b.png"), "image/png");
	CHECK_STR(files_mime_type("notes.txt"), "text/plain");
	CHECK_STR(files_mime_type("README"), "application/octet-stream");
	CHECK_STR(files_mime_type(".pdf"), "application/octet-stream");
	CHECK_STR(files_mime_type("dir.pdf/file"), "application/octet-stream");
	CHECK_STR(files_mime_type("x.unknown"), "application/octet-stream");
}

static void expand(void)
{
	char *p;

	setenv("HOME", "/home/alice", 1);
	p = files_expand_path("  ~/scans/x.pdf ");
	CHECK_STR(p, "/home/alice/scans/x.pdf");
	free(p);
	p = files_expand_path("~bob/x");
	CHECK_STR(p, "~bob/x");
	free(p);
	p = files_expand_path("/tmp/x");
	CHECK_STR(p, "/tmp/x");
	free(p);
}

/* Read it back and compare; false with a note when it differs. */
static bool same_file(const char *path, const unsigned char *data, size_t len)
{
	unsigned char *got;
	size_t got_len;
	char *err = NULL;
	bool ok = files_read(path, 1 << 20, "files", &got, &got_len, &err);

	ok = ok && got_len == len && !memcmp(got, data, len);
	free(got);
	free(err);
	return ok;
}

static void local_files(const char *dir)
{
	unsigned char data[5000];
	char *path = malloc(strlen(dir) + 64), *err = NULL;
	unsigned char *got = NULL;
	size_t i, len;
	bool exists;
	struct stat st;

	for (i = 0; i < sizeof data; i++)
		data[i] = (unsigned char)(i * 7 + 3);
	sprintf(path, "%s/out.bin", dir);
	CHECK(files_write(path, data, sizeof data, false, &exists, &err));
	CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600);
	CHECK(same_file(path, data, sizeof data));
	CHECK(!files_write(path, data, 10, false, &exists, &err) && exists);
	CHECK_STR(strstr(err, "already exists."), "already exists.");
	free(err);
	CHECK(files_write(path, data, 10, true, &exists, &err));
	CHECK(same_file(path, data, 10));
	CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600);

	CHECK(!files_read(path, 9, "files", &got, &len, &err) && !got);
	CHECK_STR(err, "out.bin is 10 bytes; files may be at most 9 bytes.");
	free(err);
	CHECK(!files_read(dir, 100, "files", &got, &len, &err));
	CHECK(strstr(err, "is a folder, not a file.") != NULL);
	free(err);
	sprintf(path, "%s/missing.pdf", dir);
	CHECK(!files_read(path, 100, "files", &got, &len, &err));
	CHECK(!strncmp(err, "There is no file ", 17));
	free(err);
	CHECK(!files_write(dir, data, 1, false, &exists, &err) && !exists);
	CHECK(strstr(err, "is a folder") != NULL);
	free(err);
	sprintf(path, "%s/no/such/dir/x", dir);
	CHECK(!files_write(path, data, 1, false, &exists, &err));
	CHECK(strstr(err, "there is no folder") != NULL);
	free(err);
	free(path);
}

int main(void)
{
	char dir[] = "/tmp/hearth-files-XXXXXX";

	sizes();
	names();
	expand();
	if (mkdtemp(dir)) {
		local_files(dir);
		char out[64];
		snprintf(out, sizeof out, "%s/out.bin", dir);
		unlink(out);
		CHECK(rmdir(dir) == 0);
	}
	return check_done();
}
