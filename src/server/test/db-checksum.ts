import { sql } from "drizzle-orm";
import type { Database } from "../db/client.ts";

const queries = new WeakMap<Database, string>();

async function checksumQuery(db: Database): Promise<string> {
  const cached = queries.get(db);
  if (cached) return cached;
  const tables = await db.execute<{ name: string }>(sql`
    select quote_ident(relname) as name from pg_class
    where relnamespace = 'public'::regnamespace and relkind in ('r', 'p') order by relname`);
  const query = tables.rows
    .map(
      ({ name }) =>
        `select '${name}' as t, count(*) || '/' || coalesce(sum(xmin::text::numeric), 0) as c from ${name}`,
    )
    .join(" union all ");
  queries.set(db, query);
  return query;
}

/**
 * A fingerprint of every table in the public schema: per table its row count and the sum of its rows'
 * `xmin` (the transaction that wrote each row version). An insert, update or delete changes one of
 * the two, so equal fingerprints before and after a request mean the request wrote nothing.
 * One statement, without reading the rows' contents.
 */
export async function databaseChecksum(db: Database): Promise<string> {
  const result = await db.execute<{ t: string; c: string }>(sql.raw(await checksumQuery(db)));
  return result.rows.map((row) => `${row.t}:${row.c}`).join(",");
}

/**
 * For many checks in a row: counts every committed row insert, update and delete (and truncate) of
 * every table in a counter row, by triggers installed into this test database only. Reading the count
 * costs one primary-key lookup; a rolled-back write leaves it unchanged, as it leaves the data.
 */
export async function installWriteCounter(db: Database): Promise<() => Promise<number>> {
  await db.execute(
    sql.raw(`
    create table if not exists test_row_writes (id int primary key, n bigint not null);
    insert into test_row_writes values (1, 0) on conflict do nothing;
    create or replace function test_count_row_write() returns trigger language plpgsql as $$
      begin update test_row_writes set n = n + 1 where id = 1; return null; end $$;
    do $$ declare t record; begin
      for t in select quote_ident(relname) as name from pg_class
        where relnamespace = 'public'::regnamespace and relkind = 'r' and relname <> 'test_row_writes' loop
        execute format('create trigger test_row_writes after insert or update or delete on %s
          for each row execute function test_count_row_write()', t.name);
        execute format('create trigger test_row_truncates after truncate on %s
          for each statement execute function test_count_row_write()', t.name);
      end loop;
    end $$;`),
  );
  return async () => {
    const result = await db.execute<{ n: string }>(sql`select n from test_row_writes where id = 1`);
    return Number(result.rows[0]?.n ?? 0);
  };
}
