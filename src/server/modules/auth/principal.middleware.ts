import { eq } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import type { Database } from "../../db/client.ts";
import type { AppEnv } from "../../http/context.ts";
import { ANONYMOUS, type Principal } from "../../http/principal.ts";
import { userRegions, users } from "./auth.schema.ts";

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

/** Resolves the session cookie to a principal; a missing, expired or deactivated session is anonymous. */
export const principalMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { auth, db } = c.get("deps");
  const session = await auth.api.getSession({ headers: c.req.raw.headers }).catch(() => null);
  c.set("principal", session ? await loadPrincipal(db, session.user.id) : ANONYMOUS);
  await next();
};
