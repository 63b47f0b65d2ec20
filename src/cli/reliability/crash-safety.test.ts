import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../server/db/embedded-server.ts";
import { organizationInput } from "../../server/test/factories/organizations.factory.ts";
import {
  cleanUp,
  EMBEDDED_CREDENTIALS,
  killPostgres,
  makeDataDir,
  postmasterOf,
  runCli,
  type ServeProcess,
  signIn,
  startServe,
} from "./serve-process.ts";

const WRITES = 1000;
const IN_FLIGHT = 50;
/** Acknowledgements after which the app and PostgreSQL are killed. */
const KILL_AFTER = 300;
const REGIONS = ["KZ-79", "KZ-47"];

let dataDir: string | undefined;
const servers: ServeProcess[] = [];
afterAll(() => cleanUp(servers, dataDir), 60_000);

/**
 * Fires the writes with a bounded number in flight; once `KILL_AFTER` are acknowledged, kills everything
 * (the app and the postmaster with its backends) and stops sending. Returns the acknowledged ids.
 */
async function writeUntilKilled(server: ServeProcess, cookie: string): Promise<Map<string, number>> {
  const acknowledged = new Map<string, number>();
  let next = 0;
  let killed = false;
  const worker = async () => {
    while (!killed && next < WRITES) {
      const index = next++;
      const input = organizationInput({
        name: { kk: `Апат сынағы ${index}`, en: `Crash test ${index}` },
        regionsServed: REGIONS,
      });
      try {
        const response = await fetch(server.url("/api/organizations"), {
          method: "POST",
          headers: { "content-type": "application/json", origin: `http://localhost:${server.port}`, cookie },
          body: JSON.stringify(input),
        });
        if (response.status === 201) {
          acknowledged.set(((await response.json()) as { id: string }).id, index);
        } else if (!killed) {
          throw new Error(`write ${index}: ${response.status} ${await response.text()}`);
        }
      } catch (error) {
        if (!killed) throw error;
      }
      if (!killed && acknowledged.size >= KILL_AFTER) {
        killed = true;
        const postmaster = postmasterOf(dataDir as string);
        server.child.kill("SIGKILL");
        if (postmaster) killPostgres(postmaster.pid);
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  return acknowledged;
}

describe("crash safety", () => {
  it("keeps every acknowledged write, whole and audited, across a SIGKILL of the app and PostgreSQL", async () => {
    dataDir = await makeDataDir("yntymaq-crash-");
    const env = { ...process.env, YNTYMAQ_DATA_DIR: dataDir, DATABASE_URL: "", YNTYMAQ_DEMO_DATA: "false" };
    const first = await startServe(env, await findFreePort());
    servers.push(first);
    const created = await runCli(
      env,
      ["user", "create", "--email", "admin@example.kz", "--role", "admin", "--password-stdin"],
      "a-strong-admin-password\n",
    );
    expect(created.code).toBe(0);
    const cookie = await signIn(first, "admin@example.kz", "a-strong-admin-password");

    const started = performance.now();
    const acknowledged = await writeUntilKilled(first, cookie);
    await first.exited;
    const writeSeconds = (performance.now() - started) / 1000;
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acknowledged.size).toBeLessThan(WRITES);

    // PostgreSQL recovers from its write-ahead log when the app starts it again on the same directory.
    const second = await startServe(env, await findFreePort());
    servers.push(second);
    const postmaster = postmasterOf(dataDir);
    const client = new pg.Client({
      connectionString: `postgres://${EMBEDDED_CREDENTIALS}@127.0.0.1:${postmaster?.port}/yntymaq`,
    });
    await client.connect();
    try {
      const { rows } = await client.query<{
        id: string;
        regions: number;
        audited: number;
        audited_regions: number;
      }>(
        `select o.id,
                (select count(*)::int from organization_regions r where r.organization_id = o.id) as regions,
                (select count(*)::int from audit_log a where a.table_name = 'organizations'
                   and a.action = 'insert' and a.entity_id = o.id::text and a.after->'name' = o.name) as audited,
                (select count(*)::int from audit_log a where a.table_name = 'organization_regions'
                   and a.action = 'insert' and a.entity_id = o.id::text) as audited_regions
           from organizations o where o.name->>'en' like 'Crash test %'`,
      );
      const stored = new Map(rows.map((row) => [row.id, row]));
      const lost = [...acknowledged.keys()].filter((id) => !stored.has(id));
      expect(lost).toEqual([]);
      // Acknowledged or not, whatever was committed is whole: its regions and its audit rows are there.
      const partial = rows.filter((r) => r.regions !== 2 || r.audited !== 1 || r.audited_regions !== 2);
      expect(partial).toEqual([]);
      const { rows: orphans } = await client.query(
        `select a.entity_id from audit_log a left join organizations o on o.id::text = a.entity_id
          where a.table_name in ('organizations', 'organization_regions') and o.id is null`,
      );
      expect(orphans).toEqual([]);
      console.info(
        `crash safety: ${acknowledged.size} of ${WRITES} writes acknowledged in ${writeSeconds.toFixed(1)} s ` +
          `before SIGKILL; ${rows.length} found after recovery (${rows.length - acknowledged.size} committed ` +
          "but unacknowledged), 0 lost, 0 partial",
      );
    } finally {
      await client.end();
    }
    second.child.kill("SIGINT");
    expect(await second.exited).toBe(0);
    expect(postmasterOf(dataDir)).toBeNull();
  }, 180_000);
});
