# --- resizing -------------------------------------------------------------------
tui_section "resizing" 'start_as alice pw-alice'
tui_resize 60 20
expect_screen "a small terminal says how large it must be" "at least 80x24"
tui_resize 80 24
expect_screen "growing again brings the screen back" "Providers"

