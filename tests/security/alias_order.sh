# shellcheck shell=bash
# tests/security/alias_order.sh: sql/061's hearth.client_alias_order (every
# alias with its client's name keys, which Find Client walks), as real roles
# on run's fixture (sourced by tests/security/run, after duplicates.sh, whose
# aliases of X1 it reads too). A row must show no more than its alias and
# its client do: read under the alias's own rule and only with its client
# seen, written by nobody.

# Aliases of several organizations: carol's (C) of X1, Gina Global (global,
# in no MOU); bob's (B) of X6, Bert Bobson (B's, M1 with A); alice's of X2,
# Olive Orgonly (A only).
as carol "INSERT INTO hearth.client_alias (client_id, first_name, last_name) VALUES ($X1, 'Ziggy', 'Riverside')" >/dev/null
as bob "INSERT INTO hearth.client_alias (client_id, first_name, last_name) VALUES ($X6, 'Ziggy', 'Northside')" >/dev/null
as alice "INSERT INTO hearth.client_alias (client_id, first_name, last_name) VALUES ($X2, 'Ziggy', 'Harbor')" >/dev/null

# For every user: the rows read are exactly the aliases read whose client is
# read too.
for who in alice amy bob carol dave erin fred multi "multi@$D" adm; do
	check "$who reads the rows of exactly the aliases and clients they see" \
		"$(as "$who" "SELECT string_agg(a.id::text, ',' ORDER BY a.id) FROM hearth.client_alias a
		              WHERE EXISTS (SELECT 1 FROM hearth.client c WHERE c.id = a.client_id)")" \
		"$(as "$who" "SELECT string_agg(alias_id::text, ',' ORDER BY alias_id) FROM hearth.client_alias_order")"
done
check "alice reads her client's rows: her colleagues', not Riverside's alias of X1 (control)" "handle,harbor,moniker" \
	"$(as alice "SELECT string_agg(last_key, ',' ORDER BY last_key) FROM hearth.client_alias_order
	             WHERE client_id IN ($X1, $X2)")"
check "bob reads his own alias of X6, which alice reads too (M1)" "1|1" \
	"$(as bob "SELECT count(*) FROM hearth.client_alias_order WHERE last_key = 'northside'")|$(as alice "SELECT count(*) FROM hearth.client_alias_order WHERE last_key = 'northside'")"
for who in bob carol dave; do
	check "$who reads nothing of X2's row, nor its name keys" "0" \
		"$(as "$who" "SELECT count(*) FROM hearth.client_alias_order WHERE client_id = $X2 OR client_last_key = 'orgonly'")"
done
check "amy does not read alice's user-restricted alias of X1" "0" \
	"$(as amy "SELECT count(*) FROM hearth.client_alias_order WHERE last_key = 'moniker'")"

# An alias its writer still reads, of a client since hidden from them: the
# row would give away the client's current name. Alice's client Zelda
# Zigzag, global; carol writes an alias; alice restricts Zelda to Harbor.
ZEL=$(as alice "INSERT INTO hearth.client (first_name, last_name) VALUES ('Zelda', 'Zigzag') RETURNING id")
as carol "INSERT INTO hearth.client_alias (client_id, first_name, last_name) VALUES ($ZEL, 'Zee', 'Carols')" >/dev/null
check "carol reads the row of her alias of a global client (control)" "zigzag" \
	"$(as carol "SELECT client_last_key FROM hearth.client_alias_order WHERE client_id = $ZEL")"
as alice "UPDATE hearth.client SET intake_sharing = 'organization', last_name = 'Zagzig' WHERE id = $ZEL" >/dev/null
check "once Harbor restricts the client, carol still reads her alias (her own)" "1" \
	"$(as carol "SELECT count(*) FROM hearth.client_alias WHERE client_id = $ZEL")"
check "... but not its row, so not the client's new name" "0" \
	"$(as carol "SELECT count(*) FROM hearth.client_alias_order WHERE client_id = $ZEL OR client_last_key = 'zagzig'")"
check "... and Find by her alias does not return the client" "0" \
	"$(as carol "PREPARE find(text, text, text, text, text, bigint, bigint, boolean) AS $FIND_NAMED;
	             EXECUTE find('zee', '', '', '', '', 51, 0, false);" | grep -c "^$ZEL|")"
check "Harbor does not find its client by Riverside's alias either (they share nothing)" "0" \
	"$(as alice "PREPARE find(text, text, text, text, text, bigint, bigint, boolean) AS $FIND_NAMED;
	             EXECUTE find('zee', '', '', '', '', 51, 0, false);" | grep -c "^$ZEL|")"
check "the row carries the renamed client's keys all the same" "zagzig" \
	"$(dba "SELECT DISTINCT client_last_key FROM hearth.client_alias_order WHERE client_id = $ZEL")"

