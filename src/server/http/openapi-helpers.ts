import type { z } from "zod";
import { ZErrorBody } from "../../shared/contracts/common.ts";

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});

const error = (description: string) => json(ZErrorBody, description);

/** The error responses every route documents. */
export const ERROR_RESPONSES = {
  400: error("Invalid input; `details` lists each field"),
  401: error("Sign-in required"),
  403: error("Not allowed"),
  404: error("Not found or not visible to the caller"),
  409: error("Conflict: illegal transition, stale version or duplicate"),
} as const;

export const cookieAuth = [{ cookieAuth: [] }];
