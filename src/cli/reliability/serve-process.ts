import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const BIN = path.join(ROOT, "bin/yntymaq.js");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface ServeProcess {
  child: ChildProcess;
  port: number;
  url(pathname: string): string;
  output(): string;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
}

/** A temporary data directory the unprivileged postgres user can reach. */
export async function makeDataDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  await chmod(dir, 0o755);
  return dir;
}

export function runCli(env: NodeJS.ProcessEnv, args: string[], stdin = ""): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** Starts `yntymaq serve` and resolves once it listens; rejects (and kills it) if it does not start. */
export function startServe(env: NodeJS.ProcessEnv, port: number): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, "serve"], { env: { ...env, PORT: String(port) }, cwd: ROOT });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start:\n${output}`));
    }, 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (output.includes("Yntymaq is serving")) {
        clearTimeout(timer);
        resolve({
          child,
          port,
          url: (pathname) => `http://localhost:${port}${pathname}`,
          output: () => output,
          exited,
        });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

export async function signIn(server: ServeProcess, email: string, password: string): Promise<string> {
  const response = await fetch(server.url("/api/auth/sign-in/email"), {
    method: "POST",
    headers: { "content-type": "application/json", origin: `http://localhost:${server.port}` },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** The postmaster of the embedded PostgreSQL in `<dataDir>/pg`, and its port, while it runs. */
export function postmasterOf(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, "pg", "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, "utf8").split("\n");
  return { pid: Number(pidLine), port: Number(portLine) };
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** SIGKILLs a PostgreSQL server and its backends at once, as a power cut would. */
export function killPostgres(pid: number): void {
  let children: number[] = [];
  try {
    children = execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" })
      .split("\n")
      .filter(Boolean)
      .map(Number);
  } catch {
    // pgrep exits 1 when there are no children.
  }
  for (const target of [pid, ...children]) if (isAlive(target)) process.kill(target, "SIGKILL");
}

/** Test cleanup that works whatever state a failure left: no serve process, no PostgreSQL, no directory. */
export async function cleanUp(servers: Array<ServeProcess | undefined>, dataDir: string | undefined) {
  for (const server of servers) {
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill("SIGKILL");
      await server.exited;
    }
  }
  if (!dataDir) return;
  const postmaster = postmasterOf(dataDir);
  if (postmaster && isAlive(postmaster.pid)) killPostgres(postmaster.pid);
  await rm(dataDir, { recursive: true, force: true });
}

export const EMBEDDED_CREDENTIALS = "yntymaq:yntymaq-local";
