import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findFreePort } from "../src/server/db/embedded-server.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface BenchServer {
  baseUrl: string;
  pid: number;
  /** Resident set size of the server process in MiB, from /proc (null where /proc is missing). */
  rssMiB(): number | null;
  stop(): Promise<void>;
}

function readRssMiB(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer /api/health within 60 s:\n${output()}`);
}

/** Starts `node bin/yntymaq.js serve` on the bench database, as production would run it, with the bench routes on. */
export async function startBenchServer(databaseUrl: string): Promise<BenchServer> {
  const port = await findFreePort();
  const child = spawn(process.execPath, [path.join(ROOT, "bin/yntymaq.js"), "serve"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      YNTYMAQ_DEMO_DATA: "false",
      YNTYMAQ_BENCH_ROUTES: "1",
      // No background jobs polling the database while the scenarios are measured.
      YNTYMAQ_JOBS: "false",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not start the server");
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHealth(baseUrl, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, pid, rssMiB: () => readRssMiB(pid), stop };
}
