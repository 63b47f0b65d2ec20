import { describe, expect, it } from "vitest";
import { AppError } from "../../../http/app-error.ts";
import { allPages, MAX_EXPORT_ROWS } from "./export-context.ts";

/** A list of `total` numbered rows served in pages, recording which pages were asked for. */
function pagedList(total: number) {
  const asked: number[] = [];
  const fetchPage = async (page: number, perPage: number) => {
    asked.push(page);
    const start = (page - 1) * perPage;
    const rows = Array.from({ length: Math.max(0, Math.min(perPage, total - start)) }, (_, i) => start + i);
    return { rows, total };
  };
  return { asked, fetchPage };
}

describe("allPages", () => {
  it("reads page after page until a short one, keeping the order", async () => {
    const list = pagedList(250);
    const rows = await allPages(list.fetchPage);
    expect(rows).toHaveLength(250);
    expect(rows.slice(98, 102)).toEqual([98, 99, 100, 101]);
    expect(list.asked).toEqual([1, 2, 3]);
  });

  it("stops after one request on an exact multiple's empty page and on an empty list", async () => {
    expect(await allPages(pagedList(0).fetchPage)).toEqual([]);
    const exact = pagedList(200);
    expect(await allPages(exact.fetchPage)).toHaveLength(200);
    expect(exact.asked).toEqual([1, 2, 3]);
  });

  it("refuses a list longer than an export may be, before reading it", async () => {
    const list = pagedList(MAX_EXPORT_ROWS + 1);
    const error = await allPages(list.fetchPage).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).messageKey).toBe("exports.too_many_rows");
    expect((error as AppError).status).toBe(400);
    expect(list.asked).toEqual([1]);
  });
});
