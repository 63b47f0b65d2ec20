import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// No download, sync, update or QUIC traffic: the closed network would stall on it and the measurement would
// count it. The sandbox is off because the bench may run as root.
const FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--remote-debugging-address=127.0.0.1",
  "--remote-debugging-port=0",
];

export interface Chromium {
  /** The DevTools port Lighthouse connects to. */
  port: number;
  version: string;
  close(): Promise<void>;
}

/** Starts Debian's chromium with a throwaway profile and waits for its DevTools port. */
export async function launchChromium(): Promise<Chromium> {
  const profile = await mkdtemp(path.join(os.tmpdir(), "yntymaq-lighthouse-"));
  const child = spawn(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, "about:blank"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let output = "";
      const timer = setTimeout(() => reject(new Error(`chromium did not open DevTools:\n${output}`)), 30_000);
      child.once("error", reject);
      child.once("exit", (code) => reject(new Error(`chromium exited with ${code}:\n${output}`)));
      child.stderr?.on("data", (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-4000);
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
    });
    const response = await fetch(`http://127.0.0.1:${port}/json/version`);
    const { Browser: version } = (await response.json()) as { Browser: string };
    return { port, version, close };
  } catch (error) {
    await close();
    throw error;
  }
}
