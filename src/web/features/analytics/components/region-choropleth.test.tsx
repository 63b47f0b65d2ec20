// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { cleanup, screen, within } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { renderRoutes, testI18n } from "../../../test/test-providers.tsx";
import type { MetricUnit } from "../lib/coverage-metrics.ts";
import { listTargetFor } from "../lib/list-links.ts";
import { exportSvgMarkup } from "../lib/map-export.ts";
import { CITY_CODES, REGION_CODES, SQUARE_MAP } from "../test/analytics-fixtures.ts";
import { RegionChoropleth } from "./region-choropleth.tsx";

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n("en");
});
afterEach(cleanup);

// The public map's colours: hatched empty class, then lightest … darkest.
const HATCHED = /^url\(#choropleth[\w-]*-empty\)$/;
const BLUES = ["", "#d4e5f4", "#8dbde3", "#4f8dc8", "#24609f", "#0a2d61"];

async function renderMap(values: Record<string, number | null>, unit: MetricUnit = "count") {
  const { view } = await renderRoutes(i18n, "/analytics", (root) => [
    createRoute({
      getParentRoute: () => root,
      path: "/analytics",
      component: () => (
        <RegionChoropleth
          shapes={SQUARE_MAP}
          values={new Map(Object.entries(values))}
          unit={unit}
          cityCodes={CITY_CODES}
          title="Services"
          regionName={(code) => `Region ${code}`}
          listFor={(code) => listTargetFor("services", { regionCode: code })}
          fileName="coverage-services"
        />
      ),
    }),
  ]);
  const svg = view.container.querySelector("svg.choropleth__svg");
  if (!(svg instanceof SVGSVGElement)) throw new Error("no map");
  const fills = new Map(
    [...svg.querySelectorAll("[data-region]")].map((shape) => [
      shape.getAttribute("data-region") ?? "",
      shape.getAttribute("fill") ?? "",
    ]),
  );
  return { svg, fills, view };
}

describe("RegionChoropleth", () => {
  it("draws the 20 regions, each in the colour of its class for a known set of counts", async () => {
    const counts = {
      "KZ-75": 40,
      "KZ-71": 31,
      "KZ-55": 25,
      "KZ-61": 20,
      "KZ-79": 12,
      "KZ-47": 3,
      "KZ-10": 1,
    };
    const { fills, svg } = await renderMap({ ...counts, "KZ-23": 0 });
    expect([...fills.keys()].sort()).toEqual([...REGION_CODES]);
    // 40 is the maximum: classes are (0, 8], (8, 16], (16, 24], (24, 32], (32, 40]
    const expected: Record<string, string> = {
      "KZ-75": BLUES[5] ?? "",
      "KZ-71": BLUES[4] ?? "",
      "KZ-55": BLUES[4] ?? "",
      "KZ-61": BLUES[3] ?? "",
      "KZ-79": BLUES[2] ?? "",
      "KZ-47": BLUES[1] ?? "",
      "KZ-10": BLUES[1] ?? "",
    };
    for (const code of REGION_CODES) {
      if (expected[code]) expect(fills.get(code), code).toBe(expected[code]);
      else expect(fills.get(code), code).toMatch(HATCHED);
    }
    // cities are markers drawn after the regions, so they sit on top
    expect(svg.querySelectorAll("circle[data-region]")).toHaveLength(3);
    expect([...fills.keys()].slice(-3)).toEqual(["KZ-71", "KZ-75", "KZ-79"]);
  });

  it("states the classes as text in the legend and the figures in a table with links", async () => {
    await renderMap({ "KZ-75": 40, "KZ-47": 3 });
    const legend = screen.getByRole("list", { name: "Services" });
    expect(
      within(legend)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["None (gap)", "1–8", "9–16", "17–24", "25–32", "33–40"]);
    const table = screen.getByRole("table", { name: "By region: Services" });
    const mangystau = within(table).getByRole("row", { name: /KZ-47/ });
    const link = within(mangystau).getByRole("link", { name: "3" });
    const url = new URL(link.getAttribute("href") ?? "", "http://localhost");
    expect(url.pathname).toBe("/services");
    expect(JSON.parse(url.searchParams.get("region") ?? "null")).toEqual(["KZ-47"]);
    expect(within(table).getAllByRole("row")).toHaveLength(21);
    expect(screen.getByText(/geokz.*CC BY 4\.0/)).toBeTruthy();
  });

  it("classes shares by whole percent and rates by tenths, and hatches a missing figure", async () => {
    const shares = await renderMap({ "KZ-10": 1, "KZ-11": 0.5, "KZ-15": 0.21, "KZ-19": null }, "percent");
    expect(shares.fills.get("KZ-10")).toBe(BLUES[5]);
    expect(shares.fills.get("KZ-11")).toBe(BLUES[3]); // 50 of 100 → ⌈2.5⌉
    expect(shares.fills.get("KZ-15")).toBe(BLUES[2]); // 21 of 100 → ⌈1.05⌉
    expect(shares.fills.get("KZ-19")).toMatch(HATCHED);
    expect(
      within(screen.getByRole("list", { name: "Services" })).getAllByRole("listitem")[0]?.textContent,
    ).toBe("None, or no figure");
    cleanup();
    const rates = await renderMap({ "KZ-10": 2.5, "KZ-11": 0.5, "KZ-15": 1.3 }, "per10k");
    expect([rates.fills.get("KZ-10"), rates.fills.get("KZ-11"), rates.fills.get("KZ-15")]).toEqual([
      BLUES[5],
      BLUES[1],
      BLUES[3],
    ]);
    expect(rates.svg.textContent).toContain("2.5");
  });

  it("exports a self-contained SVG with the title, the legend and the boundaries' credit", async () => {
    const { svg } = await renderMap({ "KZ-75": 40 });
    const markup = exportSvgMarkup(svg, {
      title: "Map of the regions: Services",
      credit: "Boundaries: geokz, CC BY 4.0",
      legend: [{ fill: "#0a2d61", dashed: false, label: "33–40" }],
    });
    const exported = new DOMParser().parseFromString(markup, "image/svg+xml").documentElement;
    expect(exported.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(exported.querySelectorAll("[data-region]")).toHaveLength(20);
    expect(exported.textContent).toContain("Map of the regions: Services");
    expect(exported.textContent).toContain("33–40");
    expect(exported.textContent).toContain("Boundaries: geokz, CC BY 4.0");
    expect(exported.getAttribute("viewBox")).not.toBe(svg.getAttribute("viewBox"));
  });
});
