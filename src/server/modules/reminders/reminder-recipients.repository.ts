import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Locale } from "../../../shared/vocabulary.ts";
import type { Queryable } from "../../db/client.ts";
import type { UserPrincipal } from "../../http/principal.ts";
import { userRegions, users } from "../auth/auth.schema.ts";

export interface ReminderRecipient {
  principal: UserPrincipal;
  email: string;
  name: string;
  locale: Locale;
}

/** Active staff who may act on something (viewers act on nothing), with their scope and language. */
export async function listReminderRecipients(db: Queryable): Promise<ReminderRecipient[]> {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      role: users.role,
      organizationId: users.organizationId,
      regionCodes: sql<
        string[]
      >`coalesce((select array_agg(${userRegions.regionCode} order by ${userRegions.regionCode})
        from ${userRegions} where ${userRegions.userId} = ${users.id}), '{}')`,
    })
    .from(users)
    .where(and(eq(users.active, true), ne(users.role, "viewer")))
    .orderBy(asc(users.id));
  return rows.map((row) => ({
    principal: {
      kind: "user",
      id: row.id,
      role: row.role,
      regionCodes: row.regionCodes,
      organizationId: row.organizationId,
    },
    email: row.email,
    name: row.name,
    locale: row.locale,
  }));
}
