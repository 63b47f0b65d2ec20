import { ERROR_RESPONSES } from "../../http/openapi-helpers.ts";

/** The OpenAPI tag of every analytics route. */
export const ANALYTICS_TAGS = ["analytics"];

/** What an analytics read can fail with: bad filters, not signed in, a role without analytics (partners). */
export const ANALYTICS_READ_ERRORS = {
  400: ERROR_RESPONSES[400],
  401: ERROR_RESPONSES[401],
  403: ERROR_RESPONSES[403],
};
