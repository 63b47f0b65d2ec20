import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { MIGRATIONS_DIR } from "./migrate.ts";

const run = promisify(execFile);

describe("migrations", () => {
  it("match the Drizzle schema: generating from the schema adds no migration", async () => {
    const root = path.resolve(MIGRATIONS_DIR, "..");
    await mkdir(path.join(root, ".tmp"), { recursive: true });
    // drizzle-kit resolves `out` relative to the project, so the copy lives inside it (git-ignored).
    const out = await mkdtemp(path.join(root, ".tmp", "drift-"));
    try {
      await cp(MIGRATIONS_DIR, out, { recursive: true });
      const before = await readdir(out);
      const { stdout } = await run("npx", ["drizzle-kit", "generate"], {
        cwd: root,
        env: { ...process.env, DRIZZLE_OUT: path.relative(root, out) },
      });
      const added = (await readdir(out)).filter((name) => !before.includes(name));
      expect(added, `schema changed without a migration; run npm run db:generate\n${stdout}`).toEqual([]);
      expect(stdout).toContain("No schema changes");
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);
});
