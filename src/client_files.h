/* client_files.h: the client's files, the document check and the photo,
 * between a path on this computer and the database. No terminal.
 *
 * Offers:
 *   files_size_text, files_base_name, files_mime_type, files_expand_path:
 *     pure helpers (sizes for people, a name and a type from a path);
 *   files_read, files_write: a local file in and out, every failure a
 *     sentence for a person;
 *   files_upload, files_download: a row of hearth.client_file (files) or
 *     hearth.client_document (the document check) from or to a path;
 *   photo_set, photo_remove, photo_download, photo_info: the client's photo
 *     (hearth.client_photo).
 *
 * Every query runs as the logged-in user, so the database's sharing rules
 * decide what may be read and written. Functions that fail return false (or
 * NULL) and set *err to a sentence that the caller frees.
 */
#ifndef HEARTH_CLIENT_FILES_H
#define HEARTH_CLIENT_FILES_H

#include <stdbool.h>
#include <stddef.h>

struct db;

/* the tables' CHECKs */
#define FILES_MAX_BYTES 10485760
#define PHOTO_MAX_BYTES 2097152

enum file_store {
	STORE_FILES,        /* hearth.client_file: shared as transactions are */
	STORE_DOCUMENTS,    /* hearth.client_document: the owning organization only */
};

/* A size the way people read it, into buf: "1 byte", "300 bytes", "293 KB",
 * "12.3 MB" (KB and MB of 1024). */
void files_size_text(long long bytes, char *buf, size_t len);
/* The last part of a path, without trailing slashes ("" for "/"). The
 * caller frees. */
char *files_base_name(const char *path);
/* A stored file name (written by whoever uploaded it, perhaps another
 * organization) made a safe name to save under in a folder the user chose:
 * its last part only, no control characters, no leading dots (no hidden
 * file, no ".."), "download" when nothing is left. The caller frees. */
char *files_save_name(const char *stored);
/* The MIME type guessed from a name's extension (any case);
 * "application/octet-stream" when it is not known. */
const char *files_mime_type(const char *name);
/* The path with a leading "~/" made $HOME's, and blanks around it gone. The
 * caller frees. */
char *files_expand_path(const char *path);

/* Read the regular file at `path` whole into *data (the caller frees) and
 * *len. A file over `max` bytes is refused before it is read, saying
 * "x.pdf is 12.3 MB; <what> may be at most 10 MB." (what: "files"). */
bool files_read(const char *path, size_t max, const char *what, unsigned char **data,
                size_t *len, char **err);
/* Write `len` bytes to a new file at `path`, readable by its owner only
 * (0600). An existing file is replaced only when `overwrite`; otherwise
 * nothing is written, *exists is set and *err says so. */
bool files_write(const char *path, const void *data, size_t len, bool overwrite, bool *exists,
                 char **err);

/* What an upload stores beside the file's bytes. */
struct file_upload {
	const char *client_id;
	const char *path;
	const char *name;           /* NULL or "": the file's base name */
	const char *description;    /* files: the description; documents: the note */
	const char *restriction;    /* none, organization or user; NULL: none */
	const char *document_type;  /* documents only; NULL: other */
};

/* The table of a store ("client_file", "client_document"). */
const char *files_table(enum file_store store);
/* A page of the client's files of that store: id, then `columns`, sorted
 * by `sort` then id. NULL on error. */
struct db_rows *files_list(struct db *db, enum file_store store, const char *const *columns,
                           int n, const char *client_id, const char *sort, bool desc,
                           int limit, int offset);
/* Store the file at u->path as a new row; returns its id (the caller
 * frees), or NULL with *err. */
char *files_upload(struct db *db, enum file_store store, const struct file_upload *u,
                   char **err);
/* Write the bytes of row `id` to `path` (see files_write). */
bool files_download(struct db *db, enum file_store store, const char *id, const char *path,
                    bool overwrite, bool *exists, char **err);

/* The client's photo, when there is one. */
struct photo_info {
	bool on_file;
	char *mime_type;            /* NULL when not on file */
	long long size;
	char *since;                /* the date it was last set, YYYY-MM-DD */
};

/* Add or replace the photo from the image at `path` (2 MB at most). Only
 * the organization that created the client's intake may. */
bool photo_set(struct db *db, const char *client_id, const char *path, char **err);
bool photo_remove(struct db *db, const char *client_id, char **err);
bool photo_download(struct db *db, const char *client_id, const char *path, bool overwrite,
                    bool *exists, char **err);
/* Whether the client has a photo, and about it; photo_info_free frees. */
bool photo_info(struct db *db, const char *client_id, struct photo_info *out, char **err);
void photo_info_free(struct photo_info *p);

#endif
