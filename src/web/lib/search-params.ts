import {
  type SearchMiddleware,
  type SearchSchemaInput,
  stripSearchParams,
  useNavigate,
} from "@tanstack/react-router";
import { useCallback } from "react";
import type { z } from "zod";

type AnyObjectSchema = z.ZodObject;

/**
 * A forgiving `validateSearch` for a list query contract (e.g. ZUserListQuery): a hand-edited bad value
 * (`?page=abc`) falls back to its default instead of breaking the screen.
 */
export function searchValidator<Schema extends AnyObjectSchema>(schema: Schema) {
  return (search: Partial<z.input<Schema>> & SearchSchemaInput): z.output<Schema> => {
    const first = schema.safeParse(search);
    if (first.success) return first.data;
    const invalid = new Set(first.error.issues.map((issue) => String(issue.path[0])));
    const kept = Object.fromEntries(Object.entries(search).filter(([key]) => !invalid.has(key)));
    const second = schema.safeParse(kept);
    return second.success ? second.data : schema.parse({});
  };
}

/**
 * Route options for a paginated, filterable list whose state lives in the URL:
 * `createRoute({ path: "users", ...listSearch(ZUserListQuery), component })`. Default values are kept
 * out of the URL, so `/users` and `/users?page=1&perPage=20` are one address.
 */
export function listSearch<Schema extends AnyObjectSchema>(schema: Schema) {
  const defaults = schema.parse({}) as z.output<Schema>;
  return {
    validateSearch: searchValidator(schema),
    search: {
      // Typed for optional keys only; a contract's defaults make its keys required, the values still match.
      middlewares: [stripSearchParams(defaults as never) as SearchMiddleware<z.output<Schema>>],
    },
  };
}

/** Changes filters in the URL and goes back to the first page (the old page may no longer exist). */
export function useSearchUpdate<Search extends Record<string, unknown>>() {
  const navigate = useNavigate();
  return useCallback(
    (patch: Partial<Search>) =>
      navigate({
        to: ".",
        search: ((previous: Record<string, unknown>) => ({
          ...previous,
          ...patch,
          page: undefined,
        })) as never,
      }),
    [navigate],
  );
}
