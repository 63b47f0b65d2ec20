/**
 * Prints the SQL of the directory read-model migration: `yntymaq_fold` (generated from the tables of
 * src/shared/search/fold.ts, so both foldings are one definition), the `directory_source` view, the
 * refresh/rebuild functions and the triggers that keep `directory_entries` current in every write's
 * transaction. Paste into a new custom migration (`npx drizzle-kit generate --custom`) when any of it changes.
 */
import { NEED_GROUPS, tsqueryOf } from "../src/server/modules/directory/need-vocabulary.ts";
import { DIGRAPHS, TO_LATIN } from "../src/shared/search/fold.ts";
import { deferralStatements, refreshOrNote } from "./read-model-deferral-sql.ts";

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

/**
 * Tags each entry with the need synonym groups its text matches, so a vocabulary need is a lookup in a
 * small GIN over narrow rows instead of a tsvector match over wide ones. Generated from NEED_GROUPS.
 */
function needGroupsFunction(): string {
  const tags = NEED_GROUPS.map(
    (group) =>
      `CASE WHEN v @@ ${literal(tsqueryOf(group.alternatives))}::tsquery THEN ${group.id}::smallint END`,
  );
  return `CREATE OR REPLACE FUNCTION yntymaq_need_groups(v tsvector) RETURNS smallint[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT array_remove(ARRAY[${tags.join(", ")}], NULL)
$$;`;
}

const ENTRY_COLUMNS = COLUMNS.replace(", search_text", "");

/** Writes the entries of `source` (a CTE over directory_source) to the filter table and the text table. */
// The tsvector is the costly part of a write: it is computed once and serves the tags and the text table.
// The text is folded already ([a-z0-9] words between single spaces), so its words are the lexemes as they
// are: array_to_tsvector gives what to_tsvector('simple') gives, without positions nothing reads, 3× faster.
const insertEntries = (source: string, order = "") => `WITH src AS MATERIALIZED (
    SELECT d.*, array_to_tsvector(array_remove(string_to_array(d.search_text, ' '), '')) AS search_vector
    FROM (${source}) d),
  entries AS (
    INSERT INTO directory_entries (${ENTRY_COLUMNS}, need_groups)
    SELECT ${ENTRY_COLUMNS}, yntymaq_need_groups(search_vector) FROM src ${order}
  )
  INSERT INTO directory_texts (service_id, location_id, search_text, search_vector)
  SELECT service_id, location_id, search_text, search_vector FROM src;`;

const NEW_WORDS = `INSERT INTO directory_words (word)
  SELECT DISTINCT w FROM directory_texts t, unnest(tsvector_to_array(t.search_vector)) AS w WHERE t.service_id = ANY (ids)
  ON CONFLICT DO NOTHING;`;

function readModelFunctions(verb: "CREATE" | "CREATE OR REPLACE"): string[] {
  return [
    `${verb} FUNCTION yntymaq_refresh_directory(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM directory_entries WHERE service_id = ANY (ids);
  DELETE FROM directory_texts WHERE service_id = ANY (ids);
  ${insertEntries("SELECT * FROM directory_source WHERE service_id = ANY (ids)")}
  ${NEW_WORDS}
END
$$;`,
    // A full rebuild drops the secondary indexes and builds them again after the insert: maintaining them
    // row by row is about ten times slower. Their definitions must match directory.schema.ts.
    `${verb} FUNCTION yntymaq_rebuild_directory() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE directory_entries, directory_texts, directory_words;
  DROP INDEX IF EXISTS directory_entries_categories_idx, directory_entries_need_groups_idx, directory_entries_verified_idx,
    directory_entries_region_verified_idx, directory_texts_vector_idx;
  -- Rows in region and ranking order, so a region's entries share heap pages (refreshes disturb it slowly).
  ${insertEntries("SELECT * FROM directory_source", "ORDER BY region_code, last_verified_at DESC NULLS LAST")}
  CREATE INDEX directory_entries_categories_idx ON directory_entries USING gin (category_codes);
  CREATE INDEX directory_entries_need_groups_idx ON directory_entries USING gin (need_groups);
  CREATE INDEX directory_entries_verified_idx ON directory_entries USING btree (last_verified_at DESC NULLS LAST, service_id, location_id);
  CREATE INDEX directory_entries_region_verified_idx ON directory_entries USING btree (region_code, last_verified_at DESC NULLS LAST, service_id, location_id);
  CREATE INDEX directory_texts_vector_idx ON directory_texts USING gin (search_vector);
  INSERT INTO directory_words (word) SELECT DISTINCT w FROM directory_texts, unnest(tsvector_to_array(search_vector)) AS w;
  -- The insert above may or may not have fired the facet triggers (a bulk load runs without triggers).
  TRUNCATE directory_facets;
  ${facetUpsert("directory_entries", "+")}
END
$$;`,
  ];
}

/**
 * Adds (or subtracts) the entries of \`rows\` to their facet cells (with their age range, so age filters are
 * answered by the cells too): one cell per need group of the entry and
 * one for "any need" (-1). Cells are touched in key order, so concurrent writers cannot deadlock.
 */
