import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { MAX_IMPORT_ROWS } from "../../../../shared/contracts/spreadsheet-import.ts";
import { AppError } from "../../../http/app-error.ts";

/** A spreadsheet as text: the header row and the data rows (trimmed cells, empty rows dropped). */
export interface SheetText {
  headers: string[];
  rows: string[][];
}

const fileError = (messageKey: string, params: Record<string, string | number> = {}) =>
  AppError.validation("file", messageKey, params);

const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return -1;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, Math.max(0, offset)).filter((byte) => byte === 0x0a).length + 1;
    throw fileError("imports.not_utf8", { line });
  }
}

/** The separator of the header line: Excel writes `;` where the decimal comma is used. */
function delimiterOf(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const counts = [",", ";", "\t"].map((candidate) => ({ candidate, count: header.split(candidate).length }));
  return counts.sort((a, b) => b.count - a.count)[0]?.candidate ?? ",";
}

function readCsv(bytes: Uint8Array): string[][] {
  const text = decodeUtf8(bytes).replace(/^\uFEFF/, "");
  try {
    return parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    throw fileError("imports.csv_malformed", { line });
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value) return String(value.text);
  if ("result" in value) return value.result === undefined ? "" : cellText(value.result as ExcelJS.CellValue);
  if ("error" in value) return String(value.error);
  return "";
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw fileError("imports.xlsx_unreadable");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    rows.push(cells);
  });
  return rows;
}

/** Reads a CSV (UTF-8, `,` `;` or tab) or XLSX file (its first sheet); rejects what it cannot read. */
export async function readSpreadsheet(bytes: Uint8Array): Promise<SheetText> {
  if (bytes.length === 0) throw fileError("imports.empty");
  const raw = isZip(bytes) ? await readXlsx(bytes) : readCsv(bytes);
  const trimmed = raw.map((row) => row.map((cell) => cell.trim()));
  const [headers = [], ...rows] = trimmed;
  // Keep row numbers as the spreadsheet shows them: empty rows are dropped only at the end.
  while (rows.length > 0 && rows.at(-1)?.every((cell) => cell === "")) rows.pop();
  if (headers.every((cell) => cell === "") || rows.length === 0) throw fileError("imports.empty");
  if (rows.length > MAX_IMPORT_ROWS)
    throw fileError("imports.too_many_rows", { max: MAX_IMPORT_ROWS, count: rows.length });
  return { headers, rows };
}
