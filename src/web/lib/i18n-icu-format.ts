import type { I18nFormatModule } from "i18next";
import { IntlMessageFormat } from "intl-messageformat";

const cache = new Map<string, IntlMessageFormat>();

/**
 * Formats messages as ICU (plurals, `{name}` placeholders), like the server's translate(), so the web and
 * the API read the same catalogs the same way. i18next's own `{{name}}` interpolation is not used.
 */
export const icuFormat: I18nFormatModule & {
  parse(message: unknown, params: Record<string, unknown>, lng: string): unknown;
} = {
  type: "i18nFormat",
  parse(message, params, lng) {
    if (typeof message !== "string") return message;
    const cacheKey = `${lng}\u0000${message}`;
    let format = cache.get(cacheKey);
    if (!format) {
      format = new IntlMessageFormat(message, lng);
      cache.set(cacheKey, format);
    }
    return String(format.format(params as Record<string, string | number>));
  },
};
