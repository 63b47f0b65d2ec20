// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { TMemorandaAnalytics } from "../../../../shared/contracts/analytics.ts";
import { listSearch } from "../../../lib/search-params.ts";
import { renderRoutes, testI18n } from "../../../test/test-providers.tsx";
import { type AnalyticsSearch, ZAnalyticsSearch } from "../api/analytics-search.ts";
import { COVERAGE, SQUARE_MAP, stubFetch } from "../test/analytics-fixtures.ts";
import { AnalyticsScreen } from "./analytics-screen.tsx";

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n("en");
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const MEMORANDA: TMemorandaAnalytics = {
  scope: { kind: "all", regionCodes: [] },
  period: { from: "2026-01-01", to: "2026-03-31" },
  pipeline: [
    { reviewState: "draft", count: 2 },
    { reviewState: "signed", count: 5 },
  ],
  lifecycle: [{ status: "active", count: 4 }],
  signings: [
    { month: "2026-01", regionCode: "KZ-47", count: 1 },
    { month: "2026-03", regionCode: "KZ-79", count: 2 },
  ],
  expiring: [{ days: 30, count: 0, memoranda: [] }],
  commitments: [{ status: "planned", count: 3 }],
  overdueCount: 0,
  overdueByOwner: [],
};

function serve() {
  return stubFetch((call) => {
    if (call.path === "/api/regions") {
      return {
        body: {
          items: [
            { code: "KZ-47", kind: "region", name: { en: "Mangystau Region" } },
            { code: "KZ-79", kind: "city", name: { en: "Shymkent" } },
          ],
        },
      };
    }
    if (call.path === "/api/service-categories") return { body: { items: COVERAGE.categories } };
    if (call.path === "/api/location-map") return { body: SQUARE_MAP };
    if (call.path === "/api/analytics/coverage") return { body: COVERAGE };
    if (call.path === "/api/analytics/memoranda") return { body: MEMORANDA };
    return undefined;
  });
}

function renderScreen(url: string, scopeRegionCodes: string[] | null = null) {
  return renderRoutes(i18n, url, (root) => {
    const route = createRoute({
      getParentRoute: () => root,
      path: "/analytics",
      ...listSearch(ZAnalyticsSearch),
      component: function Screen() {
        return (
          <AnalyticsScreen
            search={route.useSearch() as AnalyticsSearch}
            scopeRegionCodes={scopeRegionCodes}
          />
        );
      },
    });
    return [route];
  });
}

describe("AnalyticsScreen", () => {
  it("asks for the coverage with the URL's filters, then again with the ones applied", async () => {
    const calls = serve();
    const { router } = await renderScreen("/analytics?ageBand=0_3&metric=partners");
    await screen.findByRole("table", { name: "Regions × service categories: Partners" });
    expect(screen.getByText("Figures as of", { exact: false })).toBeTruthy();
    const coverageCalls = () => calls.filter((call) => call.path === "/api/analytics/coverage");
    expect(Object.fromEntries(coverageCalls().at(-1)?.query ?? [])).toEqual({ ageBand: "0_3" });

    fireEvent.change(screen.getByLabelText("Region"), { target: { value: "KZ-47" } });
    fireEvent.change(screen.getByLabelText("Period from"), { target: { value: "2026-01-01" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    });
    await waitFor(() =>
      expect(Object.fromEntries(coverageCalls().at(-1)?.query ?? [])).toEqual({
        region: "KZ-47",
        ageBand: "0_3",
        from: "2026-01-01",
      }),
    );
    expect(router.state.location.search).toMatchObject({ region: "KZ-47", metric: "partners" });
    // the region's PDF report is offered once a region is chosen, with the period
    const pdf = await screen.findByRole("link", { name: "Region report (PDF)" });
    expect(pdf.getAttribute("href")).toBe("/api/analytics/report.pdf?region=KZ-47&from=2026-01-01&lang=en");
    expect(screen.getByRole("link", { name: "Matrix (CSV)" }).getAttribute("href")).toBe(
      "/api/analytics/coverage.csv?region=KZ-47&ageBand=0_3&from=2026-01-01&lang=en",
    );
  });

  it("switches to the memoranda section with the same filters, every chart with a table", async () => {
    const calls = serve();
    await renderScreen("/analytics?region=KZ-47");
    await screen.findByRole("table", { name: "Regions × service categories: Services" });
    await act(async () => {
      fireEvent.click(screen.getByRole("link", { name: "Memoranda" }));
    });
    await screen.findByRole("heading", { name: "Memoranda", level: 2 });
    const memoranda = calls.find((call) => call.path === "/api/analytics/memoranda");
    expect(Object.fromEntries(memoranda?.query ?? [])).toEqual({ region: "KZ-47" });
    expect(screen.getByRole("link", { name: "Memoranda" }).getAttribute("aria-current")).toBe("page");
    expect(screen.getByRole("link", { name: "Coverage" }).getAttribute("aria-current")).toBeNull();
    expect(screen.getByText("Period: 1 Jan 2026 – 31 Mar 2026")).toBeTruthy();
    for (const caption of ["Memoranda by review state", "Signings by month", "Signings by region"]) {
      expect(screen.getByRole("table", { name: caption })).toBeTruthy();
    }
    // months without signings are there as zero
    const months = screen.getByRole("table", { name: "Signings by month" });
    expect([...months.querySelectorAll("tbody tr")].map((row) => row.textContent)).toEqual([
      "Jan 20261",
      "Feb 20260",
      "Mar 20262",
    ]);
    expect(screen.getByRole("link", { name: "5" }).getAttribute("href")).toBe(
      "/memoranda?reviewState=signed&region=KZ-47",
    );
  });

  it("offers a coordinator only the regions of their scope", async () => {
    serve();
    await renderScreen("/analytics", ["KZ-79"]);
    await screen.findByRole("table", { name: "Regions × service categories: Services" });
    const region = screen.getByLabelText("Region") as HTMLSelectElement;
    await waitFor(() =>
      expect([...region.options].map((option) => option.text)).toEqual(["All regions", "Shymkent"]),
    );
  });
});
