# --- navigation -----------------------------------------------------------------
tui_section "navigation" 'start_as alice pw-alice'
tui_keys /; tui_type "pau"
expect_screen "menu search finds an option as you type" "Paused Operations"
tui_keys Enter
expect_screen "Enter opens the option found" "Home > Paused Operations"
tui_keys Escape
expect_not_screen "Esc goes back along the trail" "Home > Paused Operations"
tui_keys Tab Down Down Down Down Enter
expect_screen "a menu group folds shut" "+ Settings"
tui_keys Enter
expect_screen "and opens again" "- Settings"
tui_keys Right
expect_screen "Right moves to the next workspace" "Find Client"
tui_keys F9
expect_not_screen "F9 hides the navigation panel" "Find Client"
tui_keys F9
expect_screen "F9 shows it again" "Find Client"

