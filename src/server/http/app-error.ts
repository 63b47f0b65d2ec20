import { ERROR_STATUS, type ErrorCode } from "../../shared/errors.ts";

export type MessageParams = Record<string, string | number>;

/**
 * The one error type services throw. `messageKey` is an i18n key translated at the edge into the
 * caller's language; `details` carries field-level problems.
 */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string = `errors.${code}`,
    readonly params: MessageParams = {},
    readonly details?: Array<{ path: string; code: string; messageKey: string; params?: MessageParams }>,
  ) {
    super(messageKey);
    this.status = ERROR_STATUS[code];
  }

  static notFound(): AppError {
    return new AppError("not_found");
  }

  static forbidden(): AppError {
    return new AppError("forbidden");
  }

  static validation(path: string, messageKey: string, params: MessageParams = {}): AppError {
    return new AppError("validation_failed", "errors.validation_failed", {}, [
      { path, code: "custom", messageKey, params },
    ]);
  }
}
