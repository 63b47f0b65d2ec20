import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import type { CoverageTable } from "./coverage-table.ts";

/** UTF-8 with a byte-order mark, so spreadsheet programs read Kazakh letters right. */
export function coverageCsv(table: CoverageTable): string {
  return `\uFEFF${stringify([table.headers, ...table.rows.map((row) => row.map((cell) => cell ?? ""))])}`;
}

/** One sheet: bold header frozen on top, bold region total rows, the as-of note under the table. */
export async function coverageXlsx(table: CoverageTable, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Yntymaq";
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(table.headers).font = { bold: true };
  for (const [index, row] of table.rows.entries()) {
    const added = sheet.addRow(row);
    if (table.totalRows.includes(index)) added.font = { bold: true };
  }
  sheet.addRow([]);
  sheet.addRow([table.asOf]).font = { italic: true };
  sheet.columns.forEach((column, index) => {
    column.width = index < 2 ? 32 : 14;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
