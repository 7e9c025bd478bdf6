# tests/lib/assert.sh: assertions for shell test suites, and the closing
# "N passed, N failed" line. Source it; end the suite with `summary`.

PASSED=0
FAILED=0

pass() { PASSED=$((PASSED + 1)); [ -z "${VERBOSE:-}" ] || echo "ok - $1"; }
fail() {
	FAILED=$((FAILED + 1))
	echo "not ok - $1"
	shift
	[ $# -eq 0 ] || printf '    %s\n' "$@"
}

# check NAME EXPECTED ACTUAL
check() {
	if [ "$2" = "$3" ]; then pass "$1"; else fail "$1" "expected: $2" "got:      $3"; fi
}

# check_match NAME REGEX ACTUAL
check_match() {
	if printf '%s' "$3" | grep -Eq -- "$2"; then pass "$1"; else fail "$1" "expected to match: $2" "got: $3"; fi
}

summary() {
	echo "${SUITE:+$SUITE: }$PASSED passed, $FAILED failed"
	[ "$FAILED" -eq 0 ]
}
