# --- logging in -----------------------------------------------------------------
tui_section "logging in" 'run_hearth 80 24'
expect_screen "the login screen asks for the user name" "User name"
expect_screen "the login screen shows the demo accounts" "alice  Harbor House"
login alice wrong
expect_screen "a wrong password gets a sentence" "The user name or password is not right."
expect_not_screen "the password is never shown" "wrong"
tui_keys C-u; tui_type "pw-alice"; tui_keys Enter
expect_screen "the right password logs in" "Welcome, Alice Adams."
expect_screen "the banner names the organization" "Harbor House"
expect_screen "the workspace tabs are shown" "Home   Clients   Providers   Housing   Messages"
expect_not_screen "a non-administrator has no Admin tab" " Admin "
expect_screen "the status line shows the keys" "F10 log out"

