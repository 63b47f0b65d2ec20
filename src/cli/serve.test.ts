import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "../server/db/embedded-server.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "bin/yntymaq.js");
let dataDir: string;
let port: number;
let env: NodeJS.ProcessEnv;

function runCli(
  args: string[],
  stdin?: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? "");
  });
}

function startServer(): Promise<{ child: ChildProcess; output: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "serve"], { env, cwd: ROOT });
    let output = "";
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes("Yntymaq is serving")) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

function stopWithSigint(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.removeAllListeners("exit");
    child.on("exit", (code) => resolve(code));
    child.kill("SIGINT");
  });
}

const url = (p: string) => `http://localhost:${port}${p}`;

async function signIn(email: string, password: string): Promise<string> {
  const response = await fetch(url("/api/auth/sign-in/email"), {
    method: "POST",
    headers: { "content-type": "application/json", origin: `http://localhost:${port}` },
    body: JSON.stringify({ email, password }),
  });
  expect(response.status).toBe(200);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "yntymaq-serve-"));
  await chmod(dataDir, 0o755);
  port = await findFreePort();
  env = {
    ...process.env,
    YNTYMAQ_DATA_DIR: dataDir,
    PORT: String(port),
    DATABASE_URL: "",
    YNTYMAQ_LANG: "en",
  };
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("yntymaq serve on a fresh data directory", () => {
  it("starts an embedded PostgreSQL with demo data, serves the API, stops cleanly and keeps the data", async () => {
    const first = await startServer();
    try {
      const openapi = await fetch(url("/api/openapi.json"));
      expect(openapi.status).toBe(200);
      expect(((await openapi.json()) as any).openapi).toBe("3.1.0");
      const regions = (await (await fetch(url("/api/regions"))).json()) as any;
      expect(regions.items).toHaveLength(20);

      // The CLI reuses the PostgreSQL the running server started.
      const created = await runCli(
        ["user", "create", "--email", "admin@example.kz", "--role", "admin", "--password-stdin"],
        "a-strong-admin-password\n",
      );
      expect(created.stderr).toBe("");
      expect(created.code).toBe(0);
      expect(created.stdout).toContain("created admin admin@example.kz");

      const cookie = await signIn("admin@example.kz", "a-strong-admin-password");
      const memoranda = (await (await fetch(url("/api/memoranda"), { headers: { cookie } })).json()) as any;
      expect(memoranda.total).toBe(3);
      expect(memoranda.items.every((m: { parties: unknown[] }) => m.parties.length >= 2)).toBe(true);
    } finally {
      expect(await stopWithSigint(first.child)).toBe(0);
    }
    expect(first.output()).toContain("loaded demo data");
    expect(existsSync(path.join(dataDir, "pg", "postmaster.pid"))).toBe(false);

    const second = await startServer();
    try {
      expect(second.output()).not.toContain("loaded demo data");
      const cookie = await signIn("admin@example.kz", "a-strong-admin-password");
      const memoranda = (await (await fetch(url("/api/memoranda"), { headers: { cookie } })).json()) as any;
      expect(memoranda.total).toBe(3);
    } finally {
      expect(await stopWithSigint(second.child)).toBe(0);
    }
  }, 180_000);

  it("rejects bad CLI input with a clear message and exit code 2, writing nothing", async () => {
    const badRole = await runCli(["user", "create", "--email", "x@example.kz", "--role", "wizard"]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain("Not an allowed value");
    const noRegion = await runCli(["user", "create", "--email", "c@example.kz", "--role", "coordinator"]);
    expect(noRegion.code).toBe(2);
    expect(noRegion.stderr).toContain("Choose at least one region for a coordinator.");
    const shortPassword = await runCli(
      ["user", "create", "--email", "s@example.kz", "--role", "viewer", "--password-stdin"],
      "short\n",
    );
    expect(shortPassword.code).toBe(2);
    expect(shortPassword.stderr).toContain("at least 12 characters");
    const seed = await runCli(["seed"]);
    expect(seed.code).toBe(2);
    expect(seed.stderr).toContain("choose exactly one of --demo or --none");
  }, 120_000);
});
