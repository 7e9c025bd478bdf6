# tests/lib/testdb.sh: a throwaway PostgreSQL cluster for one test suite.
# Source it, then call testdb_start: it makes a private cluster in a new
# temporary folder (Unix socket only), creates the database "hearth", applies
# the migrations with hearthctl, exports PGHOST/PGPORT/PGDATABASE, and removes
# everything when the suite's shell exits. It never touches a running server.
# Source tests/lib/sandbox.sh first: the cluster lives in the suite's TMPDIR.
#
#   DBA        conninfo of the cluster's superuser, for hearthctl
#   dba SQL    run SQL as the superuser (psql, unaligned, tuples only)

ROOT=${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
HEARTHCTL=${HEARTHCTL:-$ROOT/hearthctl}
DBA="user=postgres dbname=hearth"

testdb_stop() {
	[ -n "${TESTDB_DIR:-}" ] || return 0
	"$ROOT/scripts/pgcluster" remove "$TESTDB_DIR/c" >/dev/null 2>&1 || true
	rm -rf "$TESTDB_DIR"
	TESTDB_DIR=
}

testdb_start() {
	[ -x "$HEARTHCTL" ] || { echo "testdb: build hearthctl first (make)" >&2; exit 1; }
	[ -n "${SANDBOX:-}" ] || { echo "testdb: source tests/lib/sandbox.sh first" >&2; exit 1; }
	TESTDB_DIR=$(mktemp -d "$TMPDIR/testdb.XXXXXX")
	chmod 755 "$TESTDB_DIR"
	at_exit testdb_stop
	"$ROOT/scripts/pgcluster" init "$TESTDB_DIR/c" --fast >/dev/null
	"$ROOT/scripts/pgcluster" start "$TESTDB_DIR/c"
	eval "$("$ROOT/scripts/pgcluster" env "$TESTDB_DIR/c")"
	export PGHOST PGPORT
	export PGDATABASE=hearth
	unset PGUSER PGPASSWORD PGSERVICE PGOPTIONS
	psql -X -q -U postgres -d postgres -c 'CREATE DATABASE hearth' >/dev/null
	"$HEARTHCTL" -d "$DBA" migrate >/dev/null
}

dba() {
	psql -X -q -A -t -v ON_ERROR_STOP=1 -U postgres -d hearth -c "$1"
}
