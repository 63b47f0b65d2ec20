import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import type { TUserCreate } from "../../shared/contracts/users.ts";
import type { App } from "../app.ts";
import type { AppConfig } from "../config.ts";
import { connectDatabase, type Database } from "../db/client.ts";
import { databaseUrlFor } from "../db/embedded-server.ts";
import type { Auth } from "../modules/auth/auth.ts";
import { createUser } from "../modules/auth/users.service.ts";
import { buildApp } from "../platform.ts";
import { ApiClient, TEST_ORIGIN } from "./api-client.ts";

export interface TestContext {
  app: App;
  db: Database;
  auth: Auth;
  config: AppConfig;
  databaseUrl: string;
  anonymous: ApiClient;
  /** Creates a user with the given role and scope and returns a client signed in as them. */
  signIn(
    user: Omit<TUserCreate, "email" | "name"> & { email?: string; name?: string },
  ): Promise<SignedInClient>;
  close(): Promise<void>;
}

export interface SignedInClient extends ApiClient {
  userId: string;
}

export const TEST_PASSWORD = "correct-horse-battery";

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 8080,
    host: "127.0.0.1",
    dataDir: path.join(os.tmpdir(), "yntymaq-test-unused"),
    databaseUrl: undefined,
    baseUrl: TEST_ORIGIN,
    authSecret: "test-secret-that-is-long-enough-for-better-auth",
    expiringWindowDays: 60,
    demoData: false,
    benchRoutes: false,
    verificationMaxAgeDays: 183,
    reportStaleDays: 7,
    jobsEnabled: false,
    remindersCron: "0 6 * * *",
    remindersTimeZone: "Asia/Almaty",
    smtp: null,
    mailFrom: "Yntymaq <no-reply@localhost>",
    ...overrides,
  };
}

/** A fresh database cloned from the migrated template, and the app on top of it. One per test file. */
export async function createTestContext(overrides: Partial<AppConfig> = {}): Promise<TestContext> {
  const serverUrl = inject("pgServerUrl");
  const name = `t_${randomUUID().replaceAll("-", "").slice(0, 20)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject("pgTemplateDatabase")}`);
  await admin.end();
  const databaseUrl = databaseUrlFor(serverUrl, name);
  const handle = connectDatabase(databaseUrl, 5);
  // Uploaded files of this test file go to its own directory, removed on close.
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "yntymaq-test-"));
  const config = testConfig({ dataDir, ...overrides });
  const { app, auth } = await buildApp(handle.db, config);
  const origin = new URL(config.baseUrl).origin;
  const anonymous = new ApiClient(app, null, null, origin);

  const signIn: TestContext["signIn"] = async (spec) => {
    const email = spec.email ?? `${spec.role}-${randomUUID().slice(0, 8)}@example.kz`;
    const { user } = await createUser(
      { db: handle.db, auth },
      null,
      { ...spec, email, name: spec.name ?? email },
      TEST_PASSWORD,
    );
    const response = await app.request("/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin },
      body: JSON.stringify({ email, password: TEST_PASSWORD }),
    });
    if (response.status !== 200)
      throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    return Object.assign(new ApiClient(app, cookie, null, origin), { userId: user.id });
  };

  return {
    app,
    db: handle.db,
    auth,
    config,
    databaseUrl,
    anonymous,
    signIn,
    close: async () => {
      await handle.close();
      await rm(dataDir, { recursive: true, force: true });
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
