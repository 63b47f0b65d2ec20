import type { Context } from "hono";
import type { Locale } from "../../../shared/vocabulary.ts";
import type { Database } from "../../db/client.ts";
import type { AppEnv } from "../../http/context.ts";
import type { Principal } from "../../http/principal.ts";

/** What every memoranda service needs from the request: who asks, in which language, and the settings. */
export interface MemorandaContext {
  db: Database;
  principal: Principal;
  locale: Locale;
  /** Days before the end date from which a signed memorandum counts as expiring. */
  windowDays: number;
}

export function memorandaContext(c: Context<AppEnv>): MemorandaContext {
  const { db, config } = c.get("deps");
  return {
    db,
    principal: c.get("principal"),
    locale: c.get("locale"),
    windowDays: config.expiringWindowDays,
  };
}
