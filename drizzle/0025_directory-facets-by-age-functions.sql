DROP FUNCTION IF EXISTS yntymaq_need_groups(text)
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_need_groups(v tsvector) RETURNS smallint[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT array_remove(ARRAY[CASE WHEN v @@ '(logoped:*) | (logopediia:*) | (logopedicheskii:*) | (logopedtik:*) | (speech:* & therapist:*) | (speech:* & therapi:*) | (speech:*) | (soileu:* & terapevti:*) | (soileu:*) | (rech:*) | (defektolog:*)'::tsquery THEN 0::smallint END, CASE WHEN v @@ '(asb:*) | (ras:*) | (asd:*) | (autism:*) | (autistic:*) | (autizm:*) | (autist:*) | (autizm:* & spektri:*) | (autisticheskogo:* & spektra:*)'::tsquery THEN 1::smallint END, CASE WHEN v @@ '(daun:*) | (dovn:*) | (dovn:* & sindrome:*) | (sindrom:* & dauna:*) | (daun:* & sindromi:*)'::tsquery THEN 2::smallint END, CASE WHEN v @@ '(dtsp:*) | (tsp:*) | (cerebral:* & palsi:*) | (tserebralnii:* & paralich:*) | (tserebraldi:* & sal:*)'::tsquery THEN 3::smallint END, CASE WHEN v @@ '(pmpk:*) | (psihologo:* & mediko:* & pedagogicheskaia:* & konsultatsiia:*) | (psihologiialik:* & meditsinalik:* & pedagogikalik:* & konsultatsiia:*) | (assessment:*) | (diagnostika:*) | (bagalau:*)'::tsquery THEN 4::smallint END, CASE WHEN v @@ '(erte:* & aralasu:*) | (ranniaia:* & pomosh:*) | (rannee:* & vmeshatelstvo:*) | (earli:* & intervention:*)'::tsquery THEN 5::smallint END, CASE WHEN v @@ '(psiholog:*) | (psihologiialik:*) | (psihologicheskaia:*) | (psichologist:*) | (psichological:*)'::tsquery THEN 6::smallint END, CASE WHEN v @@ '(aba:*) | (ava:*) | (aba:* & terapiia:*) | (ava:* & terapiia:*) | (aba:* & therapi:*) | (povedencheskaia:* & terapiia:*) | (minez:* & kulik:* & terapiiasi:*) | (behavioural:* & therapi:*) | (behavior:* & therapi:*)'::tsquery THEN 7::smallint END, CASE WHEN v @@ '(reabilitatsiia:*) | (onaltu:*) | (rehabilitation:*) | (rehab:*)'::tsquery THEN 8::smallint END, CASE WHEN v @@ '(inkliuzivti:*) | (inkliuzivnoe:*) | (inkliuziia:*) | (inclusive:*) | (inclusion:*)'::tsquery THEN 9::smallint END, CASE WHEN v @@ '(balabaksha:*) | (detskii:* & sad:*) | (kindergarten:*) | (sadik:*)'::tsquery THEN 10::smallint END, CASE WHEN v @@ '(mektep:*) | (shkola:*) | (school:*)'::tsquery THEN 11::smallint END, CASE WHEN v @@ '(sport:*) | (bochcha:*) | (boccia:*) | (adaptivnii:*) | (beiimdelgen:*) | (adaptive:*)'::tsquery THEN 12::smallint END, CASE WHEN v @@ '(ata:* & ana:*) | (ata:* & analar:*) | (roditeli:*) | (parents:*) | (parent:*)'::tsquery THEN 13::smallint END, CASE WHEN v @@ '(zan:*) | (iurist:*) | (iuridicheskaia:*) | (legal:*) | (lavier:*) | (kukiktik:*)'::tsquery THEN 14::smallint END, CASE WHEN v @@ '(jardemaki:*) | (posobie:*) | (benefit:*) | (allovance:*) | (viplati:*)'::tsquery THEN 15::smallint END, CASE WHEN v @@ '(tegin:*) | (besplatno:*) | (besplatnii:*) | (free:*)'::tsquery THEN 16::smallint END, CASE WHEN v @@ '(estu:*) | (sluh:*) | (hearing:*) | (gluhie:*) | (sanirau:*)'::tsquery THEN 17::smallint END, CASE WHEN v @@ '(koru:*) | (zrenie:*) | (vision:*) | (slepie:*) | (sokir:*)'::tsquery THEN 18::smallint END, CASE WHEN v @@ '(kasiptik:*) | (professionalnaia:*) | (vocational:*) | (proforientatsiia:*)'::tsquery THEN 19::smallint END, CASE WHEN v @@ '(sensorlik:* & integratsiia:*) | (sensornaia:* & integratsiia:*) | (sensori:* & integration:*) | (sensorlik:*) | (sensornaia:*) | (sensori:*)'::tsquery THEN 20::smallint END, CASE WHEN v @@ '(ippoterapiia:*) | (hippotherapi:*) | (ekuine:* & therapi:*) | (atpen:* & emdeu:*)'::tsquery THEN 21::smallint END, CASE WHEN v @@ '(tuzetu:*) | (korrektsionnii:*) | (korrektsionnaia:*) | (korrektsiia:*) | (correctional:*) | (correction:*)'::tsquery THEN 22::smallint END, CASE WHEN v @@ '(arnaii:* & mektep:*) | (korrektsionnaia:* & shkola:*) | (spetsialnaia:* & shkola:*) | (special:* & school:*) | (tuzetu:* & mektebi:*) | (arnaii:* & bilim:*) | (spetsialnoe:* & obrazovanie:*) | (special:* & education:*)'::tsquery THEN 23::smallint END, CASE WHEN v @@ '(ata:* & analar:* & birlestigi:*) | (ata:* & analar:* & odagi:*) | (ata:* & analar:* & kauimdastigi:*) | (assotsiatsiia:* & roditelei:*) | (roditelskaia:* & assotsiatsiia:*) | (obedinenie:* & roditelei:*) | (soiuz:* & roditelei:*) | (parents:* & association:*) | (parents:* & union:*)'::tsquery THEN 24::smallint END], NULL)
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_directory_facets_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO directory_facets AS f (need_group, region_code, cost, category_codes, languages, min_age, max_age, entries)
  SELECT g, r.region_code, r.cost, r.category_codes, r.languages, coalesce(r.min_age, 0), coalesce(r.max_age, 99),
    count(*)::int
  FROM added_rows r, unnest(r.need_groups || '{-1}'::smallint[]) AS g
  GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT (need_group, region_code, cost, category_codes, languages, min_age, max_age)
  DO UPDATE SET entries = f.entries + excluded.entries;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_directory_facets_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO directory_facets AS f (need_group, region_code, cost, category_codes, languages, min_age, max_age, entries)
  SELECT g, r.region_code, r.cost, r.category_codes, r.languages, coalesce(r.min_age, 0), coalesce(r.max_age, 99),
    -count(*)::int
  FROM removed_rows r, unnest(r.need_groups || '{-1}'::smallint[]) AS g
  GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT (need_group, region_code, cost, category_codes, languages, min_age, max_age)
  DO UPDATE SET entries = f.entries + excluded.entries;
  DELETE FROM directory_facets WHERE entries = 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER directory_entries_facets_insert AFTER INSERT ON directory_entries REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_facets_on_insert();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER directory_entries_facets_delete AFTER DELETE ON directory_entries REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_facets_on_delete();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_refresh_directory(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM directory_entries WHERE service_id = ANY (ids);
  DELETE FROM directory_texts WHERE service_id = ANY (ids);
  WITH src AS MATERIALIZED (
    SELECT d.*, array_to_tsvector(array_remove(string_to_array(d.search_text, ' '), '')) AS search_vector
    FROM (SELECT * FROM directory_source WHERE service_id = ANY (ids)) d),
  entries AS (
    INSERT INTO directory_entries (service_id, location_id, organization_id, region_code, locality_keys, category_codes, target_groups, cost, languages, min_age, max_age, latitude, longitude, last_verified_at, need_groups)
    SELECT service_id, location_id, organization_id, region_code, locality_keys, category_codes, target_groups, cost, languages, min_age, max_age, latitude, longitude, last_verified_at, yntymaq_need_groups(search_vector) FROM src 
  )
  INSERT INTO directory_texts (service_id, location_id, search_text, search_vector)
  SELECT service_id, location_id, search_text, search_vector FROM src;
  INSERT INTO directory_words (word)
  SELECT DISTINCT w FROM directory_texts t, unnest(tsvector_to_array(t.search_vector)) AS w WHERE t.service_id = ANY (ids)
  ON CONFLICT DO NOTHING;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_rebuild_directory() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE directory_entries, directory_texts, directory_words;
  DROP INDEX IF EXISTS directory_entries_categories_idx, directory_entries_need_groups_idx, directory_entries_verified_idx,
    directory_entries_region_verified_idx, directory_texts_vector_idx;
  -- Rows in region and ranking order, so a region's entries share heap pages (refreshes disturb it slowly).
  WITH src AS MATERIALIZED (
    SELECT d.*, array_to_tsvector(array_remove(string_to_array(d.search_text, ' '), '')) AS search_vector
    FROM (SELECT * FROM directory_source) d),
  entries AS (
    INSERT INTO directory_entries (service_id, location_id, organization_id, region_code, locality_keys, category_codes, target_groups, cost, languages, min_age, max_age, latitude, longitude, last_verified_at, need_groups)
    SELECT service_id, location_id, organization_id, region_code, locality_keys, category_codes, target_groups, cost, languages, min_age, max_age, latitude, longitude, last_verified_at, yntymaq_need_groups(search_vector) FROM src ORDER BY region_code, last_verified_at DESC NULLS LAST
  )
  INSERT INTO directory_texts (service_id, location_id, search_text, search_vector)
  SELECT service_id, location_id, search_text, search_vector FROM src;
  CREATE INDEX directory_entries_categories_idx ON directory_entries USING gin (category_codes);
  CREATE INDEX directory_entries_need_groups_idx ON directory_entries USING gin (need_groups);
  CREATE INDEX directory_entries_verified_idx ON directory_entries USING btree (last_verified_at DESC NULLS LAST, service_id, location_id);
  CREATE INDEX directory_entries_region_verified_idx ON directory_entries USING btree (region_code, last_verified_at DESC NULLS LAST, service_id, location_id);
  CREATE INDEX directory_texts_vector_idx ON directory_texts USING gin (search_vector);
  INSERT INTO directory_words (word) SELECT DISTINCT w FROM directory_texts, unnest(tsvector_to_array(search_vector)) AS w;
  -- The insert above may or may not have fired the facet triggers (a bulk load runs without triggers).
  TRUNCATE directory_facets;
  INSERT INTO directory_facets AS f (need_group, region_code, cost, category_codes, languages, min_age, max_age, entries)
  SELECT g, r.region_code, r.cost, r.category_codes, r.languages, coalesce(r.min_age, 0), coalesce(r.max_age, 99),
    count(*)::int
  FROM directory_entries r, unnest(r.need_groups || '{-1}'::smallint[]) AS g
  GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT (need_group, region_code, cost, category_codes, languages, min_age, max_age)
  DO UPDATE SET entries = f.entries + excluded.entries;
END
$$;
--> statement-breakpoint
SELECT yntymaq_rebuild_directory();
