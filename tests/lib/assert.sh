# tests/lib/assert.sh: assertions for shell test suites, and the closing
# "N passed, N failed" line. Source it; end the suite with `summary`.
#
# Sections: `section NAME` starts a run of checks that depend on each other
# (each on the state the one before it left). Once a check in a section
# fails, the section's later checks are not tried: each is reported as
# skipped and counted failed, until the next `section` starts afresh.
# `section_failed` tells whether the current section has failed.

PASSED=0
FAILED=0
SECTION=
SECTION_FAILED=

pass() { PASSED=$((PASSED + 1)); [ -z "${VERBOSE:-}" ] || echo "ok - $1"; }
fail() {
	FAILED=$((FAILED + 1))
	echo "not ok - $1"
	[ -z "$SECTION" ] || [ -n "$SECTION_FAILED" ] || SECTION_FAILED=$1
	shift
	[ $# -eq 0 ] || printf '    %s\n' "$@"
}

section() { SECTION=$1; SECTION_FAILED=; }
section_failed() { [ -n "$SECTION_FAILED" ]; }

# skipped NAME: when the section has failed, count NAME failed as skipped
# and return 0; the check then does nothing more.
skipped() {
	section_failed || return 1
	FAILED=$((FAILED + 1))
	echo "not ok - $1 (skipped: a check before it in \"$SECTION\" failed)"
}

# check NAME EXPECTED ACTUAL
check() {
	skipped "$1" && return
	if [ "$2" = "$3" ]; then pass "$1"; else fail "$1" "expected: $2" "got:      $3"; fi
}

# check_match NAME REGEX ACTUAL
check_match() {
	skipped "$1" && return
	if printf '%s' "$3" | grep -Eq -- "$2"; then pass "$1"; else fail "$1" "expected to match: $2" "got: $3"; fi
}

summary() {
	echo "${SUITE:+$SUITE: }$PASSED passed, $FAILED failed"
	[ "$FAILED" -eq 0 ]
}
