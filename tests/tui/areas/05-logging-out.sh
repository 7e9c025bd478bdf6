# --- logging out ----------------------------------------------------------------
tui_section "logging out" 'start_as alice pw-alice'
tui_keys F10
expect_screen "F10 logs out to the login screen" "You have logged out."
login alice pw-alice
expect_screen "logging in again works" "Welcome, Alice Adams."
tui_keys C-q
expect_screen "Ctrl-Q logs out too" "You have logged out."
tui_keys F10
tui_wait "Pane is dead" 5 >/dev/null || tui_wait "dead" 5 >/dev/null
check_match "F10 on the login screen quits" "dead|exited" "$(tui_screen; tui list-panes -t t -F '#{pane_dead}' 2>/dev/null | sed 's/1/dead/')"

