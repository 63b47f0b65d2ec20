// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { cleanup, screen, within } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { TCoverage } from "../../../../shared/contracts/analytics.ts";
import { renderRoutes, testI18n } from "../../../test/test-providers.tsx";
import type { CoverageMetric } from "../lib/coverage-metrics.ts";
import { COVERAGE } from "../test/analytics-fixtures.ts";
import { CoverageMatrix } from "./coverage-matrix.tsx";

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n("en");
});
afterEach(cleanup);

async function renderMatrix(
  metric: CoverageMetric,
  metricLabel: string,
  extra: { organizationType?: "public_foundation" } = {},
  coverage: TCoverage = COVERAGE,
) {
  await renderRoutes(i18n, "/analytics", (root) => [
    createRoute({
      getParentRoute: () => root,
      path: "/analytics",
      component: () => (
        <CoverageMatrix coverage={coverage} metric={metric} metricLabel={metricLabel} {...extra} />
      ),
    }),
  ]);
  return screen.getByRole("table", { name: `Regions × service categories: ${metricLabel}` });
}

/** A link's list screen and its filters, with the JSON lists the router writes read back. */
function target(link: HTMLElement) {
  const url = new URL(link.getAttribute("href") ?? "", "http://localhost");
  const search = Object.fromEntries(
    [...url.searchParams].map(([key, value]) => [key, value.startsWith("[") ? JSON.parse(value) : value]),
  );
  return { path: url.pathname, search };
}

/** What a sighted reader sees in a cell (the links' screen-reader context left out). */
function visibleText(cell: HTMLElement): string {
  const copy = cell.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll(".visually-hidden")) hidden.remove();
  return copy.textContent ?? "";
}

const cellOf = (table: HTMLElement, region: string, category: string) => {
  const cell = table.querySelector(`tr[data-region="${region}"] td[data-category="${category}"]`);
  if (!(cell instanceof HTMLElement)) throw new Error(`no cell ${region} × ${category}`);
  return cell;
};

const ACTIVE_SERVICES = { status: "active", organizationStatus: "active" };

describe("CoverageMatrix", () => {
  it("marks a region × category without services as a gap in words, and links it to the empty list", async () => {
    const table = await renderMatrix("services", "Services");
    const gap = cellOf(table, "KZ-47", "speech_therapy");
    expect(gap.className).toContain("coverage-matrix__cell--gap");
    expect(visibleText(gap)).toBe("0gap");
    const link = within(gap).getByRole("link", {
      name: "0 — gap, no services: Mangystau Region, Speech therapy",
    });
    expect(target(link)).toEqual({
      path: "/services",
      search: { ...ACTIVE_SERVICES, region: ["KZ-47"], category: ["speech_therapy"] },
    });
    // only that one cell is a gap
    expect(table.querySelectorAll(".coverage-matrix__cell--gap")).toHaveLength(1);
    const full = cellOf(table, "KZ-79", "speech_therapy");
    expect(within(full).getByRole("link", { name: "3 — Services, Shymkent, Speech therapy" })).toBeTruthy();
  });

  it("links a region's total to its services in every category, narrowed by age band and type", async () => {
    let table = await renderMatrix("services", "Services");
    expect(target(within(cellOf(table, "KZ-79", "*")).getByRole("link"))).toEqual({
      path: "/services",
      search: { ...ACTIVE_SERVICES, region: ["KZ-79"] },
    });
    cleanup();
    table = await renderMatrix(
      "services",
      "Services",
      { organizationType: "public_foundation" },
      {
        ...COVERAGE,
        ageBand: "4_6",
      },
    );
    expect(target(within(cellOf(table, "KZ-79", "*")).getByRole("link")).search).toEqual({
      ...ACTIVE_SERVICES,
      region: ["KZ-79"],
      ageBand: "4_6",
      organizationType: ["public_foundation"],
    });
    expect(target(within(cellOf(table, "KZ-79", "speech_therapy")).getByRole("link")).search).toEqual({
      ...ACTIVE_SERVICES,
      region: ["KZ-79"],
      category: ["speech_therapy"],
      ageBand: "4_6",
      organizationType: ["public_foundation"],
    });
  });

  it("shows shares as percentages linked to the free services, and partners linked by organization type", async () => {
    let table = await renderMatrix("freeShare", "Free share");
    const shymkent = cellOf(table, "KZ-79", "speech_therapy");
    expect(visibleText(shymkent)).toBe("100%");
    expect(target(within(shymkent).getByRole("link")).search).toEqual({
      ...ACTIVE_SERVICES,
      region: ["KZ-79"],
      category: ["speech_therapy"],
      cost: ["free"],
    });
    expect(visibleText(cellOf(table, "KZ-47", "early_intervention"))).toBe("50%");
    expect(visibleText(cellOf(table, "KZ-47", "speech_therapy"))).toBe("–gap");
    cleanup();
    table = await renderMatrix(
      "partners",
      "Partners",
      { organizationType: "public_foundation" },
      {
        ...COVERAGE,
        ageBand: "0_3",
      },
    );
    // partners by where their services are, not by the regions they say they serve
    expect(target(within(cellOf(table, "KZ-79", "*")).getByRole("link"))).toEqual({
      path: "/partners",
      search: { serviceRegion: ["KZ-79"], ageBand: "0_3", type: ["public_foundation"], status: "active" },
    });
    expect(target(within(cellOf(table, "KZ-79", "speech_therapy")).getByRole("link")).search).toEqual({
      serviceRegion: ["KZ-79"],
      category: ["speech_therapy"],
      ageBand: "0_3",
      type: ["public_foundation"],
      status: "active",
    });
  });

  it("shows memoranda per region only, linked to the region's memoranda in force", async () => {
    const table = await renderMatrix("activeMemoranda", "Active memoranda");
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Region", "All categories"]);
    const link = within(cellOf(table, "KZ-79", "*")).getByRole("link");
    expect(link.textContent).toBe("2 — Active memoranda, Shymkent, All categories");
    expect(target(link)).toEqual({
      path: "/memoranda",
      search: { region: "KZ-79", reviewState: "signed", lifecycle: "active,expiring" },
    });
    expect(screen.getByText(/only each region's total is shown/)).toBeTruthy();
  });

  it("links memoranda of a period to those in force during it", async () => {
    const period = { from: "2026-01-01", to: "2026-03-31" };
    const table = await renderMatrix("activeMemoranda", "Active memoranda", {}, { ...COVERAGE, period });
    expect(target(within(cellOf(table, "KZ-47", "*")).getByRole("link"))).toEqual({
      path: "/memoranda",
      search: { region: "KZ-47", reviewState: "signed", activeFrom: "2026-01-01", activeTo: "2026-03-31" },
    });
  });
});
