# shellcheck shell=bash
# tests/security/batch.sh: many checks over one real connection.
#
# Logging in costs a SCRAM handshake (~70 ms); the suite makes a few hundred
# checks, so the read-only ones are queued and run in one psql session as the
# user, through tests/lib/roles.sh's `as`. Each queued statement runs on its
# own (autocommit, ON_ERROR_STOP off); an error becomes the result
# "ERROR: <message>". Statements that SET something use SET LOCAL inside
# BEGIN ... ROLLBACK so that they cannot leak into the next check.
#
#   q_eq    NAME EXPECTED SQL      output must equal EXPECTED
#   q_set   NAME EXPECTED SQL      output lines, as a sorted set (see set_of)
#   q_err   NAME REGEX SQL         must fail with a message matching REGEX
#   q_none  NAME SQL               a write that must change nothing: no row
#                                  returned, or refused outright (permission)
#   q_match NAME REGEX SQL         output must match REGEX (grep -E)
#   q_nomatch NAME REGEX SQL       output must not match REGEX
#   q_same_err NAME SQL1 SQL2      both must fail, with the same message
#                                  (SQL1 the reference: a nonexistent id)
#   q_same  NAME SQL1 SQL2         both must give the same result
#   run_as  USER[@ORG]             run the queue as that user, check, clear

Q_KIND=() Q_NAME=() Q_EXP=() Q_SQL=() Q_SQL2=()

q_add() {
	local i=${#Q_KIND[@]}
	Q_KIND[i]=$1 Q_NAME[i]=$2 Q_EXP[i]=$3 Q_SQL[i]=$4 Q_SQL2[i]=${5:-}
}
q_eq()       { q_add eq "$1" "$2" "$3"; }
q_set()      { q_add set "$1" "$2" "$3"; }
q_err()      { q_add err "$1" "$2" "$3"; }
q_none()     { q_add none "$1" "" "$2"; }
q_match()    { q_add re "$1" "$2" "$3"; }
q_nomatch()  { q_add nre "$1" "$2" "$3"; }
q_same_err() { q_add same_err "$1" "" "$2" "$3"; }
q_same()     { q_add same "$1" "" "$2" "$3"; }

# set_of WORD...: the words one a line, sorted bytewise (empty for none)
set_of() {
	[ $# -gt 0 ] || return 0
	printf '%s\n' "$@" | LC_ALL=C sort
}
sorted() {
	[ -n "$1" ] || return 0
	printf '%s\n' "$1" | LC_ALL=C sort
}

q_segment() {
	# the lone ';' ends a statement that the caller left open
	printf '\\set LAST_ERROR_MESSAGE\n\\echo @@BEGIN\n%s\n;\n\\echo @@END :LAST_ERROR_MESSAGE\n' "$1"
}

# check that RESULT does not match REGEX
check_nomatch() {
	if printf '%s' "$3" | grep -Eq -- "$2"; then
		fail "$1" "expected not to match: $2" "got: $3"
	else
		pass "$1"
	fi
}

run_as() {
	local who=$1 n=${#Q_KIND[@]} i k=0 script out line cur='' first=1 msg r r2
	script='\set ON_ERROR_STOP off'$'\n'
	for ((i = 0; i < n; i++)); do
		script+=$(q_segment "${Q_SQL[i]}")$'\n'
		case ${Q_KIND[i]} in
		same|same_err) script+=$(q_segment "${Q_SQL2[i]}")$'\n' ;;
		esac
	done
	out=$(as "$who" "$script" 2>/dev/null)
	local res=()
	while IFS= read -r line; do
		case $line in
		@@BEGIN) cur='' first=1 ;;
		@@END*)
			msg=${line#@@END}; msg=${msg# }
			if [ -n "$msg" ]; then res+=("ERROR: $msg"); else res+=("$cur"); fi ;;
		*)
			if [ "$first" = 1 ]; then cur=$line; first=0; else cur+=$'\n'$line; fi ;;
		esac
	done <<<"$out"
	for ((i = 0; i < n; i++)); do
		r=${res[k]-"(no result: the session failed)"}; k=$((k + 1))
		case ${Q_KIND[i]} in
		eq)  check "${Q_NAME[i]}" "${Q_EXP[i]}" "$r" ;;
		set) check "${Q_NAME[i]}" "${Q_EXP[i]}" "$(sorted "$r")" ;;
		err) check_match "${Q_NAME[i]}" "^ERROR: .*(${Q_EXP[i]})" "$r" ;;
		re)  check_match "${Q_NAME[i]}" "${Q_EXP[i]}" "$r" ;;
		none)
			if [ -z "$r" ] || [[ $r == "ERROR: permission denied"* ]]; then pass "${Q_NAME[i]}"
			else fail "${Q_NAME[i]}" "expected no row (or permission denied), got: $r"; fi ;;
		nre) check_nomatch "${Q_NAME[i]}" "${Q_EXP[i]}" "$r" ;;
		same|same_err)
			r2=${res[k]-"(no result: the session failed)"}; k=$((k + 1))
			if [ "${Q_KIND[i]}" = same_err ] && [[ $r != ERROR:* ]]; then
				fail "${Q_NAME[i]}" "expected an error for the reference statement, got: $r"
			else
				check "${Q_NAME[i]}" "$r" "$r2"
			fi ;;
		esac
	done
	Q_KIND=() Q_NAME=() Q_EXP=() Q_SQL=() Q_SQL2=()
}

# A second, long-lived session (a coprocess), for what needs two sessions
# at once: LISTEN, a session that outlives its user's disabling, another
# user's pg_stat_activity row. One at a time.
#   co_start USER         open it
#   co_run SQL            run SQL, print its output (and any notifications
#                         psql reports after it) up to a marker
#   co_stop               end it
co_start() {
	coproc CO { PGPASSWORD="pw-$1" psql -X -q -A -t -U "$1" -d hearth 2>&1; }
	CO_IN=${CO[1]} CO_OUT=${CO[0]} CO_PROC=$CO_PID
}
co_run() {
	local line
	printf '%s\n\\echo @@co-end\n' "$1" >&"$CO_IN"
	# the deadline only guards against a hung server; nothing waits on it
	while IFS= read -r -t 60 line <&"$CO_OUT"; do
		[ "$line" = @@co-end ] && return 0
		printf '%s\n' "$line"
	done
	echo "(the session did not answer)"
	return 1
}
co_stop() {
	exec {CO_IN}>&-
	wait "$CO_PROC" 2>/dev/null
	return 0
}
