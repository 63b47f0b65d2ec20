import { toNestErrors } from "@hookform/resolvers";
import type { i18n } from "i18next";
import type { FieldError, FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { messageForIssue } from "../../shared/validation-messages.ts";

/**
 * A react-hook-form resolver for a shared zod contract. Each issue becomes the same translated
 * `validation.*` message the API would answer with, so a form and the server say the same thing.
 */
export function contractResolver<Schema extends z.ZodType<FieldValues, FieldValues>>(
  schema: Schema,
  i18n: Pick<i18n, "t">,
): Resolver<z.input<Schema>, unknown, z.output<Schema>> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join(".");
      if (errors[path]) continue; // the first problem of a field is the one to fix first
      const { key, params } = messageForIssue(issue);
      errors[path] = { type: issue.code, message: i18n.t(key, params) };
    }
    // Parents before children, so an object's own message (`title`) and its fields' (`title.kk`) both stay.
    const ordered = Object.fromEntries(
      Object.entries(errors).sort(([a], [b]) => a.split(".").length - b.split(".").length),
    );
    return {
      values: {},
      errors: toNestErrors(ordered, options) as FieldErrors<z.input<Schema>>,
    };
  };
}
