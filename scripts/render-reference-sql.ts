/**
 * Prints the SQL of the reference-data migration (regions, service categories, audit and version triggers).
 * Run once when that data changes and paste the output into a new custom migration
 * (`npx drizzle-kit generate --custom`); committed migrations are never edited.
 */
import { katoOf, REGION_SEEDS } from "../src/server/modules/regions/regions.data.ts";
import { SERVICE_CATEGORY_SEEDS } from "../src/server/modules/services/service-categories.data.ts";

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;
const jsonLiteral = (value: unknown) => `${literal(JSON.stringify(value))}::jsonb`;
const arrayLiteral = (values: readonly string[]) =>
  values.length === 0 ? "'{}'::text[]" : `ARRAY[${values.map(literal).join(", ")}]::text[]`;

/** Tables audited, with the column that names the audited entity and that entity's name. */
const AUDITED: ReadonlyArray<[table: string, idColumn: string, entity: string]> = [
  ["regions", "code", "regions"],
  ["branches", "id", "branches"],
  ["organizations", "id", "organizations"],
  ["organization_regions", "organization_id", "organizations"],
  ["locations", "id", "locations"],
  ["services", "id", "services"],
  ["service_locations", "service_id", "services"],
  ["memoranda", "id", "memoranda"],
  ["memorandum_parties", "memorandum_id", "memoranda"],
  ["commitments", "memorandum_id", "memoranda"],
  ["initiatives", "id", "initiatives"],
  ["initiative_memoranda", "initiative_id", "initiatives"],
  ["initiative_organizations", "initiative_id", "initiatives"],
  ["practices", "id", "practices"],
  ["practice_replications", "practice_id", "practices"],
  ["news_posts", "id", "news"],
  ["news_links", "news_id", "news"],
  ["users", "id", "users"],
  ["user_regions", "user_id", "users"],
];

const VERSIONED = [
  "branches",
  "organizations",
  "locations",
  "services",
  "memoranda",
  "commitments",
  "initiatives",
  "practices",
  "news_posts",
];

const out: string[] = [];
out.push("CREATE EXTENSION IF NOT EXISTS pg_trgm;", "CREATE EXTENSION IF NOT EXISTS unaccent;");
REGION_SEEDS.forEach((region, index) => {
  out.push(
    `INSERT INTO regions (code, kato, kind, name, centre, aliases, sort_order) VALUES (${literal(region.code)}, ${literal(katoOf(region.code))}, ${literal(region.kind)}, ${jsonLiteral(region.name)}, ${jsonLiteral(region.centre)}, ${arrayLiteral(region.aliases)}, ${index + 1});`,
  );
});
SERVICE_CATEGORY_SEEDS.forEach((category, index) => {
  out.push(
    `INSERT INTO service_categories (code, name, sort_order) VALUES (${literal(category.code)}, ${jsonLiteral(category.name)}, ${index + 1});`,
  );
});
out.push(`CREATE FUNCTION yntymaq_audit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb;
  new_row jsonb;
BEGIN
  IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
  IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
  IF TG_OP = 'UPDATE' AND old_row = new_row THEN RETURN NULL; END IF;
  INSERT INTO audit_log (actor_id, action, entity, entity_id, table_name, before, after)
  VALUES (
    nullif(current_setting('yntymaq.actor_id', true), ''),
    lower(TG_OP),
    TG_ARGV[1],
    coalesce(new_row, old_row) ->> TG_ARGV[0],
    TG_TABLE_NAME,
    old_row,
    new_row
  );
  RETURN NULL;
END
$$;`);
out.push(`CREATE FUNCTION yntymaq_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  NEW.version := OLD.version + 1;
  RETURN NEW;
END
$$;`);
for (const [table, idColumn, entity] of AUDITED) {
  out.push(
    `CREATE TRIGGER ${table}_audit AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION yntymaq_audit(${literal(idColumn)}, ${literal(entity)});`,
  );
}
for (const table of VERSIONED) {
  out.push(
    `CREATE TRIGGER ${table}_touch BEFORE UPDATE ON ${table} FOR EACH ROW EXECUTE FUNCTION yntymaq_touch();`,
  );
}
console.log(out.join("\n--> statement-breakpoint\n"));
