import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("a process that uses the embedded PostgreSQL", () => {
  it("keeps its own exit code when it ends by itself (a failing test run must fail CI)", () => {
    const run = spawnSync(
      "npx",
      ["tsx", "-e", "import('./src/server/db/embedded-server.ts').then(() => { process.exitCode = 3; })"],
      { encoding: "utf8", timeout: 60_000 },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(3);
  });

  it("asks PostgreSQL to shut down when it exits without stopping it, and keeps its exit code", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "yntymaq-exit-"));
    const { chmod } = await import("node:fs/promises");
    await chmod(dir, 0o755);
    try {
      const dataDir = path.join(dir, "pg");
      const run = spawnSync(
        "npx",
        [
          "tsx",
          "-e",
          `import('./src/server/db/embedded-server.ts').then(async (m) => { await m.startEmbeddedPostgres(${JSON.stringify(dataDir)}); process.exit(5); })`,
        ],
        { encoding: "utf8", timeout: 120_000 },
      );
      expect(run.status).toBe(5);
      const pid = Number(
        (await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => "0")).split("\n")[0],
      );
      for (let i = 0; i < 100 && pid && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
      expect(pid === 0 || !alive(pid)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
