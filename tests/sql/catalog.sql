-- tests/sql/catalog.sql: the catalog invariants of DESIGN.md, checked on the
-- migrated database. Each check is a query for the objects that break the
-- invariant, so a failure names them (pgTAP prints the unexpected rows).
--
--  - no login role but the bootstrap superuser (oid 10, the DBA who runs the
--    migrations) is superuser, has BYPASSRLS, or owns anything in hearth;
--  - hearth_owner cannot log in and nobody is a member of it;
--  - every table holding client data has RLS enabled and forced;
--  - every view runs as its caller (security_invoker);
--  - every SECURITY DEFINER function has a fixed search_path and no EXECUTE
--    for PUBLIC;
--  - PUBLIC has no TEMP or CREATE on the database, no CREATE on the schemas
--    public and hearth, no TRUNCATE or REFERENCES on hearth's tables;
--  - hearth_user has no TRUNCATE, REFERENCES or TRIGGER on hearth's tables
--    and cannot choose a row's id, write a generated column or merged_into.
--
-- Runs as the superuser; changes nothing (one transaction, rolled back).

BEGIN;
SELECT plan(31);

-- The relations of schema hearth that hold client data: every table with a
-- client_id column, plus client, audit_log and family.
CREATE TEMP VIEW client_data AS
SELECT c.oid, c.relname
FROM pg_class c
WHERE c.relnamespace = 'hearth'::regnamespace AND c.relkind IN ('r', 'p', 'f')
  AND (c.relname IN ('client', 'audit_log', 'family')
       OR EXISTS (SELECT 1 FROM pg_attribute a
                  WHERE a.attrelid = c.oid AND a.attname = 'client_id'
                    AND a.attnum > 0 AND NOT a.attisdropped));

-- Login roles other than the bootstrap superuser.
CREATE TEMP VIEW login_role AS
SELECT oid, rolname FROM pg_roles WHERE rolcanlogin AND oid <> 10;

-- ---- roles -----------------------------------------------------------------

SELECT is_empty(
	'SELECT rolname FROM pg_roles WHERE rolsuper AND rolcanlogin AND oid <> 10',
	'no login role but the bootstrap superuser is a superuser');
SELECT is_empty(
	'SELECT rolname FROM pg_roles WHERE rolbypassrls AND rolcanlogin AND oid <> 10',
	'no login role but the bootstrap superuser has BYPASSRLS');
SELECT is_empty(
	$$SELECT l.rolname AS login_role, r.rolname AS can_become
	  FROM login_role l JOIN pg_roles r ON (r.rolsuper OR r.rolbypassrls) AND r.oid <> l.oid
	  WHERE pg_has_role(l.oid, r.oid, 'MEMBER')$$,
	'no login role can SET ROLE to a superuser or BYPASSRLS role');

SELECT is((SELECT rolcanlogin FROM pg_roles WHERE rolname = 'hearth_owner'), false,
	'hearth_owner is NOLOGIN');
SELECT is_empty(
	$$SELECT member::regrole::text FROM pg_auth_members WHERE roleid = 'hearth_owner'::regrole$$,
	'no role is a member of hearth_owner');
SELECT is_empty(
	$$SELECT rolname FROM pg_roles WHERE rolname = 'hearth_owner' AND (rolsuper OR rolbypassrls OR rolcreaterole)$$,
	'hearth_owner is no superuser, has no BYPASSRLS and cannot create roles (FORCE RLS binds it)');

-- ---- ownership --------------------------------------------------------------

SELECT is_empty(
	$$SELECT 'schema' AS kind, n.nspname::text AS object, pg_get_userbyid(n.nspowner) AS owner
	  FROM pg_namespace n JOIN login_role l ON l.oid = n.nspowner WHERE n.nspname = 'hearth'
	  UNION ALL
	  SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'
	                        WHEN 'S' THEN 'sequence' WHEN 'i' THEN 'index' ELSE 'table' END,
	         c.oid::regclass::text, l.rolname
	  FROM pg_class c JOIN login_role l ON l.oid = c.relowner
	  WHERE c.relnamespace = 'hearth'::regnamespace
	  UNION ALL
	  SELECT 'function', p.oid::regprocedure::text, l.rolname
	  FROM pg_proc p JOIN login_role l ON l.oid = p.proowner
	  WHERE p.pronamespace = 'hearth'::regnamespace
	  UNION ALL
	  SELECT 'type', t.oid::regtype::text, l.rolname
	  FROM pg_type t JOIN login_role l ON l.oid = t.typowner
	  WHERE t.typnamespace = 'hearth'::regnamespace$$,
	'no login role but the bootstrap superuser owns the schema hearth or anything in it');
SELECT is_empty(
	$$WITH owner AS (
	      SELECT nspowner AS oid FROM pg_namespace WHERE nspname = 'hearth'
	      UNION SELECT relowner FROM pg_class WHERE relnamespace = 'hearth'::regnamespace
	      UNION SELECT proowner FROM pg_proc WHERE pronamespace = 'hearth'::regnamespace)
	  SELECT l.rolname AS login_role, pg_get_userbyid(o.oid) AS acts_as_owner
	  FROM login_role l JOIN owner o ON o.oid <> 10 AND pg_has_role(l.oid, o.oid, 'MEMBER')$$,
	'no login role is a member of a role that owns hearth objects');
