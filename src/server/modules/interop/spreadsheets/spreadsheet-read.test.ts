import { describe, expect, it } from "vitest";
import { AppError } from "../../../http/app-error.ts";
import { firstInvalidUtf8, readSpreadsheet } from "./spreadsheet-read.ts";

const bytes = (text: string) => new TextEncoder().encode(text);

async function problemOf(input: Uint8Array) {
  try {
    await readSpreadsheet(input);
  } catch (error) {
    if (error instanceof AppError)
      return { key: error.details?.[0]?.messageKey, params: error.details?.[0]?.params };
    throw error;
  }
  throw new Error("no problem reported");
}

describe("readSpreadsheet", () => {
  it("reads the separator Excel uses, strips the BOM, trims cells and keeps blank rows in place", async () => {
    const sheet = await readSpreadsheet(
      bytes('\uFEFFАтауы;Түрі\n «Шұғыла» ; private_centre\n;\n"A; B";x\n\n'),
    );
    expect(sheet.headers).toEqual(["Атауы", "Түрі"]);
    expect(sheet.rows).toEqual([
      ["«Шұғыла»", "private_centre"],
      ["", ""],
      ["A; B", "x"],
    ]);
  });

  it("names the line of the first byte that is not UTF-8", async () => {
    const cp1251 = new Uint8Array([...bytes("a,b\nc,d\n"), 0xc0, 0x2c, 0x61]);
    expect(firstInvalidUtf8(cp1251)).toBe(8);
    expect(firstInvalidUtf8(bytes("Қонаев, Шымкент"))).toBe(-1);
    expect(await problemOf(cp1251)).toEqual({ key: "imports.not_utf8", params: { line: 3 } });
  });

  it("rejects broken CSV, unreadable XLSX, empty files and too many rows", async () => {
    expect((await problemOf(bytes('a,b\n"open,x\n')))?.key).toBe("imports.csv_malformed");
    expect((await problemOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))?.key).toBe(
      "imports.xlsx_unreadable",
    );
    expect((await problemOf(new Uint8Array()))?.key).toBe("imports.empty");
    expect((await problemOf(bytes("a,b\n")))?.key).toBe("imports.empty");
    const big = `name\n${"x\n".repeat(5_001)}`;
    expect(await problemOf(bytes(big))).toEqual({
      key: "imports.too_many_rows",
      params: { max: 5000, count: 5001 },
    });
  });
});
