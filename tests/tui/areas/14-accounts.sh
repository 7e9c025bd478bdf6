# --- accounts that cannot work ------------------------------------------------------
tui_section "accounts that cannot work" 'run_hearth 80 24'
login gone pw-gone
expect_screen "a disabled account gets a sentence" "This account is disabled"
tui_keys C-u BTab C-u; tui_type "boss"; tui_keys Tab; tui_type "pw-root"; tui_keys Enter
expect_screen "an administrator with no organization logs in" "no organization"
expect_screen "an administrator has the Admin tab" "Messages   Admin"
tui_stop

cat >"$work/down.conf" <<CONF
[database]
conninfo = host=$work/nowhere dbname=hearth
CONF
tui_section "an unreachable server" 'tui_start 80 24 "$HEARTH" -c "$work/down.conf"'

login alice pw-alice
expect_screen "an unreachable server gets a sentence" "The database server cannot be reached"

