# shellcheck shell=bash
# tests/security/alias_order_race.sh: the rows of hearth.client_alias_order
# carry their client's sharing (sql/080) and stay right when an alias is
# written while its client's sharing changes. Two real sessions (race.sh):
# alice (Harbor) restricts her global client to Harbor while carol
# (Riverside) writes an alias of it. Whichever goes first, the row ends with
# the client's level and carol reads neither it nor the client's name;
# under REPEATABLE READ the write that cannot see the change fails instead.
# Then carol grants an exception on a client while another session of hers
# writes an alias of it: the row ends marked (sql/081) either way.
# Sourced by tests/security/run on its fixture.

# alias_race_client: a global client of Harbor's; prints its id
alias_race_client() {
	as alice "INSERT INTO hearth.client (first_name, last_name) VALUES ('Rita', 'Racer') RETURNING id"
}
# alias_race_checks CASE CLIENT: the row agrees with its client; carol reads nothing of it
alias_race_checks() {
	check "$1: the alias's row carries the client's sharing level" "organization|organization" \
		"$(dba "SELECT o.intake_sharing || '|' || c.intake_sharing FROM hearth.client_alias_order o
		        JOIN hearth.client c ON c.id = o.client_id WHERE o.client_id = $2")"
	check "$1: carol reads no row of it, nor the client's name keys" 0 \
		"$(as carol "SELECT count(*) FROM hearth.client_alias_order WHERE client_id = $2 OR client_last_key = 'racer'")"
}
restrict_sql() { echo "UPDATE hearth.client SET intake_sharing = 'organization' WHERE id = $1;"; }
alias_sql() { echo "INSERT INTO hearth.client_alias (client_id, first_name, last_name) VALUES ($1, 'Rocket', 'Carols');"; }

# READ COMMITTED, the restriction first: the alias's row waits its turn and
# reads the client as it was committed.
RZ=$(alias_race_client)
race_in_turn arace1 alice "$(restrict_sql "$RZ")" arace2 carol "$(alias_sql "$RZ")"
alias_race_checks "restricted, then an alias written" "$RZ"
check "restricted, then an alias written: neither session failed" "" \
	"$(cat "$TESTDB_DIR/arace1.out" "$TESTDB_DIR/arace2.out")"

# READ COMMITTED, the alias first: the restriction waits its turn and then
# rewrites the row the alias committed.
RZ=$(alias_race_client)
race_in_turn arace4 carol "$(alias_sql "$RZ")" arace3 alice "$(restrict_sql "$RZ")"
alias_race_checks "an alias written, then restricted" "$RZ"
check "an alias written, then restricted: neither session failed" "" \
	"$(cat "$TESTDB_DIR/arace3.out" "$TESTDB_DIR/arace4.out")"

# REPEATABLE READ: an alias written by a transaction that cannot see the
# committed restriction is refused, to be retried.
RZ=$(alias_race_client)
race_open arace5 alice
race_open arace6 carol
race_send arace6 "BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT FROM hearth.client WHERE id = $RZ;"
race_until arace6 "$(stmt_done SELECT)" || fail "alias race: the repeatable-read session did not start"
race_send arace5 "$(restrict_sql "$RZ")"
race_until arace5 "query LIKE 'UPDATE%' AND state = 'idle'" || fail "alias race: alice did not restrict the client"
race_send arace6 "$(alias_sql "$RZ")"
race_send arace6 "COMMIT;"
race_close arace5; race_close arace6
race_gone arace5; race_gone arace6
check_match "repeatable read: the alias written from before the restriction is refused with a serialization failure" \
	"could not serialize" "$(cat "$TESTDB_DIR/arace6.out")"
check "repeatable read: no row was kept for it" 0 \
	"$(dba "SELECT count(*) FROM hearth.client_alias_order WHERE client_id = $RZ")"
as carol "$(alias_sql "$RZ")" >/dev/null 2>&1
check "repeatable read, retried: carol may no longer write it (she does not see the client)" 0 \
	"$(dba "SELECT count(*) FROM hearth.client_alias WHERE client_id = $RZ")"

# An exception written while an alias of the granting organization is
# (sql/081): whichever goes first, the alias's row ends marked, and the
# organization the exception grants to reads it.
exception_sql() { echo "INSERT INTO hearth.release_exception (client_id, accessing_org) VALUES ($1, $A);"; }
exception_race_checks() {
	check "$1: the alias's row is marked" t \
		"$(dba "SELECT released FROM hearth.client_alias_order WHERE client_id = $2")"
	check "$1: alice reads it" 1 \
		"$(as alice "SELECT count(*) FROM hearth.client_alias_order WHERE client_id = $2 AND last_key = 'carols'")"
}
RZ=$(alias_race_client)
race_in_turn arace7 carol "$(exception_sql "$RZ")" arace8 carol "$(alias_sql "$RZ")"
exception_race_checks "an exception, then an alias" "$RZ"
RZ=$(alias_race_client)
race_in_turn arace9 carol "$(alias_sql "$RZ")" arace10 carol "$(exception_sql "$RZ")"
exception_race_checks "an alias, then an exception" "$RZ"
check "exceptions and aliases in either order: no session failed" "" \
	"$(cat "$TESTDB_DIR"/arace7.out "$TESTDB_DIR"/arace8.out "$TESTDB_DIR"/arace9.out "$TESTDB_DIR"/arace10.out)"
