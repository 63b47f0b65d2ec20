/**
 * Prints the SQL of the coverage pre-aggregation (analytics.schema.ts): the `coverage_source` view, the
 * refresh/rebuild functions, the statement triggers on the sources that refresh the facts of the services a
 * statement touched, and the statement triggers on coverage_facts that add or subtract those facts in the
 * cells. Paste into a new custom migration (`npx drizzle-kit generate --custom`) when any of it changes.
 */
import { AGE_BAND_RANGES, AGE_BANDS } from "../src/shared/contracts/analytics.ts";
import { refreshOrNote } from "./read-model-deferral-sql.ts";

/** Age band indexes a service's range overlaps; a missing end is open (all ages). */
const bandValues = AGE_BANDS.map((band, index) => {
  const { min, max } = AGE_BAND_RANGES[band];
  return `(${index}, ${min}, ${max})`;
}).join(", ");

const VIEW = `CREATE OR REPLACE VIEW coverage_source AS
SELECT DISTINCT ON (s.id, l.region_code)
  s.id AS service_id,
  l.region_code,
  s.organization_id,
  o.type::text AS organization_type,
  s.cost::text AS cost,
  ARRAY(SELECT DISTINCT c FROM unnest(s.category_codes) AS c ORDER BY c) AS category_codes,
  ARRAY(SELECT b.band FROM (VALUES ${bandValues}) AS b(band, min_age, max_age)
    WHERE coalesce(s.min_age, 0) <= b.max_age AND coalesce(s.max_age, 999) >= b.min_age ORDER BY b.band)::smallint[] AS age_bands
FROM services s
JOIN service_locations sl ON sl.service_id = s.id
JOIN locations l ON l.id = sl.location_id
JOIN organizations o ON o.id = s.organization_id
WHERE s.status = 'active' AND o.status = 'active';`;

/** Each fact of `rows` once per category (and '*') and per age band (and -1): the cells it counts in. */
const expanded = (rows: string) =>
  `${rows} r, unnest(r.category_codes || '{*}'::text[]) AS cat, unnest(r.age_bands || '{-1}'::smallint[]) AS band`;

const CELL_KEY = "age_band, region_code, category_code, organization_type";

/** Adds (sign +) or subtracts (sign -) the facts of `rows` in the cells' service counts, in key order (no deadlocks). */
const serviceCells = (rows: string, sign: "+" | "-") => `INSERT INTO coverage_cells AS c
    (${CELL_KEY}, services, free_services, state_funded_services)
  SELECT band, r.region_code, cat, r.organization_type, ${sign}count(*)::int,
    ${sign}(count(*) FILTER (WHERE r.cost = 'free'))::int, ${sign}(count(*) FILTER (WHERE r.cost = 'state_funded'))::int
  FROM ${expanded(rows)}
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (${CELL_KEY}) DO UPDATE SET services = c.services + excluded.services,
    free_services = c.free_services + excluded.free_services,
    state_funded_services = c.state_funded_services + excluded.state_funded_services;`;

const PARTNER_KEY = "region_code, category_code, age_band, organization_type";

/**
 * Adds or subtracts the facts of `rows` in the per-organization counts; the rows that went from 0 to some
 * (adding) or from some to 0 (subtracting) change their partner cell by one.
 */
const partnerCells = (rows: string, sign: "+" | "-") => `WITH delta AS (
    SELECT r.region_code, cat AS category_code, band AS age_band, r.organization_type, r.organization_id,
      ${sign}count(*)::int AS services
    FROM ${expanded(rows)}
    GROUP BY 1, 2, 3, 4, 5),
  counted AS (
    INSERT INTO coverage_partner_organizations AS p (${PARTNER_KEY}, organization_id, services)
    SELECT * FROM delta ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (${PARTNER_KEY}, organization_id) DO UPDATE SET services = p.services + excluded.services
    RETURNING p.*)
  INSERT INTO coverage_cells AS c (${CELL_KEY}, partners)
  SELECT counted.age_band, counted.region_code, counted.category_code, counted.organization_type, ${sign}count(*)::int
  FROM counted JOIN delta USING (${PARTNER_KEY}, organization_id)
  WHERE ${sign === "+" ? "counted.services = delta.services" : "counted.services = 0"}
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (${CELL_KEY}) DO UPDATE SET partners = c.partners + excluded.partners;`;

const dropEmptyOrganizations = `DELETE FROM coverage_partner_organizations p
  USING (SELECT DISTINCT r.region_code, cat, band, r.organization_type, r.organization_id FROM ${expanded("removed_rows")}) d
  WHERE p.region_code = d.region_code AND p.category_code = d.cat AND p.age_band = d.band
    AND p.organization_type = d.organization_type AND p.organization_id = d.organization_id AND p.services = 0;`;

