-- 060_duplicate_plan.sql: the duplicate check's search, planned once a
-- session.
--
-- hearth.duplicate_search (013) is a LANGUAGE sql function with a SET
-- clause: it cannot be inlined, so its statement (six index lookups, a
-- union and the scoring) was parsed and planned again at every call, as 020
-- found for the sharing rule's helpers. At 1,000,000 clients that planning
-- took longer than the search itself (about 20 ms of a 25 ms check, for the
-- owner and for every user through hearth.duplicate_candidates). As
-- PL/pgSQL, RETURN QUERY keeps its plan for the session. The statement is
-- the one 013 wrote, copied from the catalog so the two cannot differ; its
-- parameters keep their names, and a name that is also a column means the
-- column, as in SQL.
SET LOCAL ROLE hearth_owner;

DO $$
DECLARE
	body text;
BEGIN
	SELECT p.prosrc INTO STRICT body FROM pg_proc p
	WHERE p.oid = 'hearth.duplicate_search(text, text, date, text, smallint)'::regprocedure
	  AND p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'sql');
	EXECUTE format($f$
		CREATE OR REPLACE FUNCTION hearth.duplicate_search(first text, last text, birth date,
		                                                   ssn text, ssn_quality smallint)
		RETURNS TABLE (client_id bigint, first_name text, last_name text, birth_date date,
		               ssn_last4 text, score integer, reasons text[], sure boolean)
		LANGUAGE plpgsql STABLE ROWS 50
		SET search_path = pg_catalog, pg_temp
		AS $body$
		#variable_conflict use_column
		BEGIN
			RETURN QUERY %s;
		END
		$body$ $f$, body);
END $$;
