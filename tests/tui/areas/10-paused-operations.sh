# --- paused operations --------------------------------------------------------------
export XDG_STATE_HOME=$work/state
open_add_client() {
	tui_keys Right / ; tui_type "add"; tui_keys Enter
	tui_wait "1 Name and identity" >/dev/null
}
open_paused() {
	tui_keys / ; tui_type "paused"; tui_keys Enter
	tui_wait "Home > Paused Operations" >/dev/null
}
tui_section "paused operations" 'start_as alice pw-alice'
open_add_client
tui_type "Paula"; tui_keys Tab Tab; tui_type "Pausey"
tui_keys F4
expect_screen "F4 pauses the form" 'Paused: "Add New Client"'
tui_keys Left
open_paused
expect_screen "Paused Operations lists it" "Add New Client"
tui_keys Enter
expect_screen "Enter resumes it" 'Resumed "Add New Client"'
expect_screen "with what was typed" "Pausey"
tui_keys C-p
expect_screen "Ctrl-P pauses it again" 'Paused: "Add New Client"'
check "pausing a resumed form keeps one paused operation" 1 \
	"$(dba "select count(*) from hearth.paused_operation where form = 'client_add' and user_id = (select id from hearth.hmis_user where username = 'alice')")"
check "what was typed is kept in the database" "Pausey" \
	"$(dba "select entries->>'last_name' from hearth.paused_operation where form = 'client_add'")"

# logging out with an unfinished form asks
tui_section "logging out with an unfinished form" 'start_as alice pw-alice'
open_add_client
tui_type "Lou"; tui_keys F10
expect_screen "logging out with an unfinished form asks" "p pauses it"
tui_keys p
expect_screen "p pauses it and logs out" "You have logged out."
check "logging out paused the form" "Lou" \
	"$(dba "select string_agg(entries->>'first_name', ',') from hearth.paused_operation where entries->>'first_name' = 'Lou'")"

# the terminal is killed mid-form (SIGHUP), then the database stops mid-form
tui_section "a killed terminal, a stopped database" 'start_as alice pw-alice'
open_add_client
tui_type "Hugo"; tui_keys Tab Tab; tui_type "Hangup"
tui_wait "Hangup" >/dev/null
tui kill-server
for i in $(seq 100); do
	[ "$(dba "select count(*) from hearth.paused_operation where entries->>'last_name' = 'Hangup'")" = 1 ] && break
	sleep 0.1
done
check "a killed terminal (SIGHUP) pauses the form" 1 \
	"$(dba "select count(*) from hearth.paused_operation where entries->>'last_name' = 'Hangup'")"
run_hearth 80 24
login alice pw-alice
tui_wait "Welcome" >/dev/null
open_paused
expect_screen "and it is in Paused Operations after logging in again" "Add New Client"
tui_keys Home Enter
expect_screen "resuming it brings back what was typed" "Hugo"

# the database stops mid-form
tui_keys C-u; tui_type "Dora"
"$ROOT/scripts/pgcluster" stop "$TESTDB_DIR/c"
tui_keys F2
expect_screen "a duplicate check that cannot run stops the intake and says so" \
	"Could not check for duplicates; F2 again retries"
expect_screen "... still on the first step" "Social Security number"
tui_keys F2
expect_screen "F2 again goes on without it, and says so" "Going on without the duplicate check"
expect_not_screen "... to the second step" "Social Security number"
tui_keys F2
tui_keys F2
tui_keys F2
expect_screen "a lost database keeps the form on this computer" "kept on this computer"
check "in a local file readable by its owner only" "600" \
	"$(stat -c %a "$XDG_STATE_HOME"/hearth/paused-alice-* 2>/dev/null | head -1)"
"$ROOT/scripts/pgcluster" start "$TESTDB_DIR/c"
open_paused
expect_screen "the connection comes back by itself, without logging in again" "Reconnected."
expect_screen "and the kept form is sent at once" "now in Paused Operations"
check "nothing lost: it is in the database" 1 \
	"$(dba "select count(*) from hearth.paused_operation where entries->>'first_name' = 'Dora'")"
check "and the local file is gone" "" "$(ls "$XDG_STATE_HOME"/hearth/ 2>/dev/null)"
tui_keys Home Home
tui_keys F5
expect_screen "F5 opens the row's action menu" "Resume"
tui_keys Down Enter
expect_screen "choosing Delete asks first" "Press Delete to delete it"
tui_keys Escape
open_paused
tui_keys Delete
expect_screen "Delete asks first" "Press Delete to delete it"
tui_keys Delete
expect_screen "and deletes" 'Deleted "Add New Client"'
tui_stop