# Writes: nobody, through any channel.
check_match "nobody adds a row (that would make Find return a client by a name never typed)" "permission denied" \
	"$(as_err carol "INSERT INTO hearth.client_alias_order (alias_id, client_id, first_key, org_id, restriction, created_by)
	                 SELECT id, $X2, 'ziggy', org_id, 'none', created_by FROM hearth.client_alias WHERE last_key = 'riverside'")"
check_match "nobody moves a row to another client" "permission denied" \
	"$(as_err carol "UPDATE hearth.client_alias_order SET client_id = $X2 WHERE last_key = 'riverside'")"
check_match "nobody widens a row's restriction" "permission denied" \
	"$(as_err alice "UPDATE hearth.client_alias_order SET restriction = 'none' WHERE last_key = 'moniker'")"
check_match "nobody deletes rows" "permission denied" "$(as_err alice "DELETE FROM hearth.client_alias_order")"
check_match "nobody truncates it" "permission denied" "$(as_err alice "TRUNCATE hearth.client_alias_order")"
check_match "nobody runs its triggers' functions" "permission denied|can only be called as triggers" \
	"$(as_err carol "SELECT hearth.alias_order_keep()")"
check_match "nobody upserts into it" "permission denied" \
	"$(as_err carol "INSERT INTO hearth.client_alias_order (alias_id, client_id, org_id, restriction, created_by)
	                 VALUES (1, $X2, $C, 'none', 1) ON CONFLICT (alias_id) DO UPDATE SET client_id = $X2")"
# Shared by an exception (sql/081): Riverside grants Harbor what it holds of
# X1; its alias's row is marked and read by alice only while it stands. The
# mark (who granted anybody anything) is read by nobody.
as carol "INSERT INTO hearth.release_exception (client_id, accessing_org) VALUES ($X1, $A)" >/dev/null
check "an exception from Riverside on X1: alice reads Riverside's alias of it" 1 \
	"$(as alice "SELECT count(*) FROM hearth.client_alias_order WHERE client_id = $X1 AND last_key = 'riverside'")"
check "... bob, granted nothing, does not" 0 \
	"$(as bob "SELECT count(*) FROM hearth.client_alias_order WHERE client_id = $X1 AND last_key = 'riverside'")"
for who in alice bob carol; do
	check_match "$who does not read which rows an exception marks" "permission denied" \
		"$(as_err "$who" "SELECT released FROM hearth.client_alias_order")"
done
check_match "nobody learns the mark by a condition on it either" "permission denied" \
	"$(as_err bob "SELECT count(*) FROM hearth.client_alias_order WHERE released")"
as carol "UPDATE hearth.release_exception SET begin_date = hearth.today() + 1 WHERE client_id = $X1 AND accessing_org = $A" >/dev/null
check "the exception put off until tomorrow: alice no longer reads the alias" 0 \
	"$(as alice "SELECT count(*) FROM hearth.client_alias_order WHERE client_id = $X1 AND last_key = 'riverside'")"
as carol "DELETE FROM hearth.release_exception WHERE client_id = $X1 AND accessing_org = $A" >/dev/null
check "the exception deleted: alice no longer reads the alias either" 0 \
	"$(as alice "SELECT count(*) FROM hearth.client_alias_order WHERE client_id = $X1 AND last_key = 'riverside'")"
check "every row's mark says whether its organization granted an exception on its client" 0 \
	"$(dba "SELECT count(*) FROM hearth.client_alias_order o
	        WHERE released <> EXISTS (SELECT 1 FROM hearth.release_exception r
	                                  WHERE r.client_id = o.client_id AND r.granting_org = o.org_id)")"
check "nobody sees its column statistics (pg_stats)" 0 \
	"$(as carol "SELECT count(*) FROM pg_stats WHERE schemaname = 'hearth' AND tablename = 'client_alias_order'")"
check "the table agrees with the aliases and their clients after all of it" "" \
	"$(dba "(SELECT alias_id, client_id, first_key, last_key, client_first_key, client_last_key, org_id, restriction, created_by
	         FROM hearth.client_alias_order
	         EXCEPT SELECT a.id, a.client_id, a.first_key, a.last_key, c.first_key, c.last_key, a.org_id, a.restriction, a.created_by
	                FROM hearth.client_alias a JOIN hearth.client c ON c.id = a.client_id)
	        UNION ALL
	        (SELECT a.id, a.client_id, a.first_key, a.last_key, c.first_key, c.last_key, a.org_id, a.restriction, a.created_by
	         FROM hearth.client_alias a JOIN hearth.client c ON c.id = a.client_id
	         EXCEPT SELECT alias_id, client_id, first_key, last_key, client_first_key, client_last_key, org_id, restriction, created_by
	                FROM hearth.client_alias_order)")"
