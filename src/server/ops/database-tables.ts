import type pg from "pg";

export interface TableInfo {
  /** Schema-qualified and quoted, ready for SQL: `"public"."users"`. */
  qualifiedName: string;
  name: string;
  /** Stored (not generated) columns, in their table order. */
  columns: string[];
}

export interface SequenceState {
  qualifiedName: string;
  lastValue: string;
  isCalled: boolean;
}

export interface MigrationVersion {
  count: number;
  lastHash: string | null;
}

/** The app's own tables. pg-boss's schema holds only transient jobs, re-created at start. */
const APP_SCHEMA = "public";

/**
 * Tables that the migrations fill (reference data, the one-row version states of the caches), so rows
 * there do not make a database "used".
 */
export const REFERENCE_TABLES = new Set([
  "regions",
  "service_categories",
  "directory_state",
  "auth_state",
  "analytics_state",
]);

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** Orders tables so every table comes after the tables its foreign keys point at (self-references aside). */
function dependencyOrder(names: string[], edges: Array<{ from: string; to: string }>): string[] {
  const ordered: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting") throw new Error(`foreign keys form a cycle through ${name}`);
    state.set(name, "visiting");
    for (const edge of edges) if (edge.from === name && edge.to !== name) visit(edge.to);
    state.set(name, "done");
    ordered.push(name);
  };
  for (const name of [...names].sort()) visit(name);
  return ordered;
}

export async function listAppTables(client: pg.ClientBase): Promise<TableInfo[]> {
  const { rows: tables } = await client.query<{ name: string; columns: string[] }>(
    `select c.relname as name,
            array_agg(a.attname::text order by a.attnum) as columns
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      where n.nspname = $1 and c.relkind in ('r', 'p')
      group by c.relname`,
    [APP_SCHEMA],
  );
  const { rows: edges } = await client.query<{ from: string; to: string }>(
    `select src.relname as from, dst.relname as to
       from pg_constraint k
       join pg_class src on src.oid = k.conrelid
       join pg_class dst on dst.oid = k.confrelid
       join pg_namespace n on n.oid = src.relnamespace
      where k.contype = 'f' and n.nspname = $1`,
    [APP_SCHEMA],
  );
  const byName = new Map(tables.map((table) => [table.name, table]));
  return dependencyOrder([...byName.keys()], edges).map((name) => ({
    name,
    qualifiedName: `${quote(APP_SCHEMA)}.${quote(name)}`,
    columns: byName.get(name)?.columns ?? [],
  }));
}

export const columnList = (table: TableInfo): string => table.columns.map(quote).join(", ");

export async function readSequences(client: pg.ClientBase): Promise<SequenceState[]> {
  const { rows } = await client.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = $1 and c.relkind = 'S' order by 1`,
    [APP_SCHEMA],
  );
  const states: SequenceState[] = [];
  for (const { name } of rows) {
    const qualifiedName = `${quote(APP_SCHEMA)}.${quote(name)}`;
    const { rows: values } = await client.query<{ last_value: string; is_called: boolean }>(
      `select last_value::text, is_called from ${qualifiedName}`,
    );
    const value = values[0];
    if (value) states.push({ qualifiedName, lastValue: value.last_value, isCalled: value.is_called });
  }
  return states;
}

/** Which committed migrations the database has: a backup restores only into the same version. */
export async function readMigrationVersion(client: pg.ClientBase): Promise<MigrationVersion> {
  const { rows } = await client.query<{ count: number; last_hash: string | null }>(
    `select count(*)::int as count, (array_agg(hash order by created_at desc, id desc))[1] as last_hash
       from drizzle.__drizzle_migrations`,
  );
  return { count: rows[0]?.count ?? 0, lastHash: rows[0]?.last_hash ?? null };
}

/** True when a table other than the migrations' reference data has a row. */
export async function holdsData(client: pg.ClientBase, tables: TableInfo[]): Promise<boolean> {
  for (const table of tables) {
    if (REFERENCE_TABLES.has(table.name)) continue;
    const { rowCount } = await client.query(`select 1 from ${table.qualifiedName} limit 1`);
    if (rowCount) return true;
  }
  return false;
}
