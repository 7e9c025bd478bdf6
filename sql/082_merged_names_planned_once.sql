-- 082_merged_names_planned_once.sql: Find Client's third side (025, a
-- merged client's own names find the client it was merged into) is asked
-- through a function whose plan the session keeps.
--
-- Merged clients are few, and that side almost always finds none; but as a
-- branch of the search it named the client twice more, and each name brought
-- the client's read rule with it, planned again with every search, by every
-- user (for the owner, a tenth of the search). The same query as the caller,
-- under the same policies, in a PL/pgSQL function is planned once a session.
-- It returns the clients merged into that the caller sees, with the keys
-- Find sorts by; Find reads their rows and applies its other criteria as it
-- does for the other sides.
SET LOCAL ROLE hearth_owner;

CREATE FUNCTION hearth.merged_name_matches(first text, last text)
RETURNS TABLE (id bigint, last_key text, first_key text)
LANGUAGE plpgsql STABLE ROWS 10
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
	-- a part with no letters asks for nothing, as in Find's own sides
	f text := coalesce(hearth.name_key(first), '');
	l text := coalesce(hearth.name_key(last), '');
BEGIN
	-- One query for each part typed, each with its index's range (025): the
	-- kept plan is a generic one, which could not choose by the values.
	IF l <> '' THEN
		RETURN QUERY
		SELECT DISTINCT k.id, k.last_key, k.first_key
		FROM hearth.client m JOIN hearth.client k ON k.id = m.merged_into
		WHERE m.merged_into IS NOT NULL AND k.merged_into IS NULL
		  AND m.last_key >= l AND m.last_key < l || U&'\+10FFFF'
		  AND (f = '' OR (m.first_key >= f AND m.first_key < f || U&'\+10FFFF'));
	ELSIF f <> '' THEN
		RETURN QUERY
		SELECT DISTINCT k.id, k.last_key, k.first_key
		FROM hearth.client m JOIN hearth.client k ON k.id = m.merged_into
		WHERE m.merged_into IS NOT NULL AND k.merged_into IS NULL
		  AND m.first_key >= f AND m.first_key < f || U&'\+10FFFF';
	ELSE
		RETURN QUERY
		SELECT DISTINCT k.id, k.last_key, k.first_key
		FROM hearth.client m JOIN hearth.client k ON k.id = m.merged_into
		WHERE m.merged_into IS NOT NULL AND k.merged_into IS NULL;
	END IF;
END $$;
REVOKE ALL ON FUNCTION hearth.merged_name_matches(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hearth.merged_name_matches(text, text) TO hearth_user;
