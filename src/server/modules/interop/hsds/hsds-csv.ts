import { parse } from "csv-parse/sync";
import { type ImportIssue, issue, type SourceRecord } from "./hsds-import-types.ts";
import type { TableSpec } from "./hsds-tables.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The line of the first byte sequence that is not UTF-8, or null when the whole file is UTF-8. */
function firstNonUtf8Line(bytes: Uint8Array): number | null {
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        utf8.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      start = i + 1;
      line++;
    }
  }
  return null;
}

/** A CSV cell as the JSON value the schema expects; a cell that cannot be read stays a string for Ajv to reject. */
function cellValue(text: string, type: string): unknown {
  switch (type) {
    case "number":
    case "integer": {
      const value = Number(text);
      return Number.isFinite(value) && text.trim() !== "" ? value : text;
    }
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text;
    case "array":
      return text
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean);
    case "object":
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    default:
      return text;
  }
}

/** Reads one table of the tabular form: UTF-8 only, a header row, one record per row. */
export function readCsvTable(
  table: TableSpec,
  file: string,
  bytes: Uint8Array,
): { records: SourceRecord[]; issues: ImportIssue[] } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    // Only a file that is not UTF-8 is decoded again line by line, to name the line.
    const badLine = firstNonUtf8Line(bytes) ?? 1;
    return { records: [], issues: [issue({ file, row: String(badLine) }, "", "hsds.problem.not_utf8")] };
  }
  let rows: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    rows = parse(text.replace(/^\uFEFF/, ""), {
      columns: true,
      skip_empty_lines: true,
      info: true,
      relax_column_count: false,
    }) as typeof rows;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    return {
      records: [],
      issues: [
        issue({ file, row: String(line) }, "", "hsds.problem.csv_syntax", {
          detail: (error as Error).message,
        }),
      ],
    };
  }
  const types = new Map(table.columns.map((column) => [column.name, column.type]));
  const records = rows.map(({ record, info }) => {
    const value: Record<string, unknown> = {};
    for (const [name, text] of Object.entries(record)) {
      const type = types.get(name);
      if (type === undefined) continue; // a column the schema does not have, e.g. a newer HSDS field
      // An empty cell is an absent field, except a required text, which the schema then sees as "" (not missing).
      if (text === "") {
        if (type === "string" && table.required.includes(name)) value[name] = "";
        continue;
      }
      value[name] = cellValue(text, type);
    }
    return { object: table.object, record: value, file, row: String(info.lines) };
  });
  return { records, issues: [] };
}
