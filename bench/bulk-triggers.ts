import type pg from "pg";

export const LOADED_TABLES = [
  "organizations",
  "organization_regions",
  "locations",
  "services",
  "service_locations",
];

interface TriggerRef {
  table: string;
  name: string;
}

export type TriggerMode = "replica" | "disabled";

/**
 * A bulk load runs no user trigger: not the AFTER ones (audit, the read model, rebuilt set-based after the
 * load) and not the BEFORE ones that fill folded search keys, because bulk-insert.ts computes those keys
 * itself with foldText, which a test keeps equal to the database's yntymaq_fold.
 *
 * "replica": the sessions run with session_replication_role = replica (no user triggers, no FK checks);
 * nothing needs changing here.
 * "disabled" (no superuser): every user trigger is disabled on the tables; FK checks stay on.
 * Returns the function that puts every trigger back to plain ENABLE.
 */
export async function prepareTriggers(
  client: pg.ClientBase,
  mode: TriggerMode,
): Promise<() => Promise<void>> {
  const { rows } = await client.query<TriggerRef>(
    `select c.relname as table, t.tgname as name
     from pg_trigger t join pg_class c on c.oid = t.tgrelid
     where not t.tgisinternal and t.tgenabled = 'O' and c.relname = any($1::text[])
       and c.relnamespace = 'public'::regnamespace
     order by c.relname, t.tgname`,
    [LOADED_TABLES],
  );
  const changed: TriggerRef[] = [];
  if (mode === "disabled") {
    for (const trigger of rows) {
      await client.query(`alter table "${trigger.table}" disable trigger "${trigger.name}"`);
      changed.push(trigger);
    }
  }
  return async () => {
    for (const trigger of changed)
      await client.query(`alter table "${trigger.table}" enable trigger "${trigger.name}"`);
  };
}
