/**
 * Builds the staff SPA (vite.config.ts → dist/web) unless the last build came from the same sources:
 *   npx tsx scripts/web-build.ts          (what `npm start` runs first)
 *   npx tsx scripts/web-build.ts --force
 * The browser journeys call ensureWebBuild() too; a lock keeps parallel test files from building twice.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const STAMP = path.join(ROOT, "dist/.web-source-hash");
const LOCK = path.join(ROOT, "dist/.web-build.lock");
const INPUTS = ["src/web", "src/shared", "src/i18n", "vite.config.ts", "package-lock.json"];

function files(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!statSync(full, { throwIfNoEntry: false })) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(path.join(entry, name)))
    .filter((file) => !/\.test\.tsx?$/.test(file));
}

/** A hash of everything the bundle is made from; tests are left out, they are not bundled. */
export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap(files))
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(ROOT, file)));
  return hash.digest("hex");
}

function readStamp(): string | null {
  try {
    return readFileSync(STAMP, "utf8").trim();
  } catch {
    return null;
  }
}

async function withLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than two minutes was left by a killed build.
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) rmdirSync(LOCK);
      else if (attempt > 1200) throw new Error(`${LOCK} is held by another build`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  try {
    return await work();
  } finally {
    rmdirSync(LOCK);
  }
}

/** Builds when the sources changed since the last build; returns whether it built. */
export async function ensureWebBuild(options: { force?: boolean } = {}): Promise<boolean> {
  return withLock(async () => {
    const hash = sourceHash();
    if (!options.force && readStamp() === hash) return false;
    const vite = path.join(ROOT, "node_modules/vite/bin/vite.js");
    await promisify(execFile)(process.execPath, [vite, "build", "--logLevel", "warn"], { cwd: ROOT });
    writeFileSync(STAMP, `${hash}\n`);
    return true;
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const built = await ensureWebBuild({ force: process.argv.includes("--force") });
  console.log(built ? `web: built dist/web in ${Date.now() - started} ms` : "web: dist/web is up to date");
}
