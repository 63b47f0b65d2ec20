import { loadConfig } from "../server/config.ts";
import { type OpenedDatabase, openDatabase } from "../server/db/open-database.ts";
import type { AppError } from "../server/http/app-error.ts";
import { negotiateLocale, translate } from "../server/i18n/translate.ts";

/** Opens the configured database for one command and always releases it, even on failure. */
export async function withDatabase<T>(work: (db: OpenedDatabase) => Promise<T>): Promise<T> {
  const database = await openDatabase(loadConfig());
  try {
    return await work(database);
  } finally {
    await database.shutdown();
  }
}

/** Prints a clear one-line error and exits with 2 (bad input) instead of a stack trace. */
export function fail(message: string): never {
  process.stderr.write(`yntymaq: ${message}\n`);
  process.exit(2);
}

/** An AppError in the operator's language (YNTYMAQ_LANG, else LANG), with its field details. */
export function describeAppError(error: AppError): string {
  const locale = negotiateLocale(process.env.YNTYMAQ_LANG, process.env.LANG?.slice(0, 2) ?? "en");
  const details = (error.details ?? [])
    .filter((d) => d.messageKey !== error.messageKey)
    .map((d) => `\n  ${d.path}: ${translate(locale, d.messageKey, d.params ?? {})}`);
  return translate(locale, error.messageKey, error.params) + details.join("");
}