const factTriggers = [
  `CREATE OR REPLACE FUNCTION yntymaq_coverage_on_facts_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${serviceCells("added_rows", "+")}
  ${partnerCells("added_rows", "+")}
  RETURN NULL;
END
$$;`,
  // Cells left at zero stay (they are bounded by bands × regions × categories × types); empty
  // organization rows go, since their number grows with the organizations.
  `CREATE OR REPLACE FUNCTION yntymaq_coverage_on_facts_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${serviceCells("removed_rows", "-")}
  ${partnerCells("removed_rows", "-")}
  ${dropEmptyOrganizations}
  RETURN NULL;
END
$$;`,
  "CREATE OR REPLACE TRIGGER coverage_facts_insert AFTER INSERT ON coverage_facts REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_coverage_on_facts_insert();",
  "CREATE OR REPLACE TRIGGER coverage_facts_delete AFTER DELETE ON coverage_facts REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_coverage_on_facts_delete();",
];

const FACT_COLUMNS =
  "service_id, region_code, organization_id, organization_type, cost, category_codes, age_bands";

const refreshFunctions = [
  `CREATE OR REPLACE FUNCTION yntymaq_refresh_coverage(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM coverage_facts WHERE service_id = ANY (ids);
  INSERT INTO coverage_facts (${FACT_COLUMNS}) SELECT ${FACT_COLUMNS} FROM coverage_source WHERE service_id = ANY (ids);
END
$$;`,
  // Set-based, for migrations and bulk loads (which run without triggers): the fact insert may or may not
  // fire the fact triggers, so the cells are emptied again and counted from all facts at once.
  `CREATE OR REPLACE FUNCTION yntymaq_rebuild_coverage() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE coverage_facts, coverage_cells, coverage_partner_organizations;
  INSERT INTO coverage_facts (${FACT_COLUMNS}) SELECT ${FACT_COLUMNS} FROM coverage_source;
  TRUNCATE coverage_cells, coverage_partner_organizations;
  ${serviceCells("coverage_facts", "+")}
  INSERT INTO coverage_partner_organizations (${PARTNER_KEY}, organization_id, services)
  SELECT r.region_code, cat, band, r.organization_type, r.organization_id, count(*)::int
  FROM ${expanded("coverage_facts")} GROUP BY 1, 2, 3, 4, 5;
  UPDATE coverage_cells c SET partners = p.partners
  FROM (SELECT ${CELL_KEY}, count(*)::int AS partners FROM coverage_partner_organizations GROUP BY 1, 2, 3, 4) p
  WHERE c.age_band = p.age_band AND c.region_code = p.region_code AND c.category_code = p.category_code
    AND c.organization_type = p.organization_type;
END
$$;`,
];

/** Which services a statement on each source touched; the refresh recomputes their facts. */
const SOURCES: ReadonlyArray<[table: string, events: string[], ids: string]> = [
  ["services", ["INSERT", "UPDATE"], "SELECT id FROM changed_rows"],
  ["service_locations", ["INSERT", "DELETE"], "SELECT DISTINCT service_id FROM changed_rows"],
  [
    "locations",
    ["UPDATE"],
    "SELECT DISTINCT sl.service_id FROM service_locations sl JOIN changed_rows c ON c.id = sl.location_id",
  ],
  [
    "organizations",
    ["UPDATE"],
    "SELECT s.id FROM services s JOIN changed_rows c ON c.id = s.organization_id",
  ],
];

const sourceTriggers = SOURCES.flatMap(([table, events, ids]) => [
  `CREATE OR REPLACE FUNCTION yntymaq_coverage_on_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM yntymaq_refresh_coverage(ARRAY(${ids}));
  RETURN NULL;
END
$$;`,
  ...events.map(
    (event) =>
      `CREATE OR REPLACE TRIGGER ${table}_coverage_${event.toLowerCase()} AFTER ${event} ON ${table} REFERENCING ${event === "DELETE" ? "OLD" : "NEW"} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_coverage_on_${table}();`,
  ),
]);

const initialStatements = [
  "CREATE OR REPLACE TRIGGER region_child_population_audit AFTER INSERT OR UPDATE OR DELETE ON region_child_population FOR EACH ROW EXECUTE FUNCTION yntymaq_audit('region_code', 'regions');",
  VIEW,
  ...factTriggers,
  ...refreshFunctions,
  ...sourceTriggers,
  "SELECT yntymaq_rebuild_coverage();",
];
/**
 * Migration 0022 created the model with separate service and partner cell tables; 0031 (`--part cells`,
 * the current functions) moved both counts into coverage_cells, and 0032 dropped the old tables.
 */
const cellsStatements = [...factTriggers, ...refreshFunctions, "SELECT yntymaq_rebuild_coverage();"];
/**
 * `--part deferred` (0036, after the directory's `--part deferred`, which defines the deferral): the source
 * triggers only note their services in a transaction that deferred read-model maintenance.
 */
const deferredStatements = SOURCES.map(
  ([
    table,
    ,
    ids,
  ]) => `CREATE OR REPLACE FUNCTION yntymaq_coverage_on_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
${refreshOrNote("yntymaq_refresh_coverage", ids)}
$$;`,
);
const PARTS: Record<string, string[]> = {
  initial: initialStatements,
  cells: cellsStatements,
  deferred: deferredStatements,
};
const part = process.argv.includes("--part") ? process.argv[process.argv.indexOf("--part") + 1] : "cells";
const statementsOfPart = PARTS[part ?? "cells"];
if (!statementsOfPart) throw new Error(`unknown part ${part}: one of ${Object.keys(PARTS).join(", ")}`);
console.log(statementsOfPart.join("\n--> statement-breakpoint\n"));
