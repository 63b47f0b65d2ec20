CREATE OR REPLACE FUNCTION yntymaq_coverage_on_facts_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO coverage_cells AS c
    (age_band, region_code, category_code, organization_type, services, free_services, state_funded_services)
  SELECT band, r.region_code, cat, r.organization_type, +count(*)::int,
    +(count(*) FILTER (WHERE r.cost = 'free'))::int, +(count(*) FILTER (WHERE r.cost = 'state_funded'))::int
  FROM added_rows r, unnest(r.category_codes || '{*}'::text[]) AS cat, unnest(r.age_bands || '{-1}'::smallint[]) AS band
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (age_band, region_code, category_code, organization_type) DO UPDATE SET services = c.services + excluded.services,
    free_services = c.free_services + excluded.free_services,
    state_funded_services = c.state_funded_services + excluded.state_funded_services;
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
  INSERT INTO coverage_cells AS c (age_band, region_code, category_code, organization_type, partners)
  SELECT counted.age_band, counted.region_code, counted.category_code, counted.organization_type, +count(*)::int
  FROM counted JOIN delta USING (region_code, category_code, age_band, organization_type, organization_id)
  WHERE counted.services = delta.services
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (age_band, region_code, category_code, organization_type) DO UPDATE SET partners = c.partners + excluded.partners;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION yntymaq_coverage_on_facts_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO coverage_cells AS c
    (age_band, region_code, category_code, organization_type, services, free_services, state_funded_services)
  SELECT band, r.region_code, cat, r.organization_type, -count(*)::int,
    -(count(*) FILTER (WHERE r.cost = 'free'))::int, -(count(*) FILTER (WHERE r.cost = 'state_funded'))::int
  FROM removed_rows r, unnest(r.category_codes || '{*}'::text[]) AS cat, unnest(r.age_bands || '{-1}'::smallint[]) AS band
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (age_band, region_code, category_code, organization_type) DO UPDATE SET services = c.services + excluded.services,
    free_services = c.free_services + excluded.free_services,
    state_funded_services = c.state_funded_services + excluded.state_funded_services;
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
  INSERT INTO coverage_cells AS c (age_band, region_code, category_code, organization_type, partners)
  SELECT counted.age_band, counted.region_code, counted.category_code, counted.organization_type, -count(*)::int
  FROM counted JOIN delta USING (region_code, category_code, age_band, organization_type, organization_id)
  WHERE counted.services = 0
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (age_band, region_code, category_code, organization_type) DO UPDATE SET partners = c.partners + excluded.partners;
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
  TRUNCATE coverage_facts, coverage_cells, coverage_partner_organizations;
  INSERT INTO coverage_facts (service_id, region_code, organization_id, organization_type, cost, category_codes, age_bands) SELECT service_id, region_code, organization_id, organization_type, cost, category_codes, age_bands FROM coverage_source;
  TRUNCATE coverage_cells, coverage_partner_organizations;
  INSERT INTO coverage_cells AS c
    (age_band, region_code, category_code, organization_type, services, free_services, state_funded_services)
  SELECT band, r.region_code, cat, r.organization_type, +count(*)::int,
    +(count(*) FILTER (WHERE r.cost = 'free'))::int, +(count(*) FILTER (WHERE r.cost = 'state_funded'))::int
  FROM coverage_facts r, unnest(r.category_codes || '{*}'::text[]) AS cat, unnest(r.age_bands || '{-1}'::smallint[]) AS band
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (age_band, region_code, category_code, organization_type) DO UPDATE SET services = c.services + excluded.services,
    free_services = c.free_services + excluded.free_services,
    state_funded_services = c.state_funded_services + excluded.state_funded_services;
  INSERT INTO coverage_partner_organizations (region_code, category_code, age_band, organization_type, organization_id, services)
  SELECT r.region_code, cat, band, r.organization_type, r.organization_id, count(*)::int
  FROM coverage_facts r, unnest(r.category_codes || '{*}'::text[]) AS cat, unnest(r.age_bands || '{-1}'::smallint[]) AS band GROUP BY 1, 2, 3, 4, 5;
  UPDATE coverage_cells c SET partners = p.partners
  FROM (SELECT age_band, region_code, category_code, organization_type, count(*)::int AS partners FROM coverage_partner_organizations GROUP BY 1, 2, 3, 4) p
  WHERE c.age_band = p.age_band AND c.region_code = p.region_code AND c.category_code = p.category_code
    AND c.organization_type = p.organization_type;
END
$$;
--> statement-breakpoint
SELECT yntymaq_rebuild_coverage();
