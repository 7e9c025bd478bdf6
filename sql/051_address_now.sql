-- 051_address_now.sql: the address history with the address the client has
-- now. The intake keeps since when its address holds (address_since, kept
-- by a trigger, written by nobody), so that a replaced address goes into the
-- history with its start as well as its end; and the Address History page
-- reads a view that adds the intake's address, as its own row, to the
-- history. The view runs as its caller: the current address is seen by the
-- intake's rule, the history rows by theirs, exactly as the tables are.
SET LOCAL ROLE hearth_owner;

ALTER TABLE hearth.client ADD COLUMN address_since date;
UPDATE hearth.client SET address_since = created_at::date
WHERE concat(address_line1, address_line2, city, state, zip) <> '';

-- Since when the address holds: set on the first address and on each change.
CREATE FUNCTION hearth.stamp_address_since() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	IF concat(NEW.address_line1, NEW.address_line2, NEW.city, NEW.state, NEW.zip) = '' THEN
		NEW.address_since := NULL;
	ELSIF TG_OP = 'INSERT' THEN
		NEW.address_since := hearth.today();
	ELSIF (OLD.address_line1, OLD.address_line2, OLD.city, OLD.state, OLD.zip)
	      IS DISTINCT FROM (NEW.address_line1, NEW.address_line2, NEW.city, NEW.state, NEW.zip) THEN
		NEW.address_since := hearth.today();
	ELSE
		NEW.address_since := OLD.address_since;   -- nobody sets it by hand
	END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER address_since BEFORE INSERT OR UPDATE ON hearth.client
	FOR EACH ROW EXECUTE FUNCTION hearth.stamp_address_since();

-- keep_former_address as in 012, with the replaced address's start.
CREATE OR REPLACE FUNCTION hearth.keep_former_address() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	INSERT INTO hearth.client_address (client_id, org_id, created_by, line1, line2, city,
	                                   state, zip, begin_date, end_date)
	VALUES (OLD.id, OLD.created_org, coalesce(hearth.current_user_id(), OLD.created_by),
	        OLD.address_line1, OLD.address_line2, OLD.city, OLD.state, OLD.zip,
	        least(coalesce(OLD.address_since, OLD.created_at::date), hearth.today()),
	        hearth.today());
	RETURN NULL;
END $$;

-- The history as the Address History page lists it: the intake's address
-- now (no id: it is the intake's, changed by Edit Client), then the rows of
-- hearth.client_address.
CREATE VIEW hearth.client_address_history WITH (security_invoker = true) AS
	SELECT NULL::bigint AS id, c.id AS client_id, 'current'::text AS address_type,
	       c.address_line1 AS line1, c.address_line2 AS line2, c.city, c.state, c.zip,
	       c.address_since AS begin_date, NULL::date AS end_date, NULL::text AS note,
	       'none'::text AS restriction
	FROM hearth.client c
	WHERE concat(c.address_line1, c.address_line2, c.city, c.state, c.zip) <> ''
	UNION ALL
	SELECT a.id, a.client_id, a.address_type, a.line1, a.line2, a.city, a.state, a.zip,
	       a.begin_date, a.end_date, a.note, a.restriction
	FROM hearth.client_address a;
GRANT SELECT ON hearth.client_address_history TO hearth_user;
