/**
 * Prints the SQL of the directory read-model migration: `yntymaq_fold` (generated from the tables of
 * src/shared/search/fold.ts, so both foldings are one definition), the `directory_source` view, the
 * refresh/rebuild functions and the triggers that keep `directory_entries` current in every write's
 * transaction. Paste into a new custom migration (`npx drizzle-kit generate --custom`) when any of it changes.
 */
import { DIGRAPHS, TO_LATIN } from "../src/shared/search/fold.ts";

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * yntymaq_fold as one nested SQL expression: no PL/pgSQL statements, no back-references, and lower()
 * instead of a long translate() for case (ı, i, I and İ all end as "i", so Kazakh casing needs no
 * special rule here). Still costly per call, so it runs once per written row (search_key columns),
 * never per row of a read-model rebuild.
 */
function foldFunction(): string {
  const multi = Object.entries(TO_LATIN).filter(([, latin]) => latin.length > 1);
  const single = Object.entries(TO_LATIN).filter(([, latin]) => latin.length === 1);
  const removed = Object.entries(TO_LATIN).filter(([, latin]) => latin.length === 0);
  let expression = "lower(normalize(input, NFC))";
  for (const [from, to] of multi) expression = `replace(${expression}, ${literal(from)}, ${literal(to)})`;
  const singleFrom = single.map(([f]) => f).join("") + removed.map(([f]) => f).join("");
  expression = `translate(${expression}, ${literal(singleFrom)}, ${literal(single.map(([, t]) => t).join(""))})`;
  expression = `regexp_replace(${expression}, '[^a-z0-9]+', ' ', 'g')`;
  for (const [pattern, to] of DIGRAPHS)
    expression = `replace(${expression}, ${literal(pattern.source)}, ${literal(to)})`;
  expression = `btrim(replace(${expression}, 'y', 'i'))`;
  return `CREATE OR REPLACE FUNCTION yntymaq_fold(input text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT ${expression}
$$;`;
}

const localized = (alias: string, column: string) =>
  ["kk", "ru", "en"].map((locale) => `${alias}.${column}->>'${locale}'`).join(", ");

const COLUMNS =
  "service_id, location_id, organization_id, region_code, locality_keys, category_codes, target_groups, cost, languages, min_age, max_age, latitude, longitude, last_verified_at, search_text";

const VIEW = `CREATE VIEW directory_source AS
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
WHERE s.published AND s.status = 'active' AND o.published AND o.status = 'active';`;

/** BEFORE triggers that keep each source row's folded search key current. */
const SEARCH_KEYS: ReadonlyArray<[table: string, changed: string, assignments: string]> = [
  [
    "services",
    "NEW.name IS DISTINCT FROM OLD.name",
    `NEW.search_key := yntymaq_fold(concat_ws(' ', ${localized("NEW", "name")}));`,
  ],
  [
    "organizations",
    "NEW.name IS DISTINCT FROM OLD.name",
    `NEW.search_key := yntymaq_fold(concat_ws(' ', ${localized("NEW", "name")}));`,
  ],
  [
    "locations",
    "NEW.locality IS DISTINCT FROM OLD.locality OR NEW.address IS DISTINCT FROM OLD.address",
    `NEW.search_key := yntymaq_fold(concat_ws(' ', ${localized("NEW", "locality")}, ${localized("NEW", "address")}));
    NEW.locality_keys := ARRAY(SELECT DISTINCT yntymaq_fold(t.value) FROM jsonb_each_text(NEW.locality) AS t);`,
  ],
  [
    "regions",
    "NEW.name IS DISTINCT FROM OLD.name",
    `NEW.search_key := yntymaq_fold(concat_ws(' ', ${localized("NEW", "name")}, NEW.name->>'kk-Latn'));`,
  ],
  [
    "service_categories",
    "NEW.name IS DISTINCT FROM OLD.name",
    `NEW.search_key := yntymaq_fold(concat_ws(' ', ${localized("NEW", "name")}));`,
  ],
];

/** The audit and version triggers of drizzle/0001_reference-data.sql on each keyed table. */
const triggersOf = (table: string): string[] =>
  ({
    services: ["services_audit", "services_touch"],
    organizations: ["organizations_audit", "organizations_touch"],
    locations: ["locations_audit", "locations_touch"],
    regions: ["regions_audit"],
  })[table] ?? [];

