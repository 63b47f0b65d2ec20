import type { z } from "zod";

export type MessageParams = Record<string, string | number>;

type Issue = z.core.$ZodIssue;

/**
 * Maps a zod issue onto one of the translated `validation.*` messages. Shared by the API (validation-hook.ts)
 * and the web forms (contract-resolver.ts), so both say the same thing about the same input.
 */
export function messageForIssue(issue: Issue): { key: string; params: MessageParams } {
  if (issue.code === "custom" || issue.message.startsWith("validation.")) {
    if (issue.message.startsWith("validation.")) {
      return { key: issue.message, params: (issue as { params?: MessageParams }).params ?? {} };
    }
  }
  switch (issue.code) {
    case "invalid_type":
      return {
        key: issue.input === undefined ? "validation.required" : "validation.invalid_type",
        params: {},
      };
    case "too_small": {
      const kind =
        issue.origin === "string"
          ? "string"
          : issue.origin === "array" || issue.origin === "set"
            ? "array"
            : "number";
      if (kind === "string" && Number(issue.minimum) === 1) return { key: "validation.required", params: {} };
      return { key: `validation.too_small_${kind}`, params: { min: Number(issue.minimum) } };
    }
    case "too_big": {
      const kind =
        issue.origin === "string"
          ? "string"
          : issue.origin === "array" || issue.origin === "set"
            ? "array"
            : "number";
      return { key: `validation.too_big_${kind}`, params: { max: Number(issue.maximum) } };
    }
    case "invalid_format": {
      const byFormat: Record<string, string> = {
        email: "validation.invalid_email",
        url: "validation.invalid_url",
        uuid: "validation.invalid_uuid",
        date: "validation.invalid_date",
      };
      return { key: byFormat[issue.format] ?? "validation.invalid_format", params: {} };
    }
    case "invalid_value":
      return { key: "validation.invalid_value", params: { values: issue.values.map(String).join(", ") } };
    case "unrecognized_keys":
      return { key: "validation.unrecognized_keys", params: { keys: issue.keys.join(", ") } };
    case "not_multiple_of":
      return { key: "validation.not_integer", params: {} };
    default:
      return { key: "validation.invalid_format", params: {} };
  }
}
