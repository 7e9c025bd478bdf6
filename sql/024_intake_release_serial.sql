-- 024_intake_release_serial.sql: hearth.intake_release (015), a cache the
-- client_read policy trusts, stays right under concurrent writers.
--
-- Its refresh read the release exceptions and the client as its own
-- transaction saw them. Ending an exception in one transaction while another
-- changed the client's sharing level to 'mou': the second refresh read the
-- exception as it was before the end committed and wrote that, so the ended
-- exception kept opening the intake until something else refreshed the
-- client. Now every refresh of a client first writes that client's row in
-- hearth.intake_release_turn, so refreshes of one client take turns: under
-- READ COMMITTED the second waits for the first to commit and then reads
-- what it committed (each statement of the refresh takes a new snapshot);
-- under REPEATABLE READ and SERIALIZABLE the second fails with a
-- serialization error, to be retried, rather than write a stale row.
SET LOCAL ROLE hearth_owner;

CREATE TABLE hearth.intake_release_turn (
	client_id bigint PRIMARY KEY,
	turns     bigint NOT NULL DEFAULT 1
);
SELECT hearth.protect_table('hearth.intake_release_turn', ARRAY['client_id']);
DROP TRIGGER audit ON hearth.intake_release_turn;
DROP TRIGGER wake ON hearth.intake_release_turn;

CREATE OR REPLACE FUNCTION hearth.intake_release_refresh(clients bigint[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	-- take this client's turn (in id order, so two refreshes never wait on
	-- each other crosswise)
	INSERT INTO hearth.intake_release_turn AS t (client_id)
	SELECT DISTINCT c FROM unnest(clients) c WHERE c IS NOT NULL ORDER BY c
	ON CONFLICT (client_id) DO UPDATE SET turns = t.turns + 1;

	DELETE FROM hearth.intake_release i
	WHERE (i.client_id = ANY (clients)
	       OR i.exception_id IN (SELECT r.id FROM hearth.release_exception r
	                             WHERE r.client_id = ANY (clients)))
	  AND NOT EXISTS (SELECT 1 FROM hearth.release_exception r
	                  JOIN hearth.client c ON c.id = r.client_id AND c.intake_sharing = 'mou'
	                                      AND c.created_org = r.granting_org
	                  WHERE r.id = i.exception_id);
	INSERT INTO hearth.intake_release AS i (exception_id, client_id, accessing_org, begin_date, end_date)
	SELECT r.id, r.client_id, r.accessing_org, r.begin_date, r.end_date
	FROM hearth.release_exception r
	JOIN hearth.client c ON c.id = r.client_id AND c.intake_sharing = 'mou'
	                    AND c.created_org = r.granting_org
	WHERE r.client_id = ANY (clients)
	ON CONFLICT (exception_id) DO UPDATE
	SET client_id = excluded.client_id, accessing_org = excluded.accessing_org,
	    begin_date = excluded.begin_date, end_date = excluded.end_date
	WHERE (i.client_id, i.accessing_org, i.begin_date, i.end_date)
	      IS DISTINCT FROM (excluded.client_id, excluded.accessing_org, excluded.begin_date,
	                        excluded.end_date);
END $$;
