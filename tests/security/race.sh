# shellcheck shell=bash
# tests/security/race.sh: two or more real sessions interleaved, for the
# race checks (intake_race.sh, alias_order_race.sh). Each step waits
# (polling pg_stat_activity, with a deadline) until the server has done
# what the step before asked. Sourced by tests/security/run.

# race_open NAME [USER]: a psql session as USER (alice) fed from a fifo on
# fd RACE_FD[NAME]; what it prints goes to $TESTDB_DIR/NAME.out
declare -A RACE_FD
race_open() {
	local fifo=$TESTDB_DIR/$1.in who=${2:-alice}
	mkfifo "$fifo"
	PGAPPNAME=$1 PGPASSWORD=pw-$who psql -X -q -A -t -U "$who" -d hearth -f - <"$fifo" \
		>"$TESTDB_DIR/$1.out" 2>&1 &
	exec {RACE_FD[$1]}>"$fifo"
}
race_send() { printf '%s\n' "$2" >&"${RACE_FD[$1]}"; }
race_close() { exec {RACE_FD[$1]}>&-; }
# race_until NAME CONDITION: wait until the session's row of
# pg_stat_activity meets CONDITION (SQL); false at the deadline
race_until() {
	local end=$((SECONDS + 20))
	while [ "$(dba "SELECT count(*) FROM pg_stat_activity WHERE application_name = '$1' AND ($2)")" != 1 ]; do
		[ $SECONDS -lt $end ] || return 1
		sleep 0.05
	done
}
race_gone() {
	local end=$((SECONDS + 20))
	while [ "$(dba "SELECT count(*) FROM pg_stat_activity WHERE application_name = '$1'")" != 0 ]; do
		[ $SECONDS -lt $end ] || return 1
		sleep 0.05
	done
}
# the session's last statement (by its first word) has finished, in a transaction
stmt_done() { echo "query LIKE '$1%' AND state = 'idle in transaction'"; }
# race_in_turn FIRST FIRST_USER FIRST_SQL SECOND SECOND_USER SECOND_SQL: in
# two new sessions, FIRST_SQL runs in a transaction; SECOND_SQL, begun while
# it is open, must wait for it (a lock) and finish once it commits; both
# commit. Each SQL is one statement; its first word names it in
# pg_stat_activity. Fails the run when a step does not happen.
race_in_turn() {
	local first=$1 second=$4 w1=${3%% *} w2=${6%% *}
	race_open "$first" "$2"
	race_open "$second" "$5"
	race_send "$first" "BEGIN; $3"
	race_until "$first" "$(stmt_done "$w1")" || fail "race: $first did not run its $w1"
	race_send "$second" "BEGIN; $6"
	race_until "$second" "query LIKE '$w2%' AND wait_event_type = 'Lock'" ||
		fail "race: $second's $w2 did not wait for $first"
	race_send "$first" "COMMIT;"
	race_until "$second" "$(stmt_done "$w2")" || fail "race: $second did not go on after $first committed"
	race_send "$second" "COMMIT;"
	race_close "$first"; race_close "$second"
	race_gone "$first"; race_gone "$second"
}
