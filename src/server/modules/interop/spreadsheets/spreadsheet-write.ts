import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";

export type Cell = string | number | null;

/** A sheet of one header row and data rows, ready for CSV or XLSX. */
export interface SheetTable {
  headers: string[];
  rows: Cell[][];
}

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Text a spreadsheet program would run as a formula (= + - @, or a tab/CR that some of them strip first)
 * gets a leading apostrophe, so an exported name cannot become a formula on someone's machine.
 */
export function formulaSafe(cell: Cell): Cell {
  if (typeof cell !== "string") return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const safeRows = (table: SheetTable) => [table.headers, ...table.rows].map((row) => row.map(formulaSafe));

/** UTF-8 with a byte-order mark, so Excel reads Kazakh and Russian letters right. */
export function tableCsv(table: SheetTable): string {
  return `\uFEFF${stringify(safeRows(table).map((row) => row.map((cell) => cell ?? "")))}`;
}

/** One sheet: bold header row frozen on top; text cells stay text, numbers stay numbers. */
export async function tableXlsx(table: SheetTable, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Yntymaq";
  // Sheet names may not hold : \ / ? * [ ] and are at most 31 characters.
  const name = sheetName.replace(/[:\\/?*[\]]/g, " ").slice(0, 31);
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  const [header = [], ...rows] = safeRows(table);
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(
      ...[header, ...rows.slice(0, 200)].map((row) => String(row[index] ?? "").length),
    );
    column.width = Math.min(60, Math.max(10, longest + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
