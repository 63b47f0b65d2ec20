import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../server/db/embedded-server.ts";
import { notifications } from "../../server/modules/notifications/notifications.schema.ts";
import { insertOrganization } from "../../server/test/factories/initiatives.factory.ts";
import {
  databaseToday,
  insertBranch,
  memorandumInput,
} from "../../server/test/factories/memoranda.factory.ts";
import { createOrganization } from "../../server/test/factories/organizations.factory.ts";
import { type SmtpSink, startSmtpSink } from "../../server/test/smtp-sink.ts";
import { createTestContext, TEST_PASSWORD, type TestContext } from "../../server/test/test-context.ts";
import { cleanUp, makeDataDir, runCli, type ServeProcess, signIn, startServe } from "./serve-process.ts";

let ctx: TestContext;
let smtp: SmtpSink;
let dataDir: string;
let env: NodeJS.ProcessEnv;
let a: ServeProcess;
let b: ServeProcess;

/** Two `yntymaq serve` processes on one PostgreSQL database (this file's), as behind a load balancer. */
beforeAll(async () => {
  ctx = await createTestContext();
  smtp = await startSmtpSink();
  dataDir = await makeDataDir("yntymaq-two-");
  env = {
    ...process.env,
    DATABASE_URL: ctx.databaseUrl,
    YNTYMAQ_DATA_DIR: dataDir,
    YNTYMAQ_DEMO_DATA: "false",
    YNTYMAQ_AUTH_SECRET: "",
    YNTYMAQ_JOBS: "false",
    YNTYMAQ_SMTP_URL: smtp.url,
    YNTYMAQ_LANG: "en",
  };
  [a, b] = await Promise.all([startServe(env, await findFreePort()), startServe(env, await findFreePort())]);
}, 120_000);
afterAll(async () => {
  await cleanUp([a, b], dataDir);
  await smtp?.close();
  await ctx?.close();
});

const call = (server: ServeProcess, method: string, path: string, cookie: string, body?: unknown) =>
  fetch(server.url(path), {
    method,
    headers: {
      origin: `http://localhost:${server.port}`,
      cookie,
      "accept-language": "ru",
      ...(body ? { "content-type": "application/json" } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });

describe("two app processes on one PostgreSQL", () => {
  it("share sessions: signed in on A works on B, signed out on B is out on A", async () => {
    await ctx.signIn({ role: "admin", email: "shared-session@example.kz" });
    const cookie = await signIn(a, "shared-session@example.kz", TEST_PASSWORD);
    // The user list is for signed-in admins only.
    expect((await call(b, "GET", "/api/users", cookie)).status).toBe(200);
    expect((await call(b, "POST", "/api/auth/sign-out", cookie, {})).status).toBe(200);
    expect((await call(a, "GET", "/api/users", cookie)).status).toBe(401);
  }, 30_000);

  it("lets exactly one of two concurrent edits of one memorandum win; the other gets 409", async () => {
    await ctx.signIn({ role: "admin", email: "editor@example.kz" });
    const cookie = await signIn(a, "editor@example.kz", TEST_PASSWORD);
    const branch = await insertBranch(ctx.db, "KZ-79", "Шымкент қалалық филиалы");
    const partner = await insertOrganization(ctx.db);
    const created = await call(a, "POST", "/api/memoranda", cookie, {
      ...memorandumInput({ branchIds: [branch], organizationIds: [partner] }),
    });
    expect(created.status).toBe(201);
    const { id, version } = (await created.json()) as { id: string; version: number };
    const edit = (server: ServeProcess, en: string) =>
      call(server, "PATCH", `/api/memoranda/${id}`, cookie, { version, title: { kk: en, en } });
    const responses = await Promise.all([edit(a, "Edited on A"), edit(b, "Edited on B")]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = responses.find((r) => r.status === 409) as Response;
    expect(await loser.json()).toMatchObject({
      error: {
        code: "version_conflict",
        message: "Эту запись уже изменил кто-то другой. Обновите страницу и повторите.",
      },
    });
    const winner = (await (responses.find((r) => r.status === 200) as Response).json()) as any;
    const stored = (await (await call(b, "GET", `/api/memoranda/${id}`, cookie)).json()) as any;
    expect(stored.version).toBe(version + 1);
    expect(stored.title.en).toBe(winner.title.en);
  }, 30_000);

  it("sends one reminder mail and one notification per recipient when two passes run at once", async () => {
    // Each admin is reminded of every listing never verified; the coordinator of those in their region.
    const owner = await ctx.signIn({ role: "admin", locale: "en" });
    await ctx.signIn({ role: "admin", locale: "kk" });
    await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"], locale: "ru" });
    for (const n of [1, 2])
      await createOrganization(owner, { name: { kk: `Орталық ${n}`, en: `Centre ${n}` } });
    const day = await databaseToday(ctx.db);
    const passes = await Promise.all([
      runCli(env, ["reminders", "run", "--date", day]),
      runCli(env, ["reminders", "run", "--date", day]),
    ]);
    for (const pass of passes) expect(pass.code, pass.stderr).toBe(0);
    const recipients = smtp.received.map((mail) => mail.to.join(","));
    expect(recipients.length).toBeGreaterThanOrEqual(3);
    expect(new Set(recipients).size).toBe(recipients.length);
    const sent = passes.reduce((sum, pass) => sum + Number(/(\d+) mails sent/.exec(pass.stdout)?.[1]), 0);
    expect(sent).toBe(recipients.length);
    const perUser = new Map<string, number>();
    for (const row of await ctx.db.select().from(notifications)) {
      perUser.set(row.userId, (perUser.get(row.userId) ?? 0) + 1);
    }
    expect([...perUser.values()].every((count) => count === 1)).toBe(true);
    expect(perUser.size).toBeGreaterThanOrEqual(recipients.length);
    console.info(
      `two passes at once: ${recipients.length} mails to ${recipients.length} recipients, ${perUser.size} notifications`,
    );
  }, 60_000);
});
