CREATE FUNCTION yntymaq_search_key_services() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.name IS DISTINCT FROM OLD.name OR NEW.search_key IS NULL THEN
    NEW.search_key := yntymaq_fold(concat_ws(' ', NEW.name->>'kk', NEW.name->>'ru', NEW.name->>'en'));
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER services_search_key BEFORE INSERT OR UPDATE ON services FOR EACH ROW EXECUTE FUNCTION yntymaq_search_key_services();
--> statement-breakpoint
ALTER TABLE services DISABLE TRIGGER services_audit;
--> statement-breakpoint
ALTER TABLE services DISABLE TRIGGER services_touch;
--> statement-breakpoint
UPDATE services SET search_key = NULL;
--> statement-breakpoint
ALTER TABLE services ENABLE TRIGGER services_audit;
--> statement-breakpoint
ALTER TABLE services ENABLE TRIGGER services_touch;
--> statement-breakpoint
CREATE FUNCTION yntymaq_search_key_organizations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.name IS DISTINCT FROM OLD.name OR NEW.search_key IS NULL THEN
    NEW.search_key := yntymaq_fold(concat_ws(' ', NEW.name->>'kk', NEW.name->>'ru', NEW.name->>'en'));
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER organizations_search_key BEFORE INSERT OR UPDATE ON organizations FOR EACH ROW EXECUTE FUNCTION yntymaq_search_key_organizations();
--> statement-breakpoint
ALTER TABLE organizations DISABLE TRIGGER organizations_audit;
--> statement-breakpoint
ALTER TABLE organizations DISABLE TRIGGER organizations_touch;
--> statement-breakpoint
UPDATE organizations SET search_key = NULL;
--> statement-breakpoint
ALTER TABLE organizations ENABLE TRIGGER organizations_audit;
--> statement-breakpoint
ALTER TABLE organizations ENABLE TRIGGER organizations_touch;
--> statement-breakpoint
CREATE FUNCTION yntymaq_search_key_locations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.locality IS DISTINCT FROM OLD.locality OR NEW.address IS DISTINCT FROM OLD.address OR NEW.search_key IS NULL THEN
    NEW.search_key := yntymaq_fold(concat_ws(' ', NEW.locality->>'kk', NEW.locality->>'ru', NEW.locality->>'en', NEW.address->>'kk', NEW.address->>'ru', NEW.address->>'en'));
    NEW.locality_keys := ARRAY(SELECT DISTINCT yntymaq_fold(t.value) FROM jsonb_each_text(NEW.locality) AS t);
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER locations_search_key BEFORE INSERT OR UPDATE ON locations FOR EACH ROW EXECUTE FUNCTION yntymaq_search_key_locations();
--> statement-breakpoint
ALTER TABLE locations DISABLE TRIGGER locations_audit;
--> statement-breakpoint
ALTER TABLE locations DISABLE TRIGGER locations_touch;
--> statement-breakpoint
UPDATE locations SET search_key = NULL;
--> statement-breakpoint
ALTER TABLE locations ENABLE TRIGGER locations_audit;
--> statement-breakpoint
ALTER TABLE locations ENABLE TRIGGER locations_touch;
--> statement-breakpoint
CREATE FUNCTION yntymaq_search_key_regions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.name IS DISTINCT FROM OLD.name OR NEW.search_key IS NULL THEN
    NEW.search_key := yntymaq_fold(concat_ws(' ', NEW.name->>'kk', NEW.name->>'ru', NEW.name->>'en', NEW.name->>'kk-Latn'));
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER regions_search_key BEFORE INSERT OR UPDATE ON regions FOR EACH ROW EXECUTE FUNCTION yntymaq_search_key_regions();
--> statement-breakpoint
ALTER TABLE regions DISABLE TRIGGER regions_audit;
--> statement-breakpoint
UPDATE regions SET search_key = NULL;
--> statement-breakpoint
ALTER TABLE regions ENABLE TRIGGER regions_audit;
--> statement-breakpoint
CREATE FUNCTION yntymaq_search_key_service_categories() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.name IS DISTINCT FROM OLD.name OR NEW.search_key IS NULL THEN
    NEW.search_key := yntymaq_fold(concat_ws(' ', NEW.name->>'kk', NEW.name->>'ru', NEW.name->>'en'));
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER service_categories_search_key BEFORE INSERT OR UPDATE ON service_categories FOR EACH ROW EXECUTE FUNCTION yntymaq_search_key_service_categories();
--> statement-breakpoint
UPDATE service_categories SET search_key = NULL;
--> statement-breakpoint
CREATE VIEW directory_source AS
SELECT
  s.id AS service_id,
  l.id AS location_id,
  s.organization_id,
  l.region_code,
  coalesce(l.locality_keys, '{}') AS locality_keys,
  s.category_codes,
  s.target_groups::text[] AS target_groups,
  s.cost::text AS cost,
  s.languages::text[] AS languages,
  s.min_age,
  s.max_age,
  l.latitude,
  l.longitude,
  coalesce(s.last_verified_at, o.last_verified_at) AS last_verified_at,
  concat_ws(' ',
    s.search_key, o.search_key, l.search_key, r.search_key,
    (SELECT string_agg(c.search_key, ' ') FROM service_categories c WHERE c.code = ANY (s.category_codes)),
    replace(array_to_string(s.target_groups::text[], ' '), '_', ' ')
  ) AS search_text
