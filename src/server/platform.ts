import { createApp } from "./app.ts";
import type { AppConfig } from "./config.ts";
import type { Database } from "./db/client.ts";
import { createAuth } from "./modules/auth/auth.ts";
import { getOrCreateSecret } from "./modules/settings/settings.repository.ts";

/** Builds the app on an open database: the auth secret comes from env or is shared through the database. */
export async function buildApp(db: Database, config: AppConfig) {
  const secret = config.authSecret || (await getOrCreateSecret(db, "auth_secret"));
  const auth = createAuth(db, config, secret);
  return { app: createApp({ db, config, auth }), auth };
}
