import { createApiClient } from "./api-client.ts";
import { currentLocale } from "./i18n.ts";

/** The app's one API client: same origin, the interface language on every request. */
export const api = createApiClient({ locale: currentLocale });
