import type { Locale } from "../../shared/vocabulary.ts";
import type { AppConfig } from "../config.ts";
import type { Database } from "../db/client.ts";
import type { Auth } from "../modules/auth/auth.ts";
import type { Principal } from "./principal.ts";

export interface AppDeps {
  db: Database;
  config: AppConfig;
  auth: Auth;
}

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    locale: Locale;
    principal: Principal;
  };
}
