/** The API's error codes and their HTTP statuses; each code has a translated message `errors.<code>`. */
export const ERROR_STATUS = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  version_conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface TErrorDetail {
  path: string;
  code: string;
  message: string;
}

export interface TErrorBody {
  error: { code: ErrorCode; message: string; details?: TErrorDetail[] | Record<string, unknown> };
}