SELECT is_empty(
	$$SELECT c.oid::regclass::text, pg_get_userbyid(c.relowner) FROM pg_class c
	  WHERE c.relnamespace = 'hearth'::regnamespace AND c.relowner <> 'hearth_owner'::regrole$$,
	'every table, view and sequence in hearth belongs to hearth_owner');

-- ---- row-level security ---------------------------------------------------------

SELECT is_empty(
	$$SELECT x FROM unnest(ARRAY['client', 'audit_log', 'family', 'release_exception',
	                             'enrollment', 'service', 'assessment', 'case_note',
	                             'family_member', 'client_alias', 'client_address',
	                             'interested_other', 'client_file', 'client_photo',
	                             'client_document', 'task']) x
	  EXCEPT SELECT relname FROM client_data$$,
	'the client-data tables are found (the check below is not vacuous)');
SELECT is_empty(
	$$SELECT c.oid::regclass::text AS tbl, c.relrowsecurity AS rls, c.relforcerowsecurity AS forced
	  FROM pg_class c JOIN client_data d ON d.oid = c.oid
	  WHERE NOT (c.relrowsecurity AND c.relforcerowsecurity)$$,
	'every table holding client data has row-level security enabled and forced');
SELECT is_empty(
	$$SELECT c.oid::regclass::text FROM pg_class c JOIN client_data d ON d.oid = c.oid
	  WHERE NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid)$$,
	'every table holding client data has policies');

SELECT is_empty(
	$$SELECT c.oid::regclass::text AS view, c.reloptions FROM pg_class c
	  WHERE c.relnamespace = 'hearth'::regnamespace AND c.relkind = 'v'
	    AND NOT EXISTS (SELECT 1 FROM unnest(c.reloptions) o
	                    WHERE split_part(o, '=', 1) = 'security_invoker'
	                      AND lower(split_part(o, '=', 2)) IN ('true', 'on', '1', 'yes', 't', 'y'))$$,
	'every view in hearth has security_invoker=true');
SELECT is_empty(
	$$SELECT c.oid::regclass::text FROM pg_class c
	  WHERE c.relnamespace = 'hearth'::regnamespace AND c.relkind = 'm'$$,
	'hearth has no materialized view (they cannot run as the caller)');

-- ---- SECURITY DEFINER functions ---------------------------------------------

SELECT isnt_empty(
	$$SELECT 1 FROM pg_proc WHERE pronamespace = 'hearth'::regnamespace AND prosecdef$$,
	'hearth has SECURITY DEFINER functions (the checks below are not vacuous)');
SELECT is_empty(
	$$SELECT p.oid::regprocedure::text, p.proconfig FROM pg_proc p
	  WHERE p.pronamespace = 'hearth'::regnamespace AND p.prosecdef
	    AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) s WHERE s LIKE 'search\_path=%')$$,
	'every SECURITY DEFINER function in hearth sets its search_path');
