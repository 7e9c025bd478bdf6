# --- several organizations, UTF-8 names -----------------------------------------------
tui_section "several organizations, UTF-8 names" 'run_hearth 80 24'
login Jose pw-jose
expect_screen "a user in several organizations chooses one" "Which one now?"
tui_keys Down Enter
expect_screen "the chosen organization is the active one" "José Núñez (jose)   Northside"
tui_keys F10
login jose pw-jose
tui_wait "Which one now?" >/dev/null
tui_keys Enter
expect_screen "the last organization used is chosen first" "José Núñez (jose)   Northside"
tui_keys / ; tui_type "config"; tui_keys Enter
expect_screen "My configuration offers the organizations" "< Northside >"
tui_keys Right
expect_screen "Right chooses another" "< Harbor House >"
tui_keys F2
expect_screen "F2 switches the organization" "José Núñez (jose)   Harbor House"
expect_screen "and says so" "You are working in Harbor House."
check "the database agrees: the switch is remembered" "Harbor House" \
	"$(dba "select o.name from hearth.hmis_user u join hearth.organization o on o.id = u.last_org_id where u.username = 'jose'")"
tui_keys F10
login wang pw-wang
expect_screen "wide characters in names" "Welcome, 王秀英."

