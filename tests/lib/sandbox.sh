# tests/lib/sandbox.sh: a test suite's own home and temporary folders.
# Every suite sources it first. It makes a new folder and points HOME, the
# XDG base folders, TMPDIR and TMUX_TMPDIR into it, so that no test reads
# what a user or an earlier run left in the real home or in /tmp, and none
# leaves anything there; the folder is removed when the suite's shell exits.
# POSIX sh (tests/unit/run is sh).
#
#   SANDBOX        the folder (home/, tmp/, and tmux's tmux-UID/)
#   at_exit CMD    run CMD when the suite exits, before the folder is
#                  removed; the last registered runs first. Suites register
#                  their own clean-up here and set no EXIT trap of their own.

SANDBOX=$(mktemp -d "${TMPDIR:-/tmp}/hearth-test.XXXXXX") \
	|| { echo "sandbox: cannot make a temporary folder" >&2; exit 1; }
# as root, a test cluster under tmp/ runs as the "postgres" user, who must
# pass through these two folders (scripts/pgcluster)
chmod 755 "$SANDBOX"
mkdir -m 755 "$SANDBOX/tmp"
mkdir -m 700 "$SANDBOX/home"

_sandbox_exit=
at_exit() { _sandbox_exit="$1${_sandbox_exit:+; $_sandbox_exit}"; }
_sandbox_end() {
	_sandbox_status=$?
	trap - EXIT
	eval "$_sandbox_exit"
	rm -rf "$SANDBOX"
	exit "$_sandbox_status"
}
trap _sandbox_end EXIT
# dash runs no EXIT trap on a signal: make the signal an exit
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

export HOME="$SANDBOX/home"
export XDG_CONFIG_HOME="$HOME/.config" XDG_STATE_HOME="$HOME/.local/state"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CACHE_HOME="$HOME/.cache"
export TMPDIR="$SANDBOX/tmp"
# tmux -L puts its socket in $TMUX_TMPDIR/tmux-UID (else /tmp/tmux-UID)
export TMUX_TMPDIR="$SANDBOX"
# nothing of the user's own configuration: hearth's, libpq's, or an
# enclosing tmux's
unset HEARTH_CONF PGPASSFILE PGSERVICEFILE PGSERVICE TMUX TMUX_PANE
