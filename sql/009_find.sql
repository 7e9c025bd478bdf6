-- 009_find.sql: helpers for finding clients.
SET LOCAL ROLE hearth_owner;

-- A LIKE pattern matching text that starts with `typed` (any case): the
-- wildcards a person may type (% _ \) match only themselves.
CREATE FUNCTION hearth.prefix_pattern(typed text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
	SELECT replace(replace(replace(lower(typed), '\', '\\'), '%', '\%'), '_', '\_') || '%'
$$;
GRANT EXECUTE ON FUNCTION hearth.prefix_pattern(text) TO hearth_user;
