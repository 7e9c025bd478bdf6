-- 074_income_sources.sql: HUD 4.02's yes/no of each income source follows
-- its amount. The form takes amounts (and computes the total); a source with
-- an amount is a Yes, and once the person says whether there is income at
-- all, a source without one is a No. Kept by the database, for every writer,
-- so that an exported IncomeBenefits row never says No beside an amount.
SET LOCAL ROLE hearth_owner;

CREATE FUNCTION hearth.income_source_flags() RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	j jsonb := to_jsonb(NEW);
	source text;
	amount text;
BEGIN
	FOREACH source IN ARRAY ARRAY['earned', 'unemployment', 'ssi', 'ssdi', 'va_disability_service',
	        'va_disability_non_service', 'private_disability', 'workers_comp', 'tanf', 'ga',
	        'soc_sec_retirement', 'pension', 'child_support', 'alimony', 'other_income_source'] LOOP
		amount := j ->> CASE WHEN source = 'other_income_source' THEN 'other_income_amount'
		                     ELSE source || '_amount' END;
		IF amount::numeric > 0 THEN
			j := jsonb_set(j, ARRAY[source], '1');
		ELSIF NEW.income_from_any_source IN (0, 1) THEN
			j := jsonb_set(j, ARRAY[source], '0');
		END IF;
	END LOOP;
	RETURN jsonb_populate_record(NEW, j);
END $$;

CREATE TRIGGER source_flags BEFORE INSERT OR UPDATE ON hearth.income_benefits
	FOR EACH ROW EXECUTE FUNCTION hearth.income_source_flags();
