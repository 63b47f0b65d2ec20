import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../server/db/embedded-server.ts";
import { pdfBytes } from "../../server/test/factories/files.factory.ts";
import { MAX_PDF_BYTES } from "../../shared/contracts/files.ts";
import { cleanUp, makeDataDir, runCli, type ServeProcess, signIn, startServe } from "./serve-process.ts";

let dataDir: string | undefined;
let server: ServeProcess | undefined;
afterAll(() => cleanUp([server], dataDir), 60_000);

/** Larger than loopback socket buffers, so the download stays in flight while the client reads slowly. */
const FILE_BYTES = MAX_PDF_BYTES - 1024 * 1024;

describe("graceful shutdown", () => {
  it("on SIGTERM refuses new connections, finishes the download in flight, stops jobs and PostgreSQL, exits 0", async () => {
    dataDir = await makeDataDir("yntymaq-shutdown-");
    const env = { ...process.env, YNTYMAQ_DATA_DIR: dataDir, DATABASE_URL: "", YNTYMAQ_DEMO_DATA: "false" };
    server = await startServe(env, await findFreePort());
    expect(server.output()).toContain("jobs: daily reminders");
    const created = await runCli(
      env,
      ["user", "create", "--email", "admin@example.kz", "--role", "admin", "--password-stdin"],
      "a-strong-admin-password\n",
    );
    expect(created.code).toBe(0);
    const cookie = await signIn(server, "admin@example.kz", "a-strong-admin-password");
    const headers = { origin: `http://localhost:${server.port}`, cookie };
    const bytes = pdfBytes("x".repeat(FILE_BYTES));
    const form = new FormData();
    form.append("file", new Blob([bytes], { type: "application/pdf" }), "large-scan.pdf");
    const uploaded = await fetch(server.url("/api/files"), { method: "POST", headers, body: form });
    expect(uploaded.status).toBe(201);
    const { id } = (await uploaded.json()) as { id: string };

    const download = await fetch(server.url(`/api/files/${id}`), { headers });
    expect(download.status).toBe(200);
    const reader = (download.body as ReadableStream<Uint8Array>).getReader();
    let received = (await reader.read()).value?.length ?? 0;

    server.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(server.child.exitCode).toBeNull(); // still waiting for our download
    await expect(fetch(server.url("/api/regions"))).rejects.toThrow();

    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      received += chunk.value.length;
    }
    expect(received).toBe(bytes.length);
    expect(await server.exited).toBe(0);
    const output = server.output();
    expect(output).toContain("SIGTERM: finishing requests and jobs, stopping PostgreSQL");
    expect(output).toContain("stopped");
    expect(existsSync(path.join(dataDir, "pg", "postmaster.pid"))).toBe(false);
  }, 180_000);
});
