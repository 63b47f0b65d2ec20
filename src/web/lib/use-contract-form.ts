import {
  type FieldValues,
  type Path,
  type UseFormProps,
  type UseFormSetError,
  useForm,
} from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { ApiError } from "./api-client.ts";
import { contractResolver } from "./contract-resolver.ts";

type FormSchema = z.ZodType<FieldValues, FieldValues>;

/**
 * react-hook-form bound to a shared zod contract (src/shared/contracts): fields are checked when they
 * lose focus and again on every change after that, with the API's own translated messages.
 */
export function useContractForm<Schema extends FormSchema>(
  schema: Schema,
  options: Omit<UseFormProps<z.input<Schema>, unknown, z.output<Schema>>, "resolver"> = {},
) {
  const { i18n } = useTranslation();
  return useForm<z.input<Schema>, unknown, z.output<Schema>>({
    mode: "onTouched",
    ...options,
    resolver: contractResolver(schema, i18n),
  });
}

/**
 * Puts the API's field errors (`details[].path`) on the form's fields; returns true when it did, so the
 * caller shows a general message (toast) only for errors no field can show.
 */
export function applyApiErrors<Values extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Values>,
  fields: readonly string[],
): boolean {
  if (!(error instanceof ApiError)) return false;
  let applied = false;
  for (const detail of error.details) {
    const field = fields.find((name) => detail.path === name || detail.path.startsWith(`${name}.`));
    if (!field) continue;
    setError(
      detail.path as Path<Values>,
      { type: "server", message: detail.message },
      { shouldFocus: !applied },
    );
    applied = true;
  }
  return applied;
}
