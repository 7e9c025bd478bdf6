-- 021_find_order.sql: Find Client reads a page of clients in the order it
-- shows them. Its statement (src/client.c) sorts and cuts each side of its
-- UNION to the page's end; with the whole sort key in an index, a common
-- name ('johnson', or 'jo' alone) reads a page of the index in order instead
-- of every client that matches and sorting them. These two replace 013's
-- (last_key, first_key) and (first_key), which they also serve.
SET LOCAL ROLE hearth_owner;

CREATE INDEX client_name_order ON hearth.client (last_key, first_key, id);
CREATE INDEX client_first_order ON hearth.client (first_key, last_key, id);
DROP INDEX hearth.client_name_key;
DROP INDEX hearth.client_first_key;
