// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ZPageQuery } from "../../../shared/contracts/common.ts";
import { listSearch, useSearchUpdate } from "../../lib/search-params.ts";
import { renderRoutes, testI18n } from "../../test/test-providers.tsx";
import { DataTable } from "./data-table.tsx";
import { pageWindow } from "./pagination.tsx";

const ZQuery = ZPageQuery.extend({ q: z.string().trim().max(50).optional() });
type Query = z.output<typeof ZQuery>;
const ALL = Array.from({ length: 45 }, (_, index) => ({
  id: `row-${index + 1}`,
  name: `Partner ${index + 1}`,
}));

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n("en");
});
afterEach(cleanup);

/** A list screen as a route would build it: its state only in the URL, its rows «from the API». */
function renderList(url: string) {
  return renderRoutes(i18n, url, (root) => {
    const list = createRoute({
      getParentRoute: () => root,
      path: "/partners",
      ...listSearch(ZQuery.extend({ perPage: ZQuery.shape.perPage.default(10) })),
      component: function PartnersList() {
        const search = list.useSearch() as Query;
        const update = useSearchUpdate<Query>();
        const matching = ALL.filter((row) => !search.q || row.name.includes(search.q));
        const rows = matching.slice((search.page - 1) * search.perPage, search.page * search.perPage);
        return (
          <>
            <button type="button" onClick={() => update({ q: "Partner 4" })}>
              filter
            </button>
            <DataTable
              caption="Partners"
              columns={[{ key: "name", header: "Name", rowHeader: true, cell: (row) => row.name }]}
              rows={rows}
              rowKey={(row) => row.id}
              page={search.page}
              perPage={search.perPage}
              total={matching.length}
              empty={<p>none</p>}
            />
          </>
        );
      },
    });
    return [list];
  });
}

const rowNames = () => screen.getAllByRole("rowheader").map((cell) => cell.textContent);

describe("DataTable with its page in the URL", () => {
  it("shows the page the URL names and links to the others by changing only ?page=", async () => {
    const { router } = await renderList("/partners?page=2&q=Partner");
    expect(rowNames()).toEqual(Array.from({ length: 10 }, (_, index) => `Partner ${index + 11}`));
    expect(screen.getByText("11–20 of 45")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Page 2" }).getAttribute("aria-current")).toBe("page");
    const next = screen.getByRole("link", { name: "Next" });
    expect(next.getAttribute("href")).toBe("/partners?page=3&q=Partner");
    await act(async () => {
      fireEvent.click(next);
    });
    expect(router.state.location.search).toEqual({ page: 3, q: "Partner" });
    expect(rowNames()[0]).toBe("Partner 21");
    // Back to page 1: the default leaves the URL, so every list has one address per state.
    await act(async () => {
      fireEvent.click(screen.getByRole("link", { name: "Page 1" }));
    });
    expect(router.state.location.href).toBe("/partners?q=Partner");
  });

  it("falls back to defaults for a hand-edited bad value instead of failing", async () => {
    const { router } = await renderList("/partners?page=abc&perPage=5000");
    expect(rowNames()[0]).toBe("Partner 1");
    expect(screen.getByText("1–10 of 45")).toBeTruthy();
    expect(router.state.matches.at(-1)?.search).toEqual({ page: 1, perPage: 10 });
  });

  it("goes back to the first page when a filter changes", async () => {
    const { router } = await renderList("/partners?page=3");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "filter" }));
    });
    expect(router.state.location.href).toBe("/partners?q=Partner+4");
    expect(rowNames()).toEqual([
      "Partner 4",
      "Partner 40",
      "Partner 41",
      "Partner 42",
      "Partner 43",
      "Partner 44",
      "Partner 45",
    ]);
    expect(screen.queryByRole("link", { name: "Next" })).toBeNull();
  });

  it("offers the first, the last and the pages around the current one", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(5, 10)).toEqual([1, "gap", 3, 4, 5, 6, 7, "gap", 10]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });
});
