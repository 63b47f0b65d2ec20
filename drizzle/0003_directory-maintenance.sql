CREATE FUNCTION yntymaq_fold(input text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE s text;
BEGIN
  s := normalize(input, NFC);
  s := lower(translate(s, 'IİÄĞÑÖŞŪÜƏӘҒҚҢӨҰҮҺІЁАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯÇČŠŽÁÀÂÅĀÉÈÊËÍÌÎÏÓÒÔÚÙÛÝWQXABCDEFGHJKLMNOPRSTUVYZ', 'ıiäğñöşūüәәғқңөұүһіёабвгдежзийклмнопрстуфхцчшщъыьэюяçčšžáàâåāéèêëíìîïóòôúùûýwqxabcdefghjklmnoprstuvyz'));
  s := replace(s, 'ц', 'ts');
  s := replace(s, 'ч', 'ch');
  s := replace(s, 'ш', 'sh');
  s := replace(s, 'щ', 'sh');
  s := replace(s, 'ю', 'iu');
  s := replace(s, 'я', 'ia');
  s := replace(s, 'ş', 'sh');
  s := replace(s, 'ç', 'ch');
  s := replace(s, 'č', 'ch');
  s := replace(s, 'š', 'sh');
  s := replace(s, 'x', 'ks');
  s := translate(s, 'аәбвгғдеёжзийікқлмнңоөпрстуұүфхһыэäğıñöūüžáàâåāéèêëíìîïóòôúùûýwqъь', 'aabvggdeejziiikklmnnooprstuuufhhyeaginouujaaaaaeeeeiiiiooouuuyvk');
  s := regexp_replace(s, '[^a-z0-9]+', ' ', 'g');
  s := replace(s, 'dzh', 'j');
  s := replace(s, 'zh', 'j');
  s := replace(s, 'dj', 'j');
  s := replace(s, 'kh', 'h');
  s := replace(s, 'yu', 'iu');
  s := replace(s, 'ya', 'ia');
  s := replace(s, 'yo', 'e');
  s := replace(s, 'y', 'i');
  s := regexp_replace(s, '([a-z])\1+', '\1', 'g');
  RETURN btrim(regexp_replace(s, ' +', ' ', 'g'));
END
$$;
--> statement-breakpoint
CREATE VIEW directory_source AS
SELECT
  s.id AS service_id,
  l.id AS location_id,
  s.organization_id,
  l.region_code,
  ARRAY(SELECT DISTINCT yntymaq_fold(t.value) FROM jsonb_each_text(l.locality) AS t) AS locality_keys,
  s.category_codes,
  s.target_groups::text[] AS target_groups,
  s.cost::text AS cost,
  s.languages::text[] AS languages,
  s.min_age,
  s.max_age,
  l.latitude,
  l.longitude,
  coalesce(s.last_verified_at, o.last_verified_at) AS last_verified_at,
  yntymaq_fold(concat_ws(' ',
    s.name->>'kk', s.name->>'ru', s.name->>'en',
    o.name->>'kk', o.name->>'ru', o.name->>'en',
    l.locality->>'kk', l.locality->>'ru', l.locality->>'en',
    l.address->>'kk', l.address->>'ru', l.address->>'en',
    r.name->>'kk', r.name->>'ru', r.name->>'en', r.name->>'kk-Latn',
    (SELECT string_agg(concat_ws(' ', c.name->>'kk', c.name->>'ru', c.name->>'en'), ' ') FROM service_categories c WHERE c.code = ANY (s.category_codes)),
    replace(array_to_string(s.target_groups::text[], ' '), '_', ' ')
  )) AS search_text
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
  INSERT INTO directory_entries (service_id, location_id, organization_id, region_code, locality_keys, category_codes, target_groups, cost, languages, min_age, max_age, latitude, longitude, last_verified_at, search_text) SELECT service_id, location_id, organization_id, region_code, locality_keys, category_codes, target_groups, cost, languages, min_age, max_age, latitude, longitude, last_verified_at, search_text FROM directory_source;
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
