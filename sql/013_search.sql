-- 013_search.sql: finding clients and their possible duplicates quickly,
-- under row-level security.
--
-- Pattern operators (LIKE, ILIKE, trigram %, dmetaphone) are not leakproof,
-- so under RLS the planner must check the policy on every row before it may
-- apply them: a search by them scans the whole table. Equality and range
-- comparisons of text and dates are leakproof (checked below), so searches
-- run on stored, normalised keys: a name's key is its letters in lower case
-- without accents (COLLATE "C", so that a typed prefix is a range of an
-- index), its sound is the double metaphone of that key. The keys are
-- generated columns: every INSERT, UPDATE and COPY (even the demo loader's,
-- which runs with the triggers off) computes them, and nobody can write
-- them.
--
-- The duplicate check needs more than the user may run leakproofly (sound
-- codes, trigram similarity, nicknames) and must look at every client to
-- find the candidates, so it runs as hearth_owner (hearth.duplicate_candidates)
-- and returns only the candidates the caller may see, checked with the very
-- text of the client_read policy.
SET LOCAL ROLE hearth_owner;

-- ---- the keys ---------------------------------------------------------------

-- The letters of a name, lower case, accents removed; null when none are
-- left. Deterministic whatever the database's locale: decomposition (NFD)
-- removes the marks, the few letters that do not decompose are mapped by
-- hand, lower() runs in "C" (ASCII only), and ASCII that is no letter,
-- Unicode punctuation, spaces and combining marks are dropped. Letters of
-- other scripts stay as they are.
CREATE FUNCTION hearth.name_key(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN nullif(pg_catalog.regexp_replace(
	pg_catalog.lower(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
		pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
			pg_catalog.translate(normalize(name, NFD),
			                     'ĐđØøŁłıÐðĦħŦŧ', 'ddoollidddhhtt'),
			'ß', 'ss'), 'ẞ', 'ss'), 'Æ', 'ae'), 'æ', 'ae'), 'Œ', 'oe'), 'œ', 'oe')
		COLLATE "C"),
	'[\x01-\x60\x7b-\x7f\u0080-\u00bf\u02b0-\u036f\u2000-\u206f\u3000-\u303f\ufe00-\ufe0f\ufeff\uff01-\uff0f]',
	'', 'g'), '');

