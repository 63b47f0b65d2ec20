import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { eq } from "drizzle-orm";
import { PASSWORD_POLICY_MIN_LENGTH } from "../../../shared/password-policy.ts";
import type { AppConfig } from "../../config.ts";
import type { Database } from "../../db/client.ts";
import { passwordChangeHook } from "../../security/password-change.hook.ts";
import { accounts, sessions, users, verifications } from "./auth.schema.ts";

export const MIN_PASSWORD_LENGTH = PASSWORD_POLICY_MIN_LENGTH;

/** better-auth owns passwords (scrypt), sessions (in PostgreSQL) and cookies; Yntymaq owns roles and scope. */
export function createAuth(db: Database, config: AppConfig, secret: string) {
  return betterAuth({
    appName: "Yntymaq",
    baseURL: config.baseUrl,
    basePath: "/api/auth",
    secret,
    trustedOrigins: [config.baseUrl],
    telemetry: { enabled: false },
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 256,
    },
    databaseHooks: {
      session: {
        create: {
          // Deactivated users keep their row (history, audit) but may not start a session.
          before: async (session) => {
            const [user] = await db
              .select({ active: users.active })
              .from(users)
              .where(eq(users.id, session.userId));
            return user?.active === true;
          },
        },
      },
    },
    hooks: { before: passwordChangeHook },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    advanced: {
      useSecureCookies: config.baseUrl.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
