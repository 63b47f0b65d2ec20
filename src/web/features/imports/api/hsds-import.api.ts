import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { THsdsImportReport, THsdsProblem } from "../../../../shared/contracts/hsds-import.ts";
import type { Locale } from "../../../../shared/vocabulary.ts";
import { api } from "../../../lib/api.ts";
import { ApiError, queryString } from "../../../lib/api-client.ts";

export const ACCEPTED_HSDS = ".zip,.json,application/zip,application/json";

export const hsdsExportHref = (textLang: Locale) =>
  `/api/interop/hsds/export.zip${queryString({ textLang })}`;

export interface HsdsImportRun {
  file: File;
  partial: boolean;
  sourceLang: Locale;
  /** The region of locations whose address names none. */
  region: string | null;
}

/**
 * `POST /api/interop/hsds/import`: the file's bytes as the body (the route reads a zip or JSON itself). A 400
 * means nothing was written; its details are the problems (see hsdsProblemsOf).
 */
export function useHsdsImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, partial, sourceLang, region }: HsdsImportRun) =>
      api.request<THsdsImportReport>("POST", "/api/interop/hsds/import", {
        // The route declares these two types; a browser may give a zip another name (x-zip-compressed).
        body: new Blob([file], {
          type: file.name.toLowerCase().endsWith(".zip") ? "application/zip" : "application/octet-stream",
        }),
        query: { partial, sourceLang, region },
      }),
    onSuccess: (report) =>
      report.written
        ? Promise.all(
            ["partners", "services", "home"].map((key) => queryClient.invalidateQueries({ queryKey: [key] })),
          )
        : undefined,
  });
}

/** A row is a CSV line number or a JSON pointer; anything else after the file is the field. */
const isRow = (part: string) => /^\d+$/.test(part) || part.startsWith("/");

/**
 * The problems of a rejected package, from the 400's details (path `file:row:field`, empty parts left out);
 * null when the error is not a rejected package (a refusal, a bad option, a network failure).
 */
export function hsdsProblemsOf(error: unknown): THsdsProblem[] | null {
  if (!(error instanceof ApiError) || error.code !== "validation_failed") return null;
  const problems = error.details.filter((detail) => detail.code === "hsds");
  if (problems.length === 0) return null;
  return problems.map(({ path, message }) => {
    const parts = path.split(":");
    // A package-wide problem (no records at all) has no file; its path is empty.
    const file = parts.length > 0 && !isRow(parts[0] ?? "") ? (parts.shift() ?? "") : "";
    const row = parts.length > 0 && isRow(parts[0] ?? "") ? (parts.shift() ?? "") : "";
    return { file, row, field: parts.join(":"), message };
  });
}
