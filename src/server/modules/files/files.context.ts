import type { Context } from "hono";
import type { AppEnv } from "../../http/context.ts";
import type { FilesContext } from "./files.service.ts";

/** What the file services need from the request: who asks, the database and where files are stored. */
export function filesContext(c: Context<AppEnv>): FilesContext {
  const { db, config } = c.get("deps");
  return {
    db,
    principal: c.get("principal"),
    windowDays: config.expiringWindowDays,
    dataDir: config.dataDir,
  };
}
