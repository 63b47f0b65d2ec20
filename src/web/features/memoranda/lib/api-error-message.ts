import type { TFunction } from "i18next";
import { ApiError } from "../../../lib/api-client.ts";

/** The API's translated message, or a general one for anything else (a bug, a lost connection). */
export function apiErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) return error.code === "network" ? t("app.error.network") : error.message;
  return t("app.error.unexpected");
}
