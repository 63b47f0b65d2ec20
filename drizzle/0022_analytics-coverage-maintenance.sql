CREATE OR REPLACE TRIGGER region_child_population_audit AFTER INSERT OR UPDATE OR DELETE ON region_child_population FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('region_code', 'regions');
--> statement-breakpoint
CREATE OR REPLACE VIEW coverage_source AS
SELECT DISTINCT ON (s.id, l.region_code)
  s.id AS service_id,
  l.region_code,
  s.organization_id,
  o.type::text AS organization_type,
  s.cost::text AS cost,
  ARRAY(SELECT DISTINCT c FROM unnest(s.category_codes) AS c ORDER BY c) AS category_codes,
  ARRAY(SELECT b.band FROM (VALUES (0, 0, 3), (1, 4, 6), (2, 7, 12), (3, 13, 17)) AS b(band, min_age, max_age)
    WHERE coalesce(s.min_age, 0) <= b.max_age AND coalesce(s.max_age, 999) >= b.min_age ORDER BY b.band)::smallint[] AS age_bands
FROM services s
JOIN service_locations sl ON sl.service_id = s.id
JOIN locations l ON l.id = sl.location_id
JOIN organizations o ON o.id = s.organization_id
WHERE s.status = 'active' AND o.status = 'active';
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_coverage_on_facts_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO coverage_service_cells AS c
    (age_band, region_code, category_code, organization_type, cost, services)
  SELECT band, r.region_code, cat, r.organization_type, r.cost, +count(*)::int
  FROM added_rows r, unnest(r.category_codes || '{*}'::text[]) AS cat, unnest(r.age_bands || '{-1}'::smallint[]) AS band
  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (age_band, region_code, category_code, organization_type, cost)
  DO UPDATE SET services = c.services + excluded.services;
  WITH delta AS (
    SELECT r.region_code, cat AS category_code, band AS age_band, r.organization_type, r.organization_id,
      +count(*)::int AS services
    FROM added_rows r, unnest(r.category_codes || '{*}'::text[]) AS cat, unnest(r.age_bands || '{-1}'::smallint[]) AS band
    GROUP BY 1, 2, 3, 4, 5),
  counted AS (
    INSERT INTO coverage_partner_organizations AS p (region_code, category_code, age_band, organization_type, organization_id, services)
    SELECT * FROM delta ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (region_code, category_code, age_band, organization_type, organization_id) DO UPDATE SET services = p.services + excluded.services
    RETURNING p.*)
  INSERT INTO coverage_partner_cells AS c (region_code, category_code, age_band, organization_type, partners)
  SELECT counted.region_code, counted.category_code, counted.age_band, counted.organization_type, +count(*)::int
  FROM counted JOIN delta USING (region_code, category_code, age_band, organization_type, organization_id)
  WHERE counted.services = delta.services
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (region_code, category_code, age_band, organization_type) DO UPDATE SET partners = c.partners + excluded.partners;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_coverage_on_facts_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO coverage_service_cells AS c
    (age_band, region_code, category_code, organization_type, cost, services)
  SELECT band, r.region_code, cat, r.organization_type, r.cost, -count(*)::int
  FROM removed_rows r, unnest(r.category_codes || '{*}'::text[]) AS cat, unnest(r.age_bands || '{-1}'::smallint[]) AS band
  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (age_band, region_code, category_code, organization_type, cost)
  DO UPDATE SET services = c.services + excluded.services;
  WITH delta AS (
    SELECT r.region_code, cat AS category_code, band AS age_band, r.organization_type, r.organization_id,
      -count(*)::int AS services
    FROM removed_rows r, unnest(r.category_codes || '{*}'::text[]) AS cat, unnest(r.age_bands || '{-1}'::smallint[]) AS band
    GROUP BY 1, 2, 3, 4, 5),
  counted AS (
    INSERT INTO coverage_partner_organizations AS p (region_code, category_code, age_band, organization_type, organization_id, services)
    SELECT * FROM delta ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (region_code, category_code, age_band, organization_type, organization_id) DO UPDATE SET services = p.services + excluded.services
    RETURNING p.*)
  INSERT INTO coverage_partner_cells AS c (region_code, category_code, age_band, organization_type, partners)
  SELECT counted.region_code, counted.category_code, counted.age_band, counted.organization_type, -count(*)::int
  FROM counted JOIN delta USING (region_code, category_code, age_band, organization_type, organization_id)
  WHERE counted.services = 0
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (region_code, category_code, age_band, organization_type) DO UPDATE SET partners = c.partners + excluded.partners;
  DELETE FROM coverage_partner_organizations p
  USING (SELECT DISTINCT r.region_code, cat, band, r.organization_type, r.organization_id FROM removed_rows r, unnest(r.category_codes || '{*}'::text[]) AS cat, unnest(r.age_bands || '{-1}'::smallint[]) AS band) d
  WHERE p.region_code = d.region_code AND p.category_code = d.cat AND p.age_band = d.band
    AND p.organization_type = d.organization_type AND p.organization_id = d.organization_id AND p.services = 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER coverage_facts_insert AFTER INSERT ON coverage_facts REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_coverage_on_facts_insert();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER coverage_facts_delete AFTER DELETE ON coverage_facts REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_coverage_on_facts_delete();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_refresh_coverage(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM coverage_facts WHERE service_id = ANY (ids);
  INSERT INTO coverage_facts (service_id, region_code, organization_id, organization_type, cost, category_codes, age_bands) SELECT service_id, region_code, organization_id, organization_type, cost, category_codes, age_bands FROM coverage_source WHERE service_id = ANY (ids);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_rebuild_coverage() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE coverage_facts, coverage_service_cells, coverage_partner_organizations, coverage_partner_cells;
  INSERT INTO coverage_facts (service_id, region_code, organization_id, organization_type, cost, category_codes, age_bands) SELECT service_id, region_code, organization_id, organization_type, cost, category_codes, age_bands FROM coverage_source;
  TRUNCATE coverage_service_cells, coverage_partner_organizations, coverage_partner_cells;
  INSERT INTO coverage_service_cells AS c
    (age_band, region_code, category_code, organization_type, cost, services)
  SELECT band, r.region_code, cat, r.organization_type, r.cost, +count(*)::int
  FROM coverage_facts r, unnest(r.category_codes || '{*}'::text[]) AS cat, unnest(r.age_bands || '{-1}'::smallint[]) AS band
  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (age_band, region_code, category_code, organization_type, cost)
  DO UPDATE SET services = c.services + excluded.services;
  INSERT INTO coverage_partner_organizations (region_code, category_code, age_band, organization_type, organization_id, services)
  SELECT r.region_code, cat, band, r.organization_type, r.organization_id, count(*)::int
  FROM coverage_facts r, unnest(r.category_codes || '{*}'::text[]) AS cat, unnest(r.age_bands || '{-1}'::smallint[]) AS band GROUP BY 1, 2, 3, 4, 5;
  INSERT INTO coverage_partner_cells (region_code, category_code, age_band, organization_type, partners)
  SELECT region_code, category_code, age_band, organization_type, count(*)::int FROM coverage_partner_organizations GROUP BY 1, 2, 3, 4;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_coverage_on_services() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM yntymaq_refresh_coverage(ARRAY(SELECT id FROM changed_rows));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER services_coverage_insert AFTER INSERT ON services REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_coverage_on_services();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER services_coverage_update AFTER UPDATE ON services REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_coverage_on_services();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_coverage_on_service_locations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM yntymaq_refresh_coverage(ARRAY(SELECT DISTINCT service_id FROM changed_rows));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER service_locations_coverage_insert AFTER INSERT ON service_locations REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_coverage_on_service_locations();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER service_locations_coverage_delete AFTER DELETE ON service_locations REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_coverage_on_service_locations();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_coverage_on_locations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM yntymaq_refresh_coverage(ARRAY(SELECT DISTINCT sl.service_id FROM service_locations sl JOIN changed_rows c ON c.id = sl.location_id));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER locations_coverage_update AFTER UPDATE ON locations REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_coverage_on_locations();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_coverage_on_organizations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM yntymaq_refresh_coverage(ARRAY(SELECT s.id FROM services s JOIN changed_rows c ON c.id = s.organization_id));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER organizations_coverage_update AFTER UPDATE ON organizations REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_coverage_on_organizations();
--> statement-breakpoint
SELECT yntymaq_rebuild_coverage();
