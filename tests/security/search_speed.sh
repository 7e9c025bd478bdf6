# shellcheck shell=bash
# tests/security/search_speed.sh: sql/015's table of the release exceptions
# that open an intake (hearth.intake_release), as real roles on run's
# fixture (sourced by tests/security/run). The table decides what a
# release exception shows, so nobody may read it, write it, or make it
# disagree with the exceptions and sharing levels it follows.

# Harbor's own client for these checks: Sid Speedwell, MOU level, in no MOU,
# with an exception from Harbor (its creator) to Eastgate (D).
SID=$(as alice "INSERT INTO hearth.client (first_name, last_name, intake_sharing)
                VALUES ('Sid', 'Speedwell', 'mou') RETURNING id")
RS=$(as alice "INSERT INTO hearth.release_exception (client_id, accessing_org) VALUES ($SID, $D) RETURNING id")
check_match "fixture: Harbor's MOU-level client Sid with an exception to Eastgate" '^[0-9]+\|?[0-9]*$' "$SID|$RS"
sees() { # USER CLIENT: how many rows of the client the user reads
	as "$1" "SELECT count(*) FROM hearth.client WHERE id = $2"
}

check "Eastgate sees Sid through the exception (control)" 1 "$(sees dave "$SID")"
check "Riverside does not see Sid (no exception towards it)" 0 "$(sees carol "$SID")"

# The table itself: closed to every user, whatever the channel.
for who in dave carol alice; do
	check_match "$who cannot read intake_release" "permission denied" \
		"$(as_err "$who" "SELECT count(*) FROM hearth.intake_release")"
done
check_match "nobody adds a row that would open a hidden client to their organization" "permission denied" \
	"$(as_err carol "INSERT INTO hearth.intake_release VALUES ($R2, $X2, $C, hearth.today(), NULL)")"
check_match "nobody changes a row to open another client" "permission denied" \
	"$(as_err dave "UPDATE hearth.intake_release SET client_id = $X2 WHERE exception_id = $RS")"
check_match "nobody deletes the rows" "permission denied" \
	"$(as_err alice "DELETE FROM hearth.intake_release")"
check_match "nobody truncates it" "permission denied" \
	"$(as_err alice "TRUNCATE hearth.intake_release")"
check_match "nobody runs its refresh (which would be harmless, but is not theirs)" "permission denied" \
	"$(as_err dave "SELECT hearth.intake_release_refresh(ARRAY[$X2::bigint])")"
check_match "nobody references it from a table of their own" "permission denied" \
	"$(as_err dave "CREATE TABLE public.probe (x bigint REFERENCES hearth.intake_release)")"
check "nobody sees its column statistics (pg_stats)" 0 \
	"$(as dave "SELECT count(*) FROM pg_stats WHERE schemaname = 'hearth' AND tablename = 'intake_release'")"

# released_client_ids answers only for the caller's own organization, and
# only with clients the caller may see.
check "Riverside's released_client_ids never names the organization-restricted X2 (its exception opens nothing)" 0 \
	"$(as carol "SELECT count(*) FROM hearth.released_client_ids() x WHERE x = $X2")"
check "Eastgate's never names X6 (its exception is not from X6's creator)" 0 \
	"$(as dave "SELECT count(*) FROM hearth.released_client_ids() x WHERE x = $X6")"
check "... and Eastgate does not see X6" 0 "$(sees dave "$X6")"
check "a hint naming another organization does not give Riverside Eastgate's released clients" "0|0" \
	"$(as carol "SET hearth.active_org = '$D';
	             SELECT (SELECT count(*) FROM hearth.released_client_ids() x WHERE x = $SID),
	                    (SELECT count(*) FROM hearth.client WHERE id = $SID)")"
check "... nor does SET ROLE to another user's role (not a member)" "denied" \
	"$(as_err carol "SET ROLE dave" | grep -o denied)"

# Changes on either side show at once.
as alice "UPDATE hearth.client SET intake_sharing = 'organization' WHERE id = $SID" >/dev/null
check "Eastgate loses Sid as soon as Harbor restricts him to the organization" 0 "$(sees dave "$SID")"
as alice "UPDATE hearth.client SET intake_sharing = 'mou' WHERE id = $SID" >/dev/null
check "... and sees him again when Harbor shares him at the MOU level again" 1 "$(sees dave "$SID")"
as alice "UPDATE hearth.release_exception SET begin_date = hearth.today() - 10, end_date = hearth.today() - 1
          WHERE id = $RS" >/dev/null
check "Eastgate loses Sid when the exception has ended" 0 "$(sees dave "$SID")"
as alice "UPDATE hearth.release_exception SET begin_date = hearth.today(), end_date = NULL WHERE id = $RS" >/dev/null
check "... and has him back when it runs again" 1 "$(sees dave "$SID")"
as alice "UPDATE hearth.release_exception SET accessing_org = $F WHERE id = $RS" >/dev/null
check "Eastgate loses Sid when the exception is given to Southbay instead" 0 "$(sees dave "$SID")"
check "... whom it opens to" 1 "$(sees fred "$SID")"
check_match "Eastgate cannot move Harbor's exception back to itself" "^0$|row-level security|permission denied" \
	"$(as dave "UPDATE hearth.release_exception SET accessing_org = $D WHERE id = $RS; SELECT count(*) FROM hearth.client WHERE id = $SID" 2>&1 | tail -1)"
as alice "DELETE FROM hearth.release_exception WHERE id = $RS" >/dev/null
check "Southbay loses Sid when Harbor deletes the exception" 0 "$(sees fred "$SID")"
check "intake_release holds exactly the exceptions that open an intake, after all of it" "" \
	"$(dba "(SELECT exception_id, client_id, accessing_org, begin_date, end_date FROM hearth.intake_release
	         EXCEPT SELECT r.id, r.client_id, r.accessing_org, r.begin_date, r.end_date
	                FROM hearth.release_exception r JOIN hearth.client c ON c.id = r.client_id
	                 AND c.intake_sharing = 'mou' AND c.created_org = r.granting_org)
	        UNION ALL
	        (SELECT r.id, r.client_id, r.accessing_org, r.begin_date, r.end_date
	                FROM hearth.release_exception r JOIN hearth.client c ON c.id = r.client_id
	                 AND c.intake_sharing = 'mou' AND c.created_org = r.granting_org
	         EXCEPT SELECT exception_id, client_id, accessing_org, begin_date, end_date FROM hearth.intake_release)")"
