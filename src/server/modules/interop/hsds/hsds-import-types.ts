import type { HsdsObjectName } from "./hsds-schemas.ts";

export type Severity = "error" | "warning";

/** One problem of an import, where it is: file, row (CSV line or JSON pointer) and field. */
export interface ImportIssue {
  severity: Severity;
  file: string;
  row: string;
  field: string;
  messageKey: string;
  params: Record<string, string | number>;
}

/** A record read from the batch, with where it came from. */
export interface SourceRecord {
  object: HsdsObjectName;
  record: Record<string, unknown>;
  file: string;
  row: string;
}

export type RecordTables = Map<HsdsObjectName, SourceRecord[]>;

export const issue = (
  at: Pick<SourceRecord, "file" | "row">,
  field: string,
  messageKey: string,
  params: Record<string, string | number> = {},
  severity: Severity = "error",
): ImportIssue => ({ severity, file: at.file, row: at.row, field, messageKey, params });
