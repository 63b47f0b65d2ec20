import { eq } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import type { Database } from "../../db/client.ts";
import type { AppEnv } from "../../http/context.ts";
import { ANONYMOUS, type Principal } from "../../http/principal.ts";
import { userRegions, users } from "./auth.schema.ts";
import { PrincipalCache } from "./principal-cache.ts";

export async function loadPrincipal(db: Database, userId: string): Promise<Principal> {
  const [user] = await db
    .select({ id: users.id, role: users.role, organizationId: users.organizationId, active: users.active })
    .from(users)
    .where(eq(users.id, userId));
  if (!user?.active) return ANONYMOUS;
  const regions = await db
    .select({ code: userRegions.regionCode })
    .from(userRegions)
    .where(eq(userRegions.userId, userId));
  return {
    kind: "user",
    id: user.id,
    role: user.role,
    regionCodes: regions.map((r) => r.code),
    organizationId: user.organizationId,
  };
}

const caches = new WeakMap<Database, PrincipalCache>();

function cacheOf(db: Database): PrincipalCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new PrincipalCache();
    caches.set(db, cache);
  }
  return cache;
}

/**
 * Resolves the session cookie to a principal; a missing, expired or deactivated session is anonymous.
 * Signed-in principals are cached per process until anything about sessions or users changes
 * (principal-cache.ts): a session and principal lookup costs four queries, more than most routes' work.
 */
export const principalMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { auth, db } = c.get("deps");
  const cookie = c.req.header("cookie");
  const principal = cookie
    ? await cacheOf(db)
        .get(db, cookie, async () => {
          const session = await auth.api.getSession({ headers: c.req.raw.headers }).catch(() => null);
          if (!session) return null;
          const principal = await loadPrincipal(db, session.user.id);
          return principal.kind === "user"
            ? { principal, expiresAt: new Date(session.session.expiresAt) }
            : null;
        })
        .catch(() => null) // the database is unreachable: anonymous, as better-auth's own failure would be
    : null;
  c.set("principal", principal ?? ANONYMOUS);
  await next();
};
