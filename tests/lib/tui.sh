# tests/lib/tui.sh: drive hearth in a real terminal (tmux) and read the
# screen. Never sleep-and-hope: tui_wait polls the screen until the text is
# there, up to a deadline.
#
#   tui_start COLS ROWS CMD...   a new tmux server and session running CMD
#   tui_keys KEY...              tmux send-keys (names like Enter, F10, C-q)
#   tui_type TEXT                type TEXT literally
#   tui_wait TEXT [SECONDS]      until the screen shows TEXT (fixed string);
#                                returns 1 (and keeps the screen) on timeout
#   tui_gone TEXT [SECONDS]      until the screen no longer shows TEXT
#   tui_screen                   the screen as text;  tui_screen_raw: with escapes
#   tui_resize COLS ROWS
#   tui_stop
#   tui_section NAME [COMMAND]   a new section (tests/lib/assert.sh) from a
#                                known screen: stops the terminal, then runs
#                                the shell COMMAND (which starts hearth and
#                                brings it to the section's first page); if
#                                COMMAND fails, that is a failure and the
#                                section's checks are skipped
#
# Once a check of the section has failed, the screen is not where the rest
# expect: tui_keys and tui_type send nothing and tui_wait gives up at once,
# so the section's later checks are reported skipped without waiting.

TUI_RUN=0
TUI_SOCKET=hearth-test-$$-0
TUI_DEADLINE=${TUI_DEADLINE:-10}

tui() { tmux -L "$TUI_SOCKET" -f /dev/null "$@"; }

tui_start() {
	local cols=$1 rows=$2; shift 2
	tui_stop
	# a fresh server each time: one being killed may still hold the old socket
	TUI_RUN=$((TUI_RUN + 1))
	TUI_SOCKET=hearth-test-$$-$TUI_RUN
	tui new-session -d -x "$cols" -y "$rows" -s t "$@"
	# keep the pane after the program ends, to read what it left
	tui set-option -t t remain-on-exit on >/dev/null
}

tui_stop() { tui kill-server >/dev/null 2>&1 || true; }
tui_keys() { section_failed || tui send-keys -t t "$@"; }
tui_type() { section_failed || tui send-keys -t t -l "$1"; }
tui_screen() { tui capture-pane -p -t t 2>/dev/null; }
tui_screen_raw() { tui capture-pane -p -e -t t 2>/dev/null; }
tui_resize() { tui resize-window -t t -x "$1" -y "$2"; }

# _tui_poll CONDITION TEXT SECONDS: poll until the condition holds.
_tui_poll() {
	local want=$1 text=$2 end=$((SECONDS + ${3:-$TUI_DEADLINE}))
	section_failed && return 1
	while :; do
		if tui_screen | grep -qF -- "$text"; then
			[ "$want" = present ] && return 0
		else
			[ "$want" = absent ] && return 0
		fi
		[ $SECONDS -ge $end ] && return 1
		sleep 0.05
	done
}

tui_wait() { _tui_poll present "$1" "${2:-}"; }
tui_gone() { _tui_poll absent "$1" "${2:-}"; }

tui_section() {
	tui_stop
	section "$1"
	[ -z "${2:-}" ] && return 0
	eval "$2" && return 0
	fail "$1: the section could not start ($2)" "$(tui_screen | sed 's/^/    | /')"
}

# expect_screen NAME TEXT: a check that the screen shows TEXT (waiting for it).
expect_screen() {
	skipped "$1" && return
	if tui_wait "$2"; then
		pass "$1"
	else
		fail "$1" "the screen did not show: $2" "$(tui_screen | sed 's/^/    | /')"
	fi
}

# expect_not_screen NAME TEXT: the screen shows no TEXT (waiting for it to go).
expect_not_screen() {
	skipped "$1" && return
	if tui_gone "$2"; then
		pass "$1"
	else
		fail "$1" "the screen still shows: $2" "$(tui_screen | sed 's/^/    | /')"
	fi
}
