/**
 * Prints the SQL of the directory read-model migration: `yntymaq_fold` (generated from the tables of
 * src/shared/search/fold.ts, so both foldings are one definition), the `directory_source` view, the
 * refresh/rebuild functions and the triggers that keep `directory_entries` current in every write's
 * transaction. Paste into a new custom migration (`npx drizzle-kit generate --custom`) when any of it changes.
 */
import { DIGRAPHS, LOWER, TO_LATIN } from "../src/shared/search/fold.ts";

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

function foldFunction(): string {
  const lowerFrom: string[] = [];
  const lowerTo: string[] = [];
  const candidates = new Set([...Object.keys(TO_LATIN), ..."abcdefghijklmnopqrstuvwxyz"]);
  for (const [upper, lower] of Object.entries(LOWER)) {
    lowerFrom.push(upper);
    lowerTo.push(lower);
  }
  for (const lower of candidates) {
    const upper = lower.toUpperCase();
    if (upper.length === 1 && upper !== lower && !(upper in LOWER)) {
      lowerFrom.push(upper);
      lowerTo.push(lower);
    }
  }
  const multi = Object.entries(TO_LATIN).filter(([, latin]) => latin.length > 1);
  const single = Object.entries(TO_LATIN).filter(([, latin]) => latin.length === 1);
  const removed = Object.entries(TO_LATIN).filter(([, latin]) => latin.length === 0);
  const lines = [
    "CREATE FUNCTION yntymaq_fold(input text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$",
    "DECLARE s text;",
    "BEGIN",
    "  s := normalize(input, NFC);",
    `  s := lower(translate(s, ${literal(lowerFrom.join(""))}, ${literal(lowerTo.join(""))}));`,
    ...multi.map(([from, to]) => `  s := replace(s, ${literal(from)}, ${literal(to)});`),
    `  s := translate(s, ${literal(single.map(([f]) => f).join("") + removed.map(([f]) => f).join(""))}, ${literal(single.map(([, t]) => t).join(""))});`,
    "  s := regexp_replace(s, '[^a-z0-9]+', ' ', 'g');",
    ...DIGRAPHS.map(([pattern, to]) => `  s := replace(s, ${literal(pattern.source)}, ${literal(to)});`),
    "  s := replace(s, 'y', 'i');",
    "  s := regexp_replace(s, '([a-z])\\1+', '\\1', 'g');",
    "  RETURN btrim(regexp_replace(s, ' +', ' ', 'g'));",
    "END",
    "$$;",
  ];
  return lines.join("\n");
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
    ${localized("s", "name")},
    ${localized("o", "name")},
    ${localized("l", "locality")},
    ${localized("l", "address")},
    ${localized("r", "name")}, r.name->>'kk-Latn',
    (SELECT string_agg(concat_ws(' ', ${localized("c", "name")}), ' ') FROM service_categories c WHERE c.code = ANY (s.category_codes)),
    replace(array_to_string(s.target_groups::text[], ' '), '_', ' ')
  )) AS search_text
FROM services s
JOIN service_locations sl ON sl.service_id = s.id
JOIN locations l ON l.id = sl.location_id
JOIN organizations o ON o.id = s.organization_id
JOIN regions r ON r.code = l.region_code
WHERE s.published AND s.status = 'active' AND o.published AND o.status = 'active';`;

const statements = [
  foldFunction(),
  VIEW,
  `CREATE FUNCTION yntymaq_refresh_directory(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM directory_entries WHERE service_id = ANY (ids);
  INSERT INTO directory_entries (${COLUMNS})
  SELECT ${COLUMNS} FROM directory_source WHERE service_id = ANY (ids);
END
$$;`,
  `CREATE FUNCTION yntymaq_rebuild_directory() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE directory_entries;
  INSERT INTO directory_entries (${COLUMNS}) SELECT ${COLUMNS} FROM directory_source;
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
console.log(statements.join("\n--> statement-breakpoint\n"));
