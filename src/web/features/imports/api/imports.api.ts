import { useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  ImportKind,
  TImportMapping,
  TImportPreview,
  TImportReport,
} from "../../../../shared/contracts/spreadsheet-import.ts";
import { api } from "../../../lib/api.ts";
import { queryString } from "../../../lib/api-client.ts";

export const ACCEPTED_SPREADSHEETS =
  ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const templateHref = (kind: ImportKind, format: "csv" | "xlsx", lang: string) =>
  `/api/imports/spreadsheet/template.${format}${queryString({ kind, lang })}`;

function formOf(file: File, kind: ImportKind, extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append("file", file, file.name);
  form.append("kind", kind);
  for (const [name, value] of Object.entries(extra)) form.append(name, value);
  return form;
}

/** `POST /api/imports/spreadsheet/preview`: the file's columns and a suggested mapping; nothing is stored. */
export const usePreviewImport = () =>
  useMutation({
    mutationFn: ({ file, kind }: { file: File; kind: ImportKind }) =>
      api.post<TImportPreview>("/api/imports/spreadsheet/preview", formOf(file, kind)),
  });

export interface ImportRun {
  file: File;
  kind: ImportKind;
  mapping: TImportMapping;
  dryRun: boolean;
}

/** `POST /api/imports/spreadsheet`: a dry run reports; a real run writes every row or none. */
export function useRunImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, kind, mapping, dryRun }: ImportRun) =>
      api.post<TImportReport>(
        "/api/imports/spreadsheet",
        formOf(file, kind, { mapping: JSON.stringify(mapping), dryRun: String(dryRun) }),
      ),
    onSuccess: (report) =>
      report.created > 0
        ? Promise.all(
            ["partners", "services", "home"].map((key) => queryClient.invalidateQueries({ queryKey: [key] })),
          )
        : undefined,
  });
}
