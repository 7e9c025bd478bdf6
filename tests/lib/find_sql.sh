# tests/lib/find_sql.sh: find_sql [any]: print the statement client_find
# sends (tests/lib/find_sql.c), compiled on the fly.
find_sql() {
	local root bin
	root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
	bin=$(mktemp "${TMPDIR:-/tmp}/hearth-find-sql.XXXXXX")
	# shellcheck disable=SC2046
	cc -std=c11 -D_DEFAULT_SOURCE -I"$root/src" $(pkg-config --cflags libpq) -o "$bin" \
		"$root/tests/lib/find_sql.c" "$root/src/db/db.c" "$root/src/db/db_records.c" "$root/src/family.c" \
		"$root/src/util/xalloc.c" \
		$(pkg-config --libs libpq) && "$bin" "$@"
	local status=$?
	rm -f "$bin"
	return $status
}
