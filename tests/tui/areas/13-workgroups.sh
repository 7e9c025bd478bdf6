# --- workgroups and remembered settings -------------------------------------------
"$HEARTHCTL" -d "$DBA" workgroup add "Harbor House" Desk Home,Clients >/dev/null
"$HEARTHCTL" -d "$DBA" workgroup add "Harbor House" Outreach Home,Clients,Providers,Housing,Messages >/dev/null
"$HEARTHCTL" -d "$DBA" workgroup join "Harbor House" Desk jose
"$HEARTHCTL" -d "$DBA" workgroup join "Harbor House" Outreach jose
tui_section "workgroups and remembered settings" 'run_hearth 80 24'
login jose pw-jose
tui_wait "Which one now?" >/dev/null
tui_keys Enter
expect_screen "the first workgroup's workspaces are the tabs" "Home   Clients"
expect_not_screen "and only those" "Providers"
tui_keys / ; tui_type "config"; tui_keys Enter
expect_screen "My configuration offers the workgroups" "< Desk >"
tui_keys Down Right Down Right
expect_screen "Right chooses another workgroup" "< Outreach >"
expect_screen "and another theme" "< high-contrast >"
tui_keys F2
expect_screen "F2 switches the workgroup" "You are working in Harbor House, workgroup Outreach."
expect_screen "and its workspaces are the tabs" "Home   Clients   Providers   Housing   Messages"
check "the database remembers the workgroup and the theme" "Outreach|high-contrast" \
	"$(dba "select w.name, u.theme from hearth.hmis_user u join hearth.workgroup w on w.id = u.last_workgroup_id where u.username = 'jose'")"
tui_keys F10
login jose pw-jose
tui_wait "Which one now?" >/dev/null
tui_keys Enter
expect_screen "the workgroup is remembered at the next login" "Home   Clients   Providers"
tui_keys / ; tui_type "config"; tui_keys Enter
expect_screen "and so is the theme" "< high-contrast >"

