import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { connectDatabase } from "../db/client.ts";
import { databaseUrlFor, startEmbeddedPostgres } from "../db/embedded-server.ts";
import { runMigrations } from "../db/migrate.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgServerUrl: string;
    pgTemplateDatabase: string;
  }
}

const TEMPLATE = "yntymaq_test_template";

/**
 * One real PostgreSQL per test run: embedded by default, or the server named by TEST_DATABASE_URL.
 * Migrations are applied once to a template database that every test file clones.
 */
export default async function setup(project: TestProject) {
  let serverUrl = process.env.TEST_DATABASE_URL;
  let cleanup = async () => {};
  if (!serverUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), "yntymaq-test-"));
    await chmod(dir, 0o755); // the unprivileged postgres user must reach its data directory
    const server = await startEmbeddedPostgres(path.join(dir, "pg"));
    serverUrl = server.url;
    cleanup = async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE}`);
  await admin.query(
    `create database ${TEMPLATE} encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0`,
  );
  await admin.end();
  const handle = connectDatabase(databaseUrlFor(serverUrl, TEMPLATE), 2);
  await runMigrations(handle);
  await handle.close();

  project.provide("pgServerUrl", serverUrl);
  project.provide("pgTemplateDatabase", TEMPLATE);
  return cleanup;
}
