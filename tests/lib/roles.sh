# tests/lib/roles.sh: act as a real HMIS user over a real connection.
#
#   make_user NAME ORG [ORG...]     create the user (password "pw-NAME")
#   as USER[@ORG_ID] SQL            run SQL as that login role, in that
#                                   organization; prints rows (unaligned,
#                                   '|' separated), exit status 3 on error
#                                   with the error on stderr
#   as_err USER[@ORG_ID] SQL        the same, printing only the error text

make_user() {
	local name=$1; shift
	local args=()
	for o in "$@"; do args+=(--org "$o"); done
	echo "pw-$name" | "$HEARTHCTL" -d "$DBA" user add "$name" "${args[@]}" --password-stdin >/dev/null
}

as() {
	local who=${1%@*} org=
	[ "$1" != "$who" ] && org=${1#*@}
	{
		if [ -n "$org" ]; then
			printf '\\o /dev/null\nSELECT hearth.set_active_org(%s);\n\\o\n' "$org"
		fi
		printf '%s\n' "$2"
	} | PGPASSWORD="pw-$who" psql -X -q -A -t -v ON_ERROR_STOP=1 -U "$who" -d hearth -f - 
}

as_err() {
	as "$1" "$2" 2>&1 >/dev/null | sed -e 's/^psql:[^ ]* //' | head -1
}
