# shellcheck shell=bash
# tests/security/duplicates.sh: the duplicate check and Find Client's new
# channels, as real roles on run's fixture (sourced by tests/security/run).
# X2 Olive Orgonly (org A only, in M1, SSN 123456789, born 1977-07-07) is the
# hidden client: organizations B and C must never get it back, whatever
# they ask; A must (the control).

dup() { # FIRST LAST BIRTH SSN QUALITY: the ids the duplicate check returns
	echo "SELECT string_agg(client_id::text, ',' ORDER BY client_id)
	      FROM hearth.duplicate_candidates($1, $2, $3, $4, $5::smallint)"
}

q_match "org A's duplicate check returns its organization-restricted client (control)" "(^|,)$X2(,|$)" \
	"$(dup "'Olive'" "'Orgonly'" "'1977-07-07'" "'123456789'" 1)"
q_match "org A's duplicate check returns a global client by name (control)" "(^|,)$X1(,|$)" \
	"$(dup "'Gina'" "'Global'" NULL NULL NULL)"
run_as alice

for who in bob carol; do
	q_nomatch "$who: the duplicate check never returns a hidden client with the same SSN" "(^|,)$X2(,|$)" \
		"$(dup "'Zed'" "'Zulu'" NULL "'123456789'" 1)"
	q_nomatch "$who: ... nor by the same name" "(^|,)$X2(,|$)" "$(dup "'Olive'" "'Orgonly'" NULL NULL NULL)"
	q_nomatch "$who: ... nor by a name that sounds alike" "(^|,)$X2(,|$)" "$(dup "'Olivia'" "'Orgonlie'" NULL NULL NULL)"
	q_nomatch "$who: ... nor by the same birth date" "(^|,)$X2(,|$)" "$(dup "'Zed'" "'Zulu'" "'1977-07-07'" NULL NULL)"
	q_nomatch "$who: ... nor by the last four of the SSN" "(^|,)$X2(,|$)" "$(dup NULL NULL NULL "'6789'" NULL)"
	q_eq "$who: everything about the hidden client at once returns nothing" "" \
		"$(dup "'Olive'" "'Orgonly'" "'1977-07-07'" "'123456789'" 1)"
	q_err "$who: cannot call the unfiltered search behind the duplicate check" "permission denied" \
		"SELECT * FROM hearth.duplicate_search('Olive', 'Orgonly', NULL, NULL, NULL)"
	q_err "$who: cannot read the audit rows of duplicate checks" "permission denied" \
		"SELECT count(*) FROM hearth.audit_log WHERE action = 'duplicate_check'"
	q_err "$who: cannot write a search key of a client" "can only be updated to DEFAULT|permission denied" \
		"UPDATE hearth.client SET last_key = 'orgonly' WHERE id = $X1"
	q_eq "$who: Find by the hidden client's SSN or last four finds nothing" "0" \
		"SELECT count(*) FROM hearth.client WHERE ssn = '123456789' OR ssn_last4 = '6789' OR last_key = 'orgonly'"
done
q_match "bob: the duplicate check returns a global client (control)" "(^|,)$X1(,|$)" \
	"$(dup "'Gina'" "'Global'" NULL NULL NULL)"
run_as bob
run_as carol

check "a user without an organization gets no candidate" "" \
	"$(as admnone "$(dup "'Gina'" "'Global'" NULL NULL NULL)")"
check_match "an auditor that is no HMIS user cannot run the duplicate check" "permission denied|HMIS user" \
	"$(dba "CREATE ROLE dup_probe LOGIN PASSWORD 'pw-dup_probe' IN ROLE hearth_auditor" >/dev/null
	   as_err dup_probe "$(dup "'Gina'" "'Global'" NULL NULL NULL)")"
check "every call by a user left one audit row with the caller, none with the values searched for" "ok" \
	"$(dba "SELECT CASE WHEN count(*) FILTER (WHERE role_name IN ('alice', 'bob', 'carol', 'admnone')) = 16
	               AND count(*) FILTER (WHERE new_values::text ~* 'olive|orgonly|1977|6789|gina') = 0
	               THEN 'ok' ELSE count(*)::text END
	        FROM hearth.audit_log WHERE action = 'duplicate_check'")"

# Find by alias: an alias follows the transaction rules. X1 (global) gets a
# user-restricted alias by alice and an unrestricted one: bob sees neither
# (X1 is in no MOU and has no exception to B), amy sees the second only.
as alice "INSERT INTO hearth.client_alias (client_id, first_name, last_name, restriction)
          VALUES ($X1, 'Secret', 'Moniker', 'user'), ($X1, 'Known', 'Handle', 'none')" >/dev/null
. "$HERE/../lib/find_sql.sh"
FIND_NAMED=$(find_sql)
find_alias() { # FIRST LAST USER: whether Find Client's own statement returns X1
	as "$3" "PREPARE find(text, text, text, text, text, bigint, bigint, boolean) AS $FIND_NAMED;
	         EXECUTE find('$1', '$2', '', '', '', 51, 0, false);" | grep -c "^$X1|"
}
check "alice finds her client by her own user-restricted alias (control)" 1 "$(find_alias sec mon alice)"
check "a colleague does not find a client through another user's restricted alias" 0 "$(find_alias sec mon amy)"
check "a colleague finds the client through an unrestricted alias (control)" 1 "$(find_alias kno han amy)"
check "another organization does not find a client through an alias it cannot see" 0 "$(find_alias kno han bob)"
check "... though it finds the same client by its own name (control)" 1 "$(find_alias gi glo bob)"
