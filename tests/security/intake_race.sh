# shellcheck shell=bash
# tests/security/intake_race.sh: hearth.intake_release (sql/015, 024) stays
# right when two transactions interleave. Two real connections as alice
# (Harbor): one ends a release exception towards Riverside while the other
# changes the client's sharing level to 'mou'. Sourced by tests/security/run
# on its fixture, with race.sh's sessions.

# race_fixture: a global client of Harbor's with an exception towards
# Riverside that began ten days ago; prints "client exception"
race_fixture() {
	local z r
	z=$(as alice "INSERT INTO hearth.client (first_name, last_name) VALUES ('Rae', 'Race') RETURNING id")
	r=$(as alice "INSERT INTO hearth.release_exception (client_id, accessing_org, begin_date)
	              VALUES ($z, $C, hearth.today() - 10) RETURNING id")
	echo "$z $r"
}

# READ COMMITTED: the second refresh waits for the first and reads what it committed.
read -r RZ RR <<<"$(race_fixture)"
race_open race1
race_open race2
race_send race1 "BEGIN; UPDATE hearth.release_exception SET end_date = hearth.today() - 1 WHERE id = $RR;"
race_until race1 "$(stmt_done UPDATE)" || fail "race: the first session did not end the exception"
race_send race2 "BEGIN; UPDATE hearth.client SET intake_sharing = 'mou' WHERE id = $RZ;"
# the second statement has run, or waits its turn
race_until race2 "$(stmt_done UPDATE) OR (query LIKE 'UPDATE%' AND wait_event_type = 'Lock')" || fail "race: the second session did not start"
race_send race1 "COMMIT;"
race_until race2 "$(stmt_done UPDATE)" || fail "race: the second session did not go on after the first committed"
race_send race2 "COMMIT;"
race_close race1
race_close race2
race_gone race1; race_gone race2
check "interleaved: the ended exception does not open the intake (cache row ends as the exception does)" \
	"$(dba "SELECT end_date FROM hearth.release_exception WHERE id = $RR")" \
	"$(dba "SELECT coalesce(end_date::text, 'open') FROM hearth.intake_release WHERE exception_id = $RR")"
check "interleaved: Riverside does not see the client" 0 \
	"$(as carol "SELECT count(*) FROM hearth.client WHERE id = $RZ")"
check "interleaved: neither session failed" "" "$(cat "$TESTDB_DIR/race1.out" "$TESTDB_DIR/race2.out")"

# REPEATABLE READ: a refresh that cannot see a committed one fails, to be retried.
read -r RZ RR <<<"$(race_fixture)"
race_open race3
race_open race4
race_send race4 "BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT FROM hearth.client WHERE id = $RZ;"
race_until race4 "$(stmt_done SELECT)" || fail "race: the repeatable-read session did not start"
race_send race3 "BEGIN; UPDATE hearth.release_exception SET end_date = hearth.today() - 1 WHERE id = $RR; COMMIT;"
race_until race3 "query LIKE 'COMMIT%' AND state = 'idle'" || fail "race: the first session did not commit"
race_send race4 "UPDATE hearth.client SET intake_sharing = 'mou' WHERE id = $RZ;"
race_send race4 "COMMIT;"
race_close race3
race_close race4
race_gone race3; race_gone race4
check_match "repeatable read: the stale refresh is refused with a serialization failure" \
	"could not serialize" "$(cat "$TESTDB_DIR/race4.out")"
check "repeatable read: the client stays global, and no row opens its intake" "global 0" \
	"$(dba "SELECT intake_sharing || ' ' || (SELECT count(*) FROM hearth.intake_release
	        WHERE exception_id = $RR AND end_date IS NULL) FROM hearth.client WHERE id = $RZ")"
as alice "UPDATE hearth.client SET intake_sharing = 'mou' WHERE id = $RZ" >/dev/null
check "repeatable read, retried: Riverside does not see the client" 0 \
	"$(as carol "SELECT count(*) FROM hearth.client WHERE id = $RZ")"
