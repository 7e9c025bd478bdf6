# --- help -----------------------------------------------------------------------
tui_section "help" 'start_as alice pw-alice'
tui_keys F1
expect_screen "F1 opens help with the page's keys" "Save the form or step"
expect_screen "help lists the log out keys" "F10 ^Q"
tui_keys PgDn PgDn
expect_screen "help scrolls to the last keys" "Back to an earlier page"
tui_keys x
expect_not_screen "any key closes help" "Save the form or step"