FROM services s
JOIN service_locations sl ON sl.service_id = s.id
JOIN locations l ON l.id = sl.location_id
JOIN organizations o ON o.id = s.organization_id
JOIN regions r ON r.code = l.region_code
WHERE s.published AND s.status = 'active' AND o.published AND o.status = 'active';
--> statement-breakpoint
CREATE FUNCTION yntymaq_refresh_directory(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM directory_entries WHERE service_id = ANY (ids);
  INSERT INTO directory_entries (service_id, location_id, organization_id, region_code, locality_keys, category_codes, target_groups, cost, languages, min_age, max_age, latitude, longitude, last_verified_at, search_text)
  SELECT service_id, location_id, organization_id, region_code, locality_keys, category_codes, target_groups, cost, languages, min_age, max_age, latitude, longitude, last_verified_at, search_text FROM directory_source WHERE service_id = ANY (ids);
END
$$;
--> statement-breakpoint
CREATE FUNCTION yntymaq_rebuild_directory() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE directory_entries;
  DROP INDEX IF EXISTS directory_entries_text_trgm_idx, directory_entries_vector_idx, directory_entries_categories_idx;
  INSERT INTO directory_entries (service_id, location_id, organization_id, region_code, locality_keys, category_codes, target_groups, cost, languages, min_age, max_age, latitude, longitude, last_verified_at, search_text) SELECT service_id, location_id, organization_id, region_code, locality_keys, category_codes, target_groups, cost, languages, min_age, max_age, latitude, longitude, last_verified_at, search_text FROM directory_source;
  CREATE INDEX directory_entries_categories_idx ON directory_entries USING gin (category_codes);
  CREATE INDEX directory_entries_text_trgm_idx ON directory_entries USING gin (search_text gin_trgm_ops);
  CREATE INDEX directory_entries_vector_idx ON directory_entries USING gin (search_vector);
END
$$;
--> statement-breakpoint
CREATE FUNCTION yntymaq_directory_on_services() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM yntymaq_refresh_directory(ARRAY(SELECT id FROM changed_rows));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION yntymaq_directory_on_service_locations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM yntymaq_refresh_directory(ARRAY(SELECT DISTINCT service_id FROM changed_rows));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION yntymaq_directory_on_locations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM yntymaq_refresh_directory(ARRAY(
    SELECT DISTINCT sl.service_id FROM service_locations sl JOIN changed_rows c ON c.id = sl.location_id));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION yntymaq_directory_on_organizations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM yntymaq_refresh_directory(ARRAY(SELECT s.id FROM services s JOIN changed_rows c ON c.id = s.organization_id));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION yntymaq_directory_on_reference() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM yntymaq_rebuild_directory();
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER services_directory_insert AFTER INSERT ON services REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_on_services();
--> statement-breakpoint
CREATE TRIGGER services_directory_update AFTER UPDATE ON services REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_on_services();
--> statement-breakpoint
CREATE TRIGGER service_locations_directory_insert AFTER INSERT ON service_locations REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_on_service_locations();
--> statement-breakpoint
CREATE TRIGGER service_locations_directory_delete AFTER DELETE ON service_locations REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_on_service_locations();
--> statement-breakpoint
CREATE TRIGGER locations_directory_update AFTER UPDATE ON locations REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_on_locations();
--> statement-breakpoint
CREATE TRIGGER organizations_directory_update AFTER UPDATE ON organizations REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_on_organizations();
--> statement-breakpoint
CREATE TRIGGER regions_directory AFTER UPDATE ON regions FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_on_reference();
--> statement-breakpoint
CREATE TRIGGER service_categories_directory AFTER UPDATE ON service_categories FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_on_reference();
--> statement-breakpoint
SELECT yntymaq_rebuild_directory();
