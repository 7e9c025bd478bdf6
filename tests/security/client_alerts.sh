# tests/security/client_alerts.sh: client alerts (sql/019), sourced by
# tests/security/run on its fixture. An alert is seen by everyone who can see
# the client, and changed only by the organization that wrote it.

ALERT2=$(as alice "INSERT INTO hearth.client_alert (client_id, alert) VALUES ($X2, 'ask for Alice first') RETURNING id")
ALERT3=$(as alice "INSERT INTO hearth.client_alert (client_id, alert) VALUES ($X3, 'allergic to cats') RETURNING id")
check "a colleague sees the alert on an organization-restricted client" "ask for Alice first" \
	"$(as amy "SELECT alert FROM hearth.client_alert WHERE id = $ALERT2")"
check "another organization sees no alert on a client it cannot see" 0 \
	"$(as bob "SELECT count(*) FROM hearth.client_alert WHERE client_id = $X2")"
check "an MOU partner that sees the client sees its alert" "allergic to cats" \
	"$(as bob "SELECT alert FROM hearth.client_alert WHERE id = $ALERT3")"
check "an organization given a release exception on the client sees its alert, no other" "$ALERT3" \
	"$(as carol "SELECT id FROM hearth.client_alert")"
check "an organization that cannot see the clients sees none" 0 \
	"$(as dave "SELECT count(*) FROM hearth.client_alert")"
check "the partner cannot change the alert" "" \
	"$(as bob "UPDATE hearth.client_alert SET alert = 'x' WHERE id = $ALERT3 RETURNING id")"
check "nor remove it" "" \
	"$(as bob "DELETE FROM hearth.client_alert WHERE id = $ALERT3 RETURNING id")"
check_match "nobody writes an alert in another organization's name" "row-level security" \
	"$(as_err bob "INSERT INTO hearth.client_alert (client_id, org_id, alert) VALUES ($X3, $A, 'x')")"
check_match "nobody writes an alert about a client they cannot see" "row-level security" \
	"$(as_err carol "INSERT INTO hearth.client_alert (client_id, alert) VALUES ($X2, 'x')")"
check_match "nobody moves an alert to another client" "cannot be changed|permission denied" \
	"$(as_err alice "UPDATE hearth.client_alert SET client_id = $X1 WHERE id = $ALERT2")"
check "an alert written is in the audit log" 2 \
	"$(dba "SELECT count(*) FROM hearth.audit_log WHERE table_name = 'client_alert' AND action = 'insert'")"
as alice "DELETE FROM hearth.client_alert" >/dev/null
check "its organization removes its alerts" 0 "$(dba "SELECT count(*) FROM hearth.client_alert")"
