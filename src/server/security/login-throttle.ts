import { createHash } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { Database } from "../db/client.ts";
import { AppError } from "../http/app-error.ts";
import type { AppEnv } from "../http/context.ts";
import { renderError } from "../http/error-handler.ts";
import { loginThrottle } from "../modules/auth/login-throttle.schema.ts";
import { clientAddress, hashAddress } from "../public-site/reports/client-address.ts";

export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const LOCK_SECONDS = 15 * 60;
/** Failures of one account within the window before it is locked. */
export const MAX_ACCOUNT_FAILURES = 5;
/** Failures from one address within the window (over any accounts) before it is locked out. */
export const MAX_ADDRESS_FAILURES = 20;

export const SIGN_IN_PATH = "/api/auth/sign-in/email";

interface ThrottleKey {
  key: string;
  maxFailures: number;
}

async function emailOf(c: Context<AppEnv>): Promise<string | null> {
  try {
    const body = (await c.req.raw.clone().json()) as { email?: unknown };
    return typeof body?.email === "string" ? body.email.trim().toLowerCase() : null;
  } catch {
    return null;
  }
}

function throttleKeys(c: Context<AppEnv>, email: string | null): ThrottleKey[] {
  const address = clientAddress(c);
  const keys: ThrottleKey[] = [];
  if (email) {
    const emailHash = createHash("sha256").update(email).digest("hex");
    keys.push({ key: `account:${emailHash}`, maxFailures: MAX_ACCOUNT_FAILURES });
  }
  if (address !== "unknown") {
    const addressHash = hashAddress(address, c.get("deps").config.authSecret || "login");
    keys.push({ key: `address:${addressHash}`, maxFailures: MAX_ADDRESS_FAILURES });
  }
  return keys;
}

async function lockedSeconds(db: Database, keys: ThrottleKey[]): Promise<number> {
  if (keys.length === 0) return 0;
  const [row] = await db
    .select({
      seconds: sql<number>`coalesce(ceil(extract(epoch from max(${loginThrottle.lockedUntil}) - now())), 0)`,
    })
    .from(loginThrottle)
    .where(
      inArray(
        loginThrottle.key,
        keys.map((k) => k.key),
      ),
    );
  return Math.max(0, Number(row?.seconds ?? 0));
}

/** Counts one failure per key in one statement, so concurrent attempts in other processes add up. */
async function recordFailure(db: Database, { key, maxFailures }: ThrottleKey): Promise<void> {
  await db.execute(sql`
    insert into login_throttle (key, failures, window_started_at)
    values (${key}, 1, now())
    on conflict (key) do update set
      failures = case when login_throttle.window_started_at < now() - make_interval(secs => ${LOGIN_WINDOW_SECONDS})
        then 1 else login_throttle.failures + 1 end,
      window_started_at = case when login_throttle.window_started_at < now() - make_interval(secs => ${LOGIN_WINDOW_SECONDS})
        then now() else login_throttle.window_started_at end,
      locked_until = case when login_throttle.window_started_at >= now() - make_interval(secs => ${LOGIN_WINDOW_SECONDS})
          and login_throttle.failures + 1 >= ${maxFailures}
        then now() + make_interval(secs => ${LOCK_SECONDS}) else login_throttle.locked_until end`);
}

/**
 * Wraps better-auth's e-mail sign-in: a locked account or address gets 429 without its password being
 * checked; a wrong password counts a failure; a successful sign-in clears the account's count.
 */
export async function throttledSignIn(c: Context<AppEnv>, signIn: () => Promise<Response>) {
  const { db } = c.get("deps");
  const keys = throttleKeys(c, await emailOf(c));
  const locked = await lockedSeconds(db, keys);
  if (locked > 0) {
    c.header("Retry-After", String(locked));
    return renderError(
      new AppError("rate_limited", "errors.login_locked", { minutes: Math.ceil(locked / 60) }),
      c,
    );
  }
  const response = await signIn();
  if (response.status === 401 || response.status === 403) {
    for (const key of keys) await recordFailure(db, key);
  } else if (response.ok) {
    const accountKeys = keys.filter((k) => k.key.startsWith("account:")).map((k) => k.key);
    if (accountKeys.length > 0) await db.delete(loginThrottle).where(inArray(loginThrottle.key, accountKeys));
  }
  return response;
}
