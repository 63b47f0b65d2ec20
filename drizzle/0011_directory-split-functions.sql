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
END
$$;
--> statement-breakpoint
SELECT yntymaq_rebuild_directory();