function facetUpsert(rows: string, sign: "+" | "-"): string {
  return `INSERT INTO directory_facets AS f (need_group, region_code, cost, category_codes, languages, min_age, max_age, entries)
  SELECT g, r.region_code, r.cost, r.category_codes, r.languages, coalesce(r.min_age, 0), coalesce(r.max_age, 99),
    ${sign === "-" ? "-" : ""}count(*)::int
  FROM ${rows} r, unnest(r.need_groups || '{-1}'::smallint[]) AS g
  GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT (need_group, region_code, cost, category_codes, languages, min_age, max_age)
  DO UPDATE SET entries = f.entries + excluded.entries;`;
}

const facetStatements = [
  `CREATE OR REPLACE FUNCTION yntymaq_directory_facets_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${facetUpsert("added_rows", "+")}
  RETURN NULL;
END
$$;`,
  `CREATE OR REPLACE FUNCTION yntymaq_directory_facets_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${facetUpsert("removed_rows", "-")}
  DELETE FROM directory_facets WHERE entries = 0;
  RETURN NULL;
END
$$;`,
  "CREATE OR REPLACE TRIGGER directory_entries_facets_insert AFTER INSERT ON directory_entries REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_facets_on_insert();",
  "CREATE OR REPLACE TRIGGER directory_entries_facets_delete AFTER DELETE ON directory_entries REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION yntymaq_directory_facets_on_delete();",
];

/**
 * The current read-model functions over the split model: the folded text in its own table (0010), so the
 * filter rows that sorting and facet counts read are ≈ 300 bytes instead of ≈ 2 KB; need-group tags (0008);
 * facet cells (0012); the word list for typos (0014); region-ordered rows (0016); one tsvector per write (0018);
 * facet cells by age range and new need groups (0020). The newest migration of this part is this output (0008,
 * 0011, 0013, 0015 and 0017 held intermediate renders and are now empty).
 */
const currentStatements = [
  "DROP FUNCTION IF EXISTS yntymaq_need_groups(text)",
  needGroupsFunction(),
  ...facetStatements,
  ...readModelFunctions("CREATE OR REPLACE"),
  "SELECT yntymaq_rebuild_directory();",
];

/** Which services a statement on each source touched; the refresh rebuilds their entries. */
const DIRECTORY_SOURCES: ReadonlyArray<[table: string, ids: string]> = [
  ["services", "SELECT id FROM changed_rows"],
  ["service_locations", "SELECT DISTINCT service_id FROM changed_rows"],
  [
    "locations",
    `SELECT DISTINCT sl.service_id FROM service_locations sl JOIN changed_rows c ON c.id = sl.location_id`,
  ],
  ["organizations", "SELECT s.id FROM services s JOIN changed_rows c ON c.id = s.organization_id"],
];

/**
 * Deferred maintenance (read-model-deferral-sql.ts): the statement triggers only note their services in a
 * transaction that called yntymaq_defer_read_model(), which refreshes them once at its end.
 */
const deferredStatements = [
  ...deferralStatements,
  ...DIRECTORY_SOURCES.map(
    ([table, ids]) =>
      `CREATE OR REPLACE FUNCTION yntymaq_directory_on_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
${refreshOrNote("yntymaq_refresh_directory", ids)}
$$;`,
  ),
];

const statements = [
  ...searchKeyStatements,
  VIEW,
  ...readModelFunctions("CREATE"),
  // Statement-level triggers with transition tables: one refresh per statement, so a batch insert of
  // thousands of rows (imports, demo data) refreshes its services once, not once per row.
  ...DIRECTORY_SOURCES.map(
    ([table, ids]) => `CREATE FUNCTION yntymaq_directory_on_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM yntymaq_refresh_directory(ARRAY(${ids}));
  RETURN NULL;
END
$$;`,
  ),
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
// `--part fold` prints the folding function (migration 0003), `--part needs` the need-group tagging (part
// of 0019),
// `--part current` the functions over the split read model with facet cells and words (0019), `--part deferred`
// the deferred maintenance and the source triggers' functions that honour it (0036 is this part, a statement
// breakpoint, then render-coverage-sql.ts --part deferred); without a part, the read
// model as 0006 created it, with today's function bodies (its source triggers without deferral).
const PARTS: Record<string, () => string> = {
  fold: foldFunction,
  needs: needGroupsFunction,
  current: () => currentStatements.join("\n--> statement-breakpoint\n"),
  deferred: () => deferredStatements.join("\n--> statement-breakpoint\n"),
  model: () => statements.join("\n--> statement-breakpoint\n"),
};
const part = process.argv.includes("--part") ? process.argv[process.argv.indexOf("--part") + 1] : "model";
const render = PARTS[part ?? "model"];
if (!render) throw new Error(`unknown part ${part}: one of ${Object.keys(PARTS).join(", ")}`);
console.log(render());
