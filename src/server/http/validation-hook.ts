import type { Context } from "hono";
import type { z } from "zod";
import { messageForIssue } from "../../shared/validation-messages.ts";
import { AppError } from "./app-error.ts";
import type { AppEnv } from "./context.ts";

export { messageForIssue };

export function validationError(error: z.ZodError, prefix = ""): AppError {
  return new AppError(
    "validation_failed",
    "errors.validation_failed",
    {},
    error.issues.map((issue) => {
      const { key, params } = messageForIssue(issue);
      const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
      return { path, code: issue.code, messageKey: key, params };
    }),
  );
}

/** The OpenAPIHono hook: a failed request schema becomes our translated 400 body. */
export function validationHook(
  result: { success: true } | { success: false; error: z.ZodError; target?: string },
  _c: Context<AppEnv>,
): void {
  if (!result.success) throw validationError(result.error);
}
