import type pg from "pg";

export const LOADED_TABLES = [
  "organizations",
  "organization_regions",
  "locations",
  "services",
  "service_locations",
];

/** pg_trigger.tgtype bits: FOR EACH ROW, BEFORE, INSERT. */
const ROW = 1;
const BEFORE = 2;
const INSERT = 4;

interface TriggerRef {
  table: string;
  name: string;
}

export type TriggerMode = "replica" | "disabled";

/**
 * Which triggers a bulk load skips: the AFTER ones (audit, the read model — rebuilt set-based after the
 * load). BEFORE ROW INSERT triggers compute columns of the row itself (e.g. folded search keys) and must
 * still run, or the loaded rows would differ from rows written by the app.
 *
 * "replica": the sessions run with session_replication_role = replica (no user triggers, no FK checks),
 * and the BEFORE ROW INSERT triggers are switched to ENABLE ALWAYS so they fire anyway.
 * "disabled" (no superuser): every other user trigger is disabled on the tables; FK checks stay on.
 * Returns the function that puts every trigger back to plain ENABLE.
 */
export async function prepareTriggers(
  client: pg.ClientBase,
  mode: TriggerMode,
): Promise<() => Promise<void>> {
  const { rows } = await client.query<TriggerRef & { tgtype: number }>(
    `select c.relname as table, t.tgname as name, t.tgtype
     from pg_trigger t join pg_class c on c.oid = t.tgrelid
     where not t.tgisinternal and t.tgenabled = 'O' and c.relname = any($1::text[])
       and c.relnamespace = 'public'::regnamespace
     order by c.relname, t.tgname`,
    [LOADED_TABLES],
  );
  const computesRow = (tgtype: number) => (tgtype & (ROW | BEFORE | INSERT)) === (ROW | BEFORE | INSERT);
  const changed: TriggerRef[] = [];
  for (const trigger of rows) {
    const keep = computesRow(trigger.tgtype);
    if (mode === "replica" && keep)
      await client.query(`alter table "${trigger.table}" enable always trigger "${trigger.name}"`);
    else if (mode === "disabled" && !keep)
      await client.query(`alter table "${trigger.table}" disable trigger "${trigger.name}"`);
    else continue;
    changed.push(trigger);
  }
  return async () => {
    for (const trigger of changed)
      await client.query(`alter table "${trigger.table}" enable trigger "${trigger.name}"`);
  };
}