-- How a name key sounds (primary double metaphone); null when it has no
-- Latin letters to sound.
CREATE FUNCTION hearth.name_sound(key text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN nullif(public.dmetaphone(key), '');

-- The last four digits of an SSN ('^[0-9x]{9}$'), when they are digits.
CREATE FUNCTION hearth.ssn_last4(ssn text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN ssn ~ '[0-9]{4}$' THEN pg_catalog.right(ssn, 4) END;

-- Whether nine digits could be a real SSN: the Social Security
-- Administration never issues area 000, 666 or 900-999, group 00 or serial
-- 0000, and HUD's data quality checks reject the usual made-up ones.
CREATE FUNCTION hearth.ssn_valid(ssn text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN coalesce(ssn ~ '^[0-8][0-9]{8}$'
	AND pg_catalog.left(ssn, 3) NOT IN ('000', '666')
	AND pg_catalog.substr(ssn, 4, 2) <> '00'
	AND pg_catalog.right(ssn, 4) <> '0000'
	AND ssn !~ '^(.)\1{8}$'
	AND ssn NOT IN ('123456789', '987654321', '078051120', '219099999'), false);

GRANT EXECUTE ON FUNCTION hearth.name_key(text), hearth.name_sound(text),
	hearth.ssn_last4(text), hearth.ssn_valid(text) TO hearth_user;

ALTER TABLE hearth.client
	ADD COLUMN first_key text COLLATE "C" GENERATED ALWAYS AS (hearth.name_key(first_name)) STORED,
	ADD COLUMN last_key text COLLATE "C" GENERATED ALWAYS AS (hearth.name_key(last_name)) STORED,
	ADD COLUMN first_sound text COLLATE "C"
		GENERATED ALWAYS AS (hearth.name_sound(hearth.name_key(first_name))) STORED,
	ADD COLUMN last_sound text COLLATE "C"
		GENERATED ALWAYS AS (hearth.name_sound(hearth.name_key(last_name))) STORED,
	ADD COLUMN ssn_last4 text COLLATE "C" GENERATED ALWAYS AS (hearth.ssn_last4(ssn)) STORED;

ALTER TABLE hearth.client_alias
	ADD COLUMN first_key text COLLATE "C" GENERATED ALWAYS AS (hearth.name_key(first_name)) STORED,
	ADD COLUMN last_key text COLLATE "C" GENERATED ALWAYS AS (hearth.name_key(last_name)) STORED,
	ADD COLUMN first_sound text COLLATE "C"
		GENERATED ALWAYS AS (hearth.name_sound(hearth.name_key(first_name))) STORED,
	ADD COLUMN last_sound text COLLATE "C"
		GENERATED ALWAYS AS (hearth.name_sound(hearth.name_key(last_name))) STORED;

-- Find Client: a last name (and first) prefix, a first name alone, SSN, its
-- last four, birth date; the duplicate check: sounds, swapped names.
CREATE INDEX client_name_key ON hearth.client (last_key, first_key);
CREATE INDEX client_first_key ON hearth.client (first_key);
CREATE INDEX client_ssn ON hearth.client (ssn) WHERE ssn IS NOT NULL;
CREATE INDEX client_ssn_last4 ON hearth.client (ssn_last4) WHERE ssn_last4 IS NOT NULL;
CREATE INDEX client_birth_date ON hearth.client (birth_date);
CREATE INDEX client_sound ON hearth.client (last_sound, first_sound);
CREATE INDEX client_alias_name_key ON hearth.client_alias (last_key, first_key);
CREATE INDEX client_alias_first_key ON hearth.client_alias (first_key);

-- The searches put these comparisons ahead of the policies; that is only
-- allowed (and only safe) because they are leakproof. A PostgreSQL that
-- changed that would make every search a scan: fail the migration instead.
DO $$
DECLARE
	leaky text;
BEGIN
	SELECT string_agg(o.oid::regoperator::text, ', ') INTO leaky
	FROM pg_operator o JOIN pg_proc p ON p.oid = o.oprcode
	WHERE o.oprname IN ('=', '<', '<=', '>=', '>')
	  AND ((o.oprleft, o.oprright) IN (('text'::regtype, 'text'::regtype),
	                                   ('date'::regtype, 'date'::regtype),
	                                   ('bigint'::regtype, 'bigint'::regtype)))
	  AND NOT p.proleakproof;
	IF leaky IS NOT NULL THEN
		RAISE EXCEPTION 'these comparisons are not leakproof, so searches under RLS cannot use their indexes: %', leaky;
	END IF;
END $$;

-- ---- nicknames ----------------------------------------------------------------

-- Common English nicknames, as name keys. A nickname may belong to several
-- names (Al: Albert, Alan, Alfred), so it is a relation, not a column.
CREATE TABLE hearth.nickname (
	name      text COLLATE "C" NOT NULL CHECK (name = hearth.name_key(name)),
	canonical text COLLATE "C" NOT NULL CHECK (canonical = hearth.name_key(canonical)),
	PRIMARY KEY (name, canonical),
	CHECK (name <> canonical)
);
CREATE INDEX nickname_canonical ON hearth.nickname (canonical);
GRANT SELECT ON hearth.nickname TO hearth_user;

INSERT INTO hearth.nickname (name, canonical)
SELECT n, c FROM (VALUES
	('william', '{bill,billy,will,willy,willie,liam}'),
	('robert', '{bob,bobby,rob,robby,robbie,bert}'),
	('john', '{jon,johnny,jonny,jack}'),
	('jonathan', '{jon,jonny,nathan}'),
	('james', '{jim,jimmy,jamie}'),
	('elizabeth', '{liz,lizzie,beth,betty,betsy,eliza,libby}'),
	('katherine', '{kate,katie,kathy,kat,kay}'),
	('catherine', '{cathy,cat,kate,katie}'),
	('kathleen', '{kathy,kate}'),
	('margaret', '{peggy,maggie,meg,marge,margie,greta}'),
	('richard', '{dick,rick,ricky,rich,richie}'),
	('anthony', '{tony}'),
	('charles', '{chuck,charlie,chas}'),
	('michael', '{mike,mikey,mick,mickey}'),
	('thomas', '{tom,tommy}'),
	('joseph', '{joe,joey}'),
	('josephine', '{jo,josie}'),
	('daniel', '{dan,danny}'),
	('david', '{dave,davy}'),
	('edward', '{ed,eddie,ted,teddy,ned}'),
	('theodore', '{ted,teddy,theo}'),
	('christopher', '{chris,kit}'),
	('christine', '{chris,chrissy,tina}'),
	('christina', '{chris,chrissy,tina}'),
	('patrick', '{pat,patty,paddy}'),
	('patricia', '{pat,patty,trish,tricia}'),
	('matthew', '{matt,matty}'),
	('nicholas', '{nick,nicky}'),
	('benjamin', '{ben,benny}'),
	('samuel', '{sam,sammy}'),
	('samantha', '{sam,sammy}'),
	('alexander', '{alex,al,sandy,xander}'),
	('alexandra', '{alex,sandra,sandy,lexi}'),
	('albert', '{al,bert}'),
	('alfred', '{al,alfie,fred}'),
	('frederick', '{fred,freddy,rick}'),
	('andrew', '{andy,drew}'),
	('steven', '{steve}'),
	('stephen', '{steve}'),
	('timothy', '{tim,timmy}'),
	('gregory', '{greg}'),
	('jeffrey', '{jeff}'),
	('kenneth', '{ken,kenny}'),
	('donald', '{don,donny}'),
	('ronald', '{ron,ronnie}'),
	('lawrence', '{larry}'),
	('gerald', '{jerry,gerry}'),
	('raymond', '{ray}'),
	('eugene', '{gene}'),
	('harold', '{harry,hal}'),
	('henry', '{hank,harry,hal}'),
	('peter', '{pete}'),
	('philip', '{phil}'),
	('douglas', '{doug}'),
	('walter', '{walt,wally}'),
	('leonard', '{leo,len,lenny}'),
	('vincent', '{vince,vinny}'),
	('zachary', '{zach,zack}'),
	('jacob', '{jake}'),
	('joshua', '{josh}'),
	('nathaniel', '{nate,nathan}'),
	('gabriel', '{gabe}'),
	('isaac', '{ike}'),
	('jennifer', '{jen,jenny}'),
	('jessica', '{jess,jessie}'),
	('rebecca', '{becky,becca}'),
	('deborah', '{deb,debbie}'),
	('susan', '{sue,susie}'),
	('suzanne', '{sue,suzy}'),
	('barbara', '{barb,barbie}'),
	('dorothy', '{dot,dottie,dolly}'),
	('victoria', '{vicky,tori}'),
	('abigail', '{abby,gail}'),
	('cynthia', '{cindy}'),
	('pamela', '{pam}'),
	('sandra', '{sandy}'),
	('kimberly', '{kim}'),
	('angela', '{angie}'),
	('judith', '{judy}'),
	('carolyn', '{carol,carrie}'),
	('caroline', '{carol,carrie}'),
	('virginia', '{ginny,ginger}'),
	('theresa', '{terry,tess,tessa}'),
	('teresa', '{terry,tess}'),
	('frances', '{fran,frankie}'),
	('francis', '{frank,fran}'),
	('franklin', '{frank}'),
	('florence', '{flo}'),
	('eleanor', '{ellie,nell,nora}'),
	('helen', '{nell,nellie}'),
	('ann', '{annie,nan,nancy}'),
	('anne', '{annie,nan}'),
	('mary', '{molly,polly,mae}'),
	('sarah', '{sally,sadie}'),
	('martha', '{marty,patsy}'),
	('martin', '{marty}'),
	('louis', '{lou}'),
	('louise', '{lou,lulu}'),
	('jacqueline', '{jackie}'),
	('ronaldo', '{ron}'),
	('manuel', '{manny}'),
	('jose', '{pepe}'),
	('francisco', '{paco,pancho,frank}'),
	('guillermo', '{memo}'),
	('roberto', '{beto}'),
	('alberto', '{beto}'),
	('eduardo', '{lalo}'),
	('ignacio', '{nacho}'),
	('enrique', '{kike}'),
	('dolores', '{lola}'),
	('rosario', '{chayo}'),
	('guadalupe', '{lupe}')
) AS v(c, names), unnest(names::text[]) AS n;

-- A first name's key with every name it may be a nickname of or for: its
-- canonical names and all their nicknames (Bill: William, Will, Liam...).
CREATE FUNCTION hearth.nickname_group(key text) RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
	WITH canon AS (
		SELECT key AS c
		UNION SELECT canonical FROM hearth.nickname WHERE name = key)
	SELECT array_agg(DISTINCT x COLLATE "C") FROM (
		SELECT c AS x FROM canon
		UNION SELECT n.name FROM hearth.nickname n JOIN canon ON n.canonical = canon.c) s
	WHERE x IS NOT NULL
$$;
GRANT EXECUTE ON FUNCTION hearth.nickname_group(text) TO hearth_user;

-- ---- the sharing rule's helpers, once a query ---------------------------------

-- The client_read policy (and the transaction rules) ask mou_partners() and
-- released_client_ids() about the active organization. As 002 and 005 wrote
-- them, hearth.active_org() and hearth.today() ran once for every MOU
-- membership and release exception row: milliseconds on every query that
-- meets an MOU-level client, more than a whole indexed search takes. The
-- same rules, with each of those calls made once a query (an InitPlan), as
-- DESIGN.md asks of policies.
CREATE OR REPLACE FUNCTION hearth.mou_partners() RETURNS TABLE (mou_id bigint, org_id bigint)
LANGUAGE sql STABLE
AS $$
	SELECT b.mou_id, b.org_id
	FROM hearth.mou_member a
	JOIN hearth.mou_member b ON b.mou_id = a.mou_id AND b.org_id <> a.org_id
	WHERE a.org_id = (SELECT hearth.active_org())
	  AND a.begin_date <= (SELECT hearth.today())
	  AND (a.end_date IS NULL OR a.end_date >= (SELECT hearth.today()))
	  AND b.begin_date <= (SELECT hearth.today())
	  AND (b.end_date IS NULL OR b.end_date >= (SELECT hearth.today()))
$$;

-- SQL functions that cannot be inlined (SECURITY DEFINER, SET search_path)
-- are planned again at every call; in PL/pgSQL the plan is kept for the
-- session. The same queries, once planned.
CREATE OR REPLACE FUNCTION hearth.today() RETURNS date
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	RETURN (now() AT TIME ZONE (SELECT value FROM hearth.config WHERE key = 'timezone'))::date;
END $$;

CREATE OR REPLACE FUNCTION hearth.released_client_ids() RETURNS SETOF bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
	RETURN QUERY
	SELECT r.client_id
	FROM hearth.release_exception r
	JOIN hearth.client c ON c.id = r.client_id AND c.intake_sharing = 'mou'
	                    AND c.created_org = r.granting_org
	WHERE r.accessing_org = (SELECT hearth.active_org())
	  AND r.begin_date <= (SELECT hearth.today())
	  AND (r.end_date IS NULL OR r.end_date >= (SELECT hearth.today()));
END $$;

-- ---- the duplicate check ------------------------------------------------------

-- The audit log records duplicate checks too. The allowed actions are read
-- from the constraint, so that actions other migrations added stay.
DO $$
DECLARE
	actions text[];
BEGIN
	SELECT array_agg(DISTINCT m[1]) INTO actions
	FROM pg_constraint k, regexp_matches(pg_get_constraintdef(k.oid), '''([a-z_]+)''', 'g') m
	WHERE k.conrelid = 'hearth.audit_log'::regclass AND k.conname = 'audit_log_action_check';
	ALTER TABLE hearth.audit_log DROP CONSTRAINT audit_log_action_check;
	EXECUTE format('ALTER TABLE hearth.audit_log ADD CONSTRAINT audit_log_action_check CHECK (action = ANY (%L::text[]))',
	               array_append(actions, 'duplicate_check'));
END $$;

-- Every client that may be the person described, whoever may see it, with
-- its score, the reasons and whether the match is sure. Not for users (it
-- sees every client): hearth.duplicate_candidates calls it, and the
-- benchmark, as the owner. Candidates come through the indexes: the same
-- SSN, the same last four, the birth date or its day and month swapped,
-- names that sound alike (with the first name's nicknames), first and last
-- swapped.
--
-- Sure, after HUD's practice: two of name, birth date and a valid SSN of
-- full quality agree. The name agrees when both names are the same (or the
-- first is a nickname of the other) and the last is the same; sounding
-- alike is only a reason to look.
CREATE FUNCTION hearth.duplicate_search(first text, last text, birth date, ssn text,
                                        ssn_quality smallint)
RETURNS TABLE (client_id bigint, first_name text, last_name text, birth_date date,
               ssn_last4 text, score integer, reasons text[], sure boolean)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
	WITH given AS (
		SELECT k.*, hearth.name_sound(k.f) AS fs, hearth.name_sound(k.l) AS ls,
		       CASE WHEN length(k.s) = 9 AND k.s !~ 'x' THEN k.s END AS ssn,
		       hearth.ssn_last4(CASE WHEN length(k.s) = 4 THEN 'xxxxx' || k.s ELSE k.s END) AS last4,
		       CASE WHEN extract(day FROM birth) <= 12 AND extract(day FROM birth) <> extract(month FROM birth)
		            THEN make_date(extract(year FROM birth)::int, extract(day FROM birth)::int,
		                           extract(month FROM birth)::int) END AS bswap,
		       coalesce(ssn_quality = 1 AND hearth.ssn_valid(k.s), false) AS ssn_full,
		       coalesce(hearth.nickname_group(k.f), ARRAY[]::text[]) AS fgroup
		FROM (SELECT hearth.name_key(first) AS f, hearth.name_key(last) AS l,
		             lower(regexp_replace(ssn, '[^0-9xX]', '', 'g')) AS s) k
	), found AS (
		SELECT c.id FROM given g JOIN hearth.client c ON c.ssn = g.ssn
		UNION SELECT c.id FROM given g JOIN hearth.client c ON c.ssn_last4 = g.last4
		UNION SELECT c.id FROM given g JOIN hearth.client c ON c.birth_date = birth
		UNION SELECT c.id FROM given g JOIN hearth.client c ON c.birth_date = g.bswap
		UNION SELECT c.id FROM given g JOIN hearth.client c
		      ON c.last_sound = g.ls
		     AND c.first_sound = ANY (ARRAY(SELECT hearth.name_sound(x) FROM unnest(g.fgroup) x))
		UNION SELECT c.id FROM given g JOIN hearth.client c
		      ON c.last_sound = g.fs AND c.first_sound = g.ls
	), agree AS (
		SELECT c.id, c.first_name, c.last_name, c.birth_date, c.ssn_last4,
		       c.ssn = g.ssn AS same_ssn,
		       c.ssn IS DISTINCT FROM g.ssn AND c.ssn_last4 = g.last4 AS same_last4,
		       c.ssn = g.ssn AND g.ssn_full AND c.ssn_data_quality = 1 AS full_ssn,
		       c.birth_date = birth AS same_birth,
		       c.birth_date = g.bswap AS swapped_birth,
		       c.first_key = g.f AND c.last_key = g.l AS same_name,
		       c.first_key <> g.f AND c.first_key = ANY (g.fgroup)
		         AND c.last_sound = g.ls AS nickname,
		       c.first_sound = g.fs AND c.last_sound = g.ls AS sounds_alike,
		       c.first_sound = g.ls AND c.last_sound = g.fs AND g.fs <> g.ls AS swapped_names,
		       public.similarity(c.first_key || ' ' || c.last_key, g.f || ' ' || g.l) >= 0.5 AS similar,
		       c.last_key = g.l AS same_last
		FROM found JOIN hearth.client c ON c.id = found.id, given g
		WHERE c.merged_into IS NULL
	), judged AS (
		SELECT a.*,
		       coalesce(a.same_name OR (a.nickname AND a.same_last), false) AS name_agrees,
		       array_remove(ARRAY[
		         CASE WHEN a.same_ssn THEN 'same SSN' END,
		         CASE WHEN a.same_last4 THEN 'same last four of SSN' END,
		         CASE WHEN a.same_birth THEN 'same birth date' END,
		         CASE WHEN a.swapped_birth THEN 'birth day and month swapped' END,
		         CASE WHEN a.same_name THEN 'same name' END,
		         CASE WHEN a.similar AND NOT a.same_name THEN 'similar name' END,
		         CASE WHEN a.sounds_alike AND NOT a.same_name THEN 'sounds alike' END,
		         CASE WHEN a.nickname THEN 'nickname' END,
		         CASE WHEN a.swapped_names THEN 'first and last swapped' END], NULL) AS why
		FROM agree a
	)
	SELECT j.id, j.first_name, j.last_name, j.birth_date, j.ssn_last4,
	       (CASE WHEN j.same_ssn THEN 50 WHEN j.same_last4 THEN 15 ELSE 0 END
	        + CASE WHEN j.same_birth THEN 30 WHEN j.swapped_birth THEN 15 ELSE 0 END
	        + CASE WHEN j.same_name THEN 40 WHEN j.nickname THEN 30
	               WHEN j.sounds_alike OR j.swapped_names THEN 25
	               WHEN j.similar THEN 20 ELSE 0 END)::integer,
	       j.why,
	       (j.name_agrees::int + coalesce(j.same_birth, false)::int
	        + coalesce(j.full_ssn, false)::int) >= 2
	FROM judged j
	WHERE cardinality(j.why) > 0
$$;

-- The duplicate check for an intake: the candidates of
-- hearth.duplicate_search that the caller may see, best first, at most 20,
-- and one audit row for the call (who asked, which fields were given, which
-- clients were shown; not the values searched for). Only visible clients
-- are ranked and counted, so the answer is the same whether or not hidden
-- clients match.
--
-- The visibility test is the client_read policy's own expression, copied
-- from the catalog when this function is made, so the two cannot disagree;
-- a migration that changes the policy must re-create this function.
DO $$
DECLARE
	rule text;
BEGIN
	-- deparsed with only pg_catalog in the path, so every name is qualified
	PERFORM set_config('search_path', 'pg_catalog, pg_temp', true);
	SELECT pg_get_expr(p.polqual, p.polrelid) INTO STRICT rule
	FROM pg_policy p
	WHERE p.polrelid = 'hearth.client'::regclass AND p.polname = 'client_read';
	EXECUTE format($f$
		CREATE FUNCTION hearth.duplicate_candidates(first text, last text, birth date,
		                                            ssn text, ssn_quality smallint)
		RETURNS TABLE (client_id bigint, first_name text, last_name text, birth_date date,
		               ssn_last4 text, score integer, reasons text[], sure boolean)
		LANGUAGE plpgsql VOLATILE SECURITY DEFINER
		SET search_path = pg_catalog, pg_temp
		AS $body$
		#variable_conflict use_column
		DECLARE
			uid bigint := hearth.current_user_id();
		BEGIN
			IF uid IS NULL THEN
				RAISE EXCEPTION 'only an HMIS user may look for duplicates'
					USING ERRCODE = 'insufficient_privilege';
			END IF;
			RETURN QUERY
			WITH shown AS (
				SELECT s.* FROM hearth.duplicate_search(first, last, birth, ssn, ssn_quality) s
				WHERE EXISTS (SELECT 1 FROM hearth.client v WHERE v.id = s.client_id AND (%s))
				ORDER BY s.sure DESC, s.score DESC, s.client_id
				LIMIT 20
			), logged AS (
				INSERT INTO hearth.audit_log (user_id, org_id, table_name, action, new_values)
				SELECT uid, hearth.active_org(), 'client', 'duplicate_check',
				       jsonb_build_object(
				         'given', to_jsonb(array_remove(ARRAY[
				           CASE WHEN hearth.name_key(first) IS NOT NULL THEN 'first name' END,
				           CASE WHEN hearth.name_key(last) IS NOT NULL THEN 'last name' END,
				           CASE WHEN birth IS NOT NULL THEN 'birth date' END,
				           CASE WHEN nullif(ssn, '') IS NOT NULL THEN 'SSN' END], NULL)),
				         'shown', coalesce((SELECT jsonb_agg(client_id ORDER BY client_id) FROM shown),
				                           '[]'::jsonb))
			)
			SELECT * FROM shown ORDER BY sure DESC, score DESC, client_id;
		END
		$body$ $f$, rule);
END $$;
GRANT EXECUTE ON FUNCTION hearth.duplicate_candidates(text, text, date, text, smallint)
	TO hearth_user;
