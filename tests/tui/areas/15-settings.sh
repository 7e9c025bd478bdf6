# --- settings ---------------------------------------------------------------------
cat >"$work/keys.conf" <<CONF
[database]
conninfo = host=$PGHOST port=$PGPORT dbname=hearth
[keys]
logout = F12
help = F3
CONF
tui_section "settings: rebound keys" 'tui_start 80 24 "$HEARTH" -c "$work/keys.conf"'

login alice pw-alice
tui_wait "Welcome" >/dev/null
expect_screen "rebound keys show in the hints" "F12 log out"
tui_keys F3
expect_screen "a rebound key works" "Save the form or step"
tui_keys x F12
expect_screen "the rebound log out key logs out" "You have logged out."

# a broken form file is reported with its line, and the other forms work
mkdir -p "$work/forms"
cp "$ROOT"/forms/*.ini "$work/forms/"
printf '[form]\ntitle = Broken\ntable = client\n\n[field x]\nlabel = X\ntype = ssnn\n' >"$work/forms/broken.ini"
printf '[database]\nconninfo = host=%s port=%s dbname=hearth\n[forms]\ndir = %s\n' \
	"$PGHOST" "$PGPORT" "$work/forms" >"$work/forms.conf"
tui_section "settings: a broken form file" 'tui_start 80 24 "$HEARTH" -c "$work/forms.conf"'

expect_screen "a mistake in a form file is reported as file:line" "broken.ini:7:"
login alice pw-alice
tui_wait "Welcome" >/dev/null
tui_keys Right / ; tui_type "add"; tui_keys Enter
expect_screen "and the other forms still work" "1 Name and identity"
tui_stop

printf '[keys]\nlogout = F99\n' >"$work/bad.conf"
tui_section "settings: a mistake in hearth.conf" 'tui_start 80 24 "$HEARTH" -c "$work/bad.conf"'

expect_screen "a mistake in hearth.conf is reported" '"F99" is not a key'

tui_section "settings: NO_COLOR" 'run_hearth 80 24 NO_COLOR=1 && login alice pw-alice && tui_wait Welcome'
check "NO_COLOR: no colour on the screen" "" "$(tui_screen_raw | grep -E $'\e\\[[0-9;]*(3[0-7]|4[0-7]|38;5|48;5)[;m]' | head -1)"
tui_section "settings: colour" 'start_as alice pw-alice'
check_match "with colour allowed, colour is used" $'\e\\[' "$(tui_screen_raw)"
tui_stop

