CREATE OR REPLACE FUNCTION yntymaq_directory_facets_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO directory_facets AS f (need_group, region_code, cost, category_codes, languages, entries)
  SELECT g, r.region_code, r.cost, r.category_codes, r.languages, count(*)::int
  FROM added_rows r, unnest(r.need_groups || '{-1}'::smallint[]) AS g
  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (need_group, region_code, cost, category_codes, languages) DO UPDATE SET entries = f.entries + excluded.entries;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_directory_facets_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO directory_facets AS f (need_group, region_code, cost, category_codes, languages, entries)
  SELECT g, r.region_code, r.cost, r.category_codes, r.languages, -count(*)::int
  FROM removed_rows r, unnest(r.need_groups || '{-1}'::smallint[]) AS g
  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (need_group, region_code, cost, category_codes, languages) DO UPDATE SET entries = f.entries + excluded.entries;
  DELETE FROM directory_facets WHERE entries = 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER directory_entries_facets_insert AFTER INSERT ON directory_entries REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_facets_on_insert();
--> statement-breakpoint
CREATE TRIGGER directory_entries_facets_delete AFTER DELETE ON directory_entries REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_facets_on_delete();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_refresh_directory(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM directory_entries WHERE service_id = ANY (ids);
  DELETE FROM directory_texts WHERE service_id = ANY (ids);
  WITH src AS MATERIALIZED (SELECT * FROM directory_source WHERE service_id = ANY (ids)),
  entries AS (
    INSERT INTO directory_entries (service_id, location_id, organization_id, region_code, locality_keys, category_codes, target_groups, cost, languages, min_age, max_age, latitude, longitude, last_verified_at, need_groups)
    SELECT service_id, location_id, organization_id, region_code, locality_keys, category_codes, target_groups, cost, languages, min_age, max_age, latitude, longitude, last_verified_at, yntymaq_need_groups(search_text) FROM src
  )
  INSERT INTO directory_texts (service_id, location_id, search_text) SELECT service_id, location_id, search_text FROM src;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_rebuild_directory() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE directory_entries, directory_texts;
  DROP INDEX IF EXISTS directory_entries_categories_idx, directory_entries_need_groups_idx, directory_entries_verified_idx,
    directory_texts_trgm_idx, directory_texts_vector_idx;
  WITH src AS MATERIALIZED (SELECT * FROM directory_source),
  entries AS (
    INSERT INTO directory_entries (service_id, location_id, organization_id, region_code, locality_keys, category_codes, target_groups, cost, languages, min_age, max_age, latitude, longitude, last_verified_at, need_groups)
    SELECT service_id, location_id, organization_id, region_code, locality_keys, category_codes, target_groups, cost, languages, min_age, max_age, latitude, longitude, last_verified_at, yntymaq_need_groups(search_text) FROM src
  )
  INSERT INTO directory_texts (service_id, location_id, search_text) SELECT service_id, location_id, search_text FROM src;
  CREATE INDEX directory_entries_categories_idx ON directory_entries USING gin (category_codes);
  CREATE INDEX directory_entries_need_groups_idx ON directory_entries USING gin (need_groups);
  CREATE INDEX directory_entries_verified_idx ON directory_entries USING btree (last_verified_at DESC NULLS LAST, service_id, location_id);
  CREATE INDEX directory_texts_trgm_idx ON directory_texts USING gin (search_text gin_trgm_ops);
  CREATE INDEX directory_texts_vector_idx ON directory_texts USING gin (search_vector);
  -- The insert above may or may not have fired the facet triggers (a bulk load runs without triggers).
  TRUNCATE directory_facets;
  INSERT INTO directory_facets AS f (need_group, region_code, cost, category_codes, languages, entries)
  SELECT g, r.region_code, r.cost, r.category_codes, r.languages, count(*)::int
  FROM directory_entries r, unnest(r.need_groups || '{-1}'::smallint[]) AS g
  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (need_group, region_code, cost, category_codes, languages) DO UPDATE SET entries = f.entries + excluded.entries;
END
$$;
--> statement-breakpoint
SELECT yntymaq_rebuild_directory();