SELECT is_empty(
	$$SELECT p.oid::regprocedure::text, p.proacl FROM pg_proc p
	  WHERE p.pronamespace = 'hearth'::regnamespace AND p.prosecdef
	    AND (EXISTS (SELECT 1 FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
	                 WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE')
	         OR has_function_privilege('public', p.oid, 'EXECUTE'))$$,
	'no SECURITY DEFINER function in hearth is executable by PUBLIC');

-- ---- what PUBLIC may do -----------------------------------------------------------

SELECT is_empty(
	$$SELECT a.privilege_type FROM pg_database d,
	         aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a
	  WHERE d.datname = current_database() AND a.grantee = 0
	    AND a.privilege_type IN ('TEMPORARY', 'CREATE')
	  UNION SELECT 'TEMPORARY' WHERE has_database_privilege('public', current_database(), 'TEMPORARY')
	  UNION SELECT 'CREATE' WHERE has_database_privilege('public', current_database(), 'CREATE')$$,
	'PUBLIC has no TEMP or CREATE privilege on the database');
SELECT is_empty(
	$$SELECT n.nspname, a.privilege_type FROM pg_namespace n,
	         aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a
	  WHERE n.nspname IN ('public', 'hearth') AND a.grantee = 0 AND a.privilege_type = 'CREATE'
	  UNION SELECT n.nspname, 'CREATE' FROM pg_namespace n
	  WHERE n.nspname IN ('public', 'hearth') AND has_schema_privilege('public', n.oid, 'CREATE')$$,
	'PUBLIC has no CREATE privilege on the schemas public and hearth');
SELECT is_empty(
	$$SELECT c.oid::regclass::text, a.privilege_type FROM pg_class c,
	         aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
	  WHERE c.relnamespace = 'hearth'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
	    AND a.grantee = 0 AND a.privilege_type IN ('TRUNCATE', 'REFERENCES')
	  UNION
	  SELECT c.oid::regclass::text || '.' || att.attname, a.privilege_type
	  FROM pg_class c JOIN pg_attribute att ON att.attrelid = c.oid, aclexplode(att.attacl) a
	  WHERE c.relnamespace = 'hearth'::regnamespace AND a.grantee = 0
	    AND a.privilege_type = 'REFERENCES'$$,
	'PUBLIC has no TRUNCATE or REFERENCES privilege on any hearth table');
SELECT is_empty(
	$$SELECT c.oid::regclass::text, a.privilege_type FROM pg_class c
	  JOIN client_data d ON d.oid = c.oid, aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
	  WHERE a.grantee = 0
	  UNION
	  SELECT c.oid::regclass::text || '.' || att.attname, a.privilege_type
	  FROM pg_class c JOIN client_data d ON d.oid = c.oid
	  JOIN pg_attribute att ON att.attrelid = c.oid, aclexplode(att.attacl) a
	  WHERE a.grantee = 0$$,
	'PUBLIC has no privilege at all on the tables holding client data');

-- ---- what hearth_user (every HMIS user) may do ------------------------------------

SELECT is_empty(
	$$SELECT c.oid::regclass::text, p FROM pg_class c, unnest(ARRAY['TRUNCATE', 'TRIGGER']) p
	  WHERE c.relnamespace = 'hearth'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
	    AND has_table_privilege('hearth_user', c.oid, p)
	  UNION
	  SELECT c.oid::regclass::text, 'REFERENCES' FROM pg_class c
	  WHERE c.relnamespace = 'hearth'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
	    AND has_any_column_privilege('hearth_user', c.oid, 'REFERENCES')$$,
	'hearth_user has no TRUNCATE, REFERENCES or TRIGGER privilege on any hearth table');
SELECT is_empty(
	$$SELECT l.rolname, c.oid::regclass::text, p FROM login_role l, pg_class c,
	         unnest(ARRAY['TRUNCATE', 'TRIGGER', 'REFERENCES']) p
	  WHERE c.relnamespace = 'hearth'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
	    AND (has_table_privilege(l.oid, c.oid, p)
	         OR (p = 'REFERENCES' AND has_any_column_privilege(l.oid, c.oid, p)))$$,
	'no login role has TRUNCATE, REFERENCES or TRIGGER privilege on any hearth table');
SELECT is_empty(
	$$SELECT c.oid::regclass::text, a.attname FROM pg_class c
	  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
	  WHERE c.relnamespace = 'hearth'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'f')
	    AND (a.attname = 'id' OR a.attidentity <> '')
	    AND has_column_privilege('hearth_user', c.oid, a.attnum, 'INSERT')$$,
	'hearth_user has no INSERT privilege on any id column');
SELECT is_empty(
	$$SELECT c.oid::regclass::text, a.attname FROM pg_class c
	  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
	  WHERE c.relnamespace = 'hearth'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'f')
	    AND (a.attname = 'id' OR a.attidentity <> '')
	    AND has_column_privilege('hearth_user', c.oid, a.attnum, 'UPDATE')$$,
	'hearth_user has no UPDATE privilege on any id column');
SELECT is_empty(
	$$SELECT c.oid::regclass::text, a.attname, p FROM pg_class c
	  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped,
	  unnest(ARRAY['INSERT', 'UPDATE']) p
	  WHERE c.relnamespace = 'hearth'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'f')
	    AND a.attgenerated <> '' AND has_column_privilege('hearth_user', c.oid, a.attnum, p)$$,
	'hearth_user has no INSERT or UPDATE privilege on any generated column');
SELECT is_empty(
	$$SELECT p FROM unnest(ARRAY['INSERT', 'UPDATE']) p
	  WHERE has_column_privilege('hearth_user', 'hearth.client', 'merged_into', p)$$,
	'hearth_user cannot write hearth.client.merged_into (only the merge function does)');
SELECT is_empty(
	$$SELECT p FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) p
	  WHERE has_table_privilege('hearth_user', 'hearth.audit_log', p)$$,
	'hearth_user has no privilege on the audit log (it is written by the database only)');
SELECT is_empty(
	$$SELECT d.relname, p FROM client_data d, unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE']) p
	  WHERE has_table_privilege('hearth_auditor', d.oid, p) AND d.relname <> 'audit_log'$$,
	'hearth_auditor has no privilege on client data but the audit log');

-- ---- leak channels -----------------------------------------------------------------

SELECT is_empty(
	$$SELECT i.indexrelid::regclass::text FROM pg_index i
	  WHERE i.indrelid = 'hearth.client'::regclass AND (i.indisunique OR i.indisexclusion)
	    AND NOT i.indisprimary$$,
	'hearth.client has no unique or exclusion constraint but its key (no SSN/name uniqueness to probe)');
SELECT is_empty(
	$$SELECT e.extname, n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
	  WHERE n.nspname = 'hearth'$$,
	'no extension lives in schema hearth');

SELECT * FROM finish();
ROLLBACK;