const searchKeyStatements = SEARCH_KEYS.flatMap(([table, changed, assignments]) => [
  `CREATE FUNCTION yntymaq_search_key_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR ${changed} OR NEW.search_key IS NULL THEN
    ${assignments}
  END IF;
  RETURN NEW;
END
$$;`,
  `CREATE TRIGGER ${table}_search_key BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION yntymaq_search_key_${table}();`,
  // Backfill existing rows through the trigger; it is not an edit, so no audit row and no version bump.
  ...triggersOf(table).map((trigger) => `ALTER TABLE ${table} DISABLE TRIGGER ${trigger};`),
  `UPDATE ${table} SET search_key = NULL;`,
  ...triggersOf(table).map((trigger) => `ALTER TABLE ${table} ENABLE TRIGGER ${trigger};`),
]);

const statements = [
  ...searchKeyStatements,
  VIEW,
  `CREATE FUNCTION yntymaq_refresh_directory(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM directory_entries WHERE service_id = ANY (ids);
  INSERT INTO directory_entries (${COLUMNS})
  SELECT ${COLUMNS} FROM directory_source WHERE service_id = ANY (ids);
END
$$;`,
  // A full rebuild drops the GIN indexes and builds them again after the insert: maintaining them row by
  // row is about ten times slower. Their definitions must match directory.schema.ts.
  `CREATE FUNCTION yntymaq_rebuild_directory() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE directory_entries;
  DROP INDEX IF EXISTS directory_entries_text_trgm_idx, directory_entries_vector_idx, directory_entries_categories_idx;
  INSERT INTO directory_entries (${COLUMNS}) SELECT ${COLUMNS} FROM directory_source;
  CREATE INDEX directory_entries_categories_idx ON directory_entries USING gin (category_codes);
  CREATE INDEX directory_entries_text_trgm_idx ON directory_entries USING gin (search_text gin_trgm_ops);
  CREATE INDEX directory_entries_vector_idx ON directory_entries USING gin (search_vector);
END
$$;`,
  // Statement-level triggers with transition tables: one refresh per statement, so a batch insert of
  // thousands of rows (imports, demo data) refreshes its services once, not once per row.
  `CREATE FUNCTION yntymaq_directory_on_services() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM yntymaq_refresh_directory(ARRAY(SELECT id FROM changed_rows));
  RETURN NULL;
END
$$;`,
  `CREATE FUNCTION yntymaq_directory_on_service_locations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM yntymaq_refresh_directory(ARRAY(SELECT DISTINCT service_id FROM changed_rows));
  RETURN NULL;
END
$$;`,
  `CREATE FUNCTION yntymaq_directory_on_locations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM yntymaq_refresh_directory(ARRAY(
    SELECT DISTINCT sl.service_id FROM service_locations sl JOIN changed_rows c ON c.id = sl.location_id));
  RETURN NULL;
END
$$;`,
  `CREATE FUNCTION yntymaq_directory_on_organizations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM yntymaq_refresh_directory(ARRAY(SELECT s.id FROM services s JOIN changed_rows c ON c.id = s.organization_id));
  RETURN NULL;
END
$$;`,
  `CREATE FUNCTION yntymaq_directory_on_reference() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM yntymaq_rebuild_directory();
  RETURN NULL;
END
$$;`,
  ...(
    [
      ["services", "INSERT", "NEW"],
      ["services", "UPDATE", "NEW"],
      ["service_locations", "INSERT", "NEW"],
      ["service_locations", "DELETE", "OLD"],
      ["locations", "UPDATE", "NEW"],
      ["organizations", "UPDATE", "NEW"],
    ] as const
  ).map(
    ([table, event, side]) =>
      `CREATE TRIGGER ${table}_directory_${event.toLowerCase()} AFTER ${event} ON ${table} REFERENCING ${side} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_on_${table}();`,
  ),
  "CREATE TRIGGER regions_directory AFTER UPDATE ON regions FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_on_reference();",
  "CREATE TRIGGER service_categories_directory AFTER UPDATE ON service_categories FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_on_reference();",
  "SELECT yntymaq_rebuild_directory();",
];
// `--part fold` prints the folding function alone (migration 0003); without it, the read model (0006).
const part = process.argv.includes("--part") ? process.argv[process.argv.indexOf("--part") + 1] : "model";
console.log(part === "fold" ? foldFunction() : statements.join("\n--> statement-breakpoint\n"));
