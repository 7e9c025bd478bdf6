-- 001_roles.sql: the roles, the schema, and what PUBLIC may not do.
--
-- hearth_owner   NOLOGIN; owns every table and function. No role is ever a
--                member of it; its policies let the database's own SECURITY
--                DEFINER functions and triggers work under forced RLS.
-- hearth_roles   NOLOGIN, CREATEROLE; owns only the user-management functions.
-- hearth_user    every HMIS user's login role is a member.
-- hearth_admin   system administrators: organizations, users, MOUs. Being one
--                shows no client data.
-- hearth_auditor reads the audit log.
-- Runs as the database superuser (the DBA), like every migration; the later
-- ones create their objects as hearth_owner.

DO $$
DECLARE r text;
BEGIN
	FOREACH r IN ARRAY ARRAY['hearth_owner', 'hearth_roles', 'hearth_user',
	                         'hearth_admin', 'hearth_auditor'] LOOP
		IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
			EXECUTE format('CREATE ROLE %I NOLOGIN', r);
		END IF;
	END LOOP;
END $$;
ALTER ROLE hearth_owner NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE;
ALTER ROLE hearth_roles NOLOGIN NOSUPERUSER NOBYPASSRLS CREATEROLE;
ALTER ROLE hearth_user NOLOGIN NOSUPERUSER NOBYPASSRLS;
ALTER ROLE hearth_admin NOLOGIN NOSUPERUSER NOBYPASSRLS;
ALTER ROLE hearth_auditor NOLOGIN NOSUPERUSER NOBYPASSRLS;

-- The known leak channels that PUBLIC's defaults open: temporary objects
-- (a leaky function in pg_temp), creating objects anywhere.
DO $$
BEGIN
	EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
	EXECUTE format('GRANT CONNECT ON DATABASE %I TO hearth_user, hearth_auditor',
	               current_database());
	-- The policies' sub-plans make cost estimates large, and JIT compiles for
	-- a second where the query runs in milliseconds: hearth's queries are
	-- short, interactive ones.
	EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
END $$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch SCHEMA public;
CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA public;

CREATE SCHEMA hearth AUTHORIZATION hearth_owner;
GRANT USAGE ON SCHEMA hearth TO hearth_user, hearth_auditor, hearth_roles;
ALTER DEFAULT PRIVILEGES FOR ROLE hearth_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE hearth_roles REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

SET LOCAL ROLE hearth_owner;

-- What hearthctl migrate has applied.
CREATE TABLE hearth.schema_migration (
	version    integer PRIMARY KEY,
	name       text NOT NULL,
	applied_at timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT ON hearth.schema_migration TO hearth_user, hearth_auditor;

-- Site-wide settings, set by the DBA. 'timezone' fixes what "today" means for
-- every date rule, so that a user's SET TimeZone cannot move it.
CREATE TABLE hearth.config (
	key   text PRIMARY KEY,
	value text NOT NULL
);
INSERT INTO hearth.config VALUES ('timezone', current_setting('TimeZone'));
GRANT SELECT ON hearth.config TO hearth_user, hearth_auditor;

-- Today's date in the site's time zone, whatever the session says.
CREATE FUNCTION hearth.today() RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$ SELECT (now() AT TIME ZONE (SELECT value FROM hearth.config WHERE key = 'timezone'))::date $$;
GRANT EXECUTE ON FUNCTION hearth.today() TO hearth_user, hearth_auditor;

-- Whether a [begin, end] date range (end open when null) holds today.
CREATE FUNCTION hearth.active_today(begin_date date, end_date date) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
AS $$ SELECT begin_date <= hearth.today() AND (end_date IS NULL OR end_date >= hearth.today()) $$;
GRANT EXECUTE ON FUNCTION hearth.active_today(date, date) TO hearth_user, hearth_auditor;
