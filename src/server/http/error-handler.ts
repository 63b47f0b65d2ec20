import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ERROR_STATUS, type ErrorCode, type TErrorBody } from "../../shared/errors.ts";
import { translate } from "../i18n/translate.ts";
import { AppError } from "./app-error.ts";
import type { AppEnv } from "./context.ts";

function fromDatabaseError(error: unknown): AppError | null {
  const code =
    (error as { code?: unknown; cause?: { code?: unknown } })?.code ??
    (error as { cause?: { code?: unknown } })?.cause?.code;
  if (code === "23503" || code === "23001") return new AppError("conflict", "errors.in_use");
  if (code === "23505") return new AppError("conflict");
  if (code === "23514" || code === "22P02" || code === "22007" || code === "22008" || code === "22003") {
    return new AppError("validation_failed");
  }
  return null;
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 400) return new AppError("bad_request", "errors.invalid_json");
    if (error.status === 413) return new AppError("payload_too_large");
    const known = (Object.keys(ERROR_STATUS) as ErrorCode[]).find(
      (code) => ERROR_STATUS[code] === error.status,
    );
    return new AppError(known ?? "bad_request");
  }
  return fromDatabaseError(error) ?? new AppError("internal");
}

export function renderError(error: unknown, c: Context<AppEnv>) {
  const appError = toAppError(error);
  if (appError.code === "internal") console.error(error);
  const locale = c.get("locale") ?? "kk";
  const body: TErrorBody = {
    error: {
      code: appError.code,
      message: translate(locale, appError.messageKey, appError.params),
      ...(appError.details
        ? {
            details: appError.details.map((detail) => ({
              path: detail.path,
              code: detail.code,
              message: translate(locale, detail.messageKey, detail.params ?? {}),
            })),
          }
        : {}),
    },
  };
  return c.json(body, appError.status as ContentfulStatusCode);
}
