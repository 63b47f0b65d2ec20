import { vi } from "vitest";
import type { TCoverage, TCoverageCell, TCoverageRegion } from "../../../../shared/contracts/analytics.ts";
import type { TLocationMap } from "../../../../shared/contracts/location-map.ts";

/** The 20 top-level units under their ISO codes; the last three are the cities. */
export const REGION_CODES = [
  "KZ-10",
  "KZ-11",
  "KZ-15",
  "KZ-19",
  "KZ-23",
  "KZ-27",
  "KZ-31",
  "KZ-33",
  "KZ-35",
  "KZ-39",
  "KZ-43",
  "KZ-47",
  "KZ-55",
  "KZ-59",
  "KZ-61",
  "KZ-62",
  "KZ-63",
  "KZ-71",
  "KZ-75",
  "KZ-79",
] as const;
export const CITY_CODES = new Set(["KZ-71", "KZ-75", "KZ-79"]);

/** One 40 × 40 square per unit on a 5 × 4 grid: enough geometry to tell the shapes apart. */
export const SQUARE_MAP: TLocationMap = {
  width: 1000,
  height: 552,
  projection: { minLon: 46.49, maxLat: 55.44, kx: 0.68, scale: 35.6, padding: 8 },
  regions: REGION_CODES.map((code, index) => {
    const x = 20 + (index % 5) * 100;
    const y = 20 + Math.floor(index / 5) * 100;
    return { code, d: `M${x} ${y}l40 0l0 40l-40 0z`, anchor: { x: x + 20, y: y + 20 } };
  }),
};

export function coverageRegion(
  code: string,
  name: string,
  overrides: Partial<TCoverageRegion> = {},
): TCoverageRegion {
  return {
    code,
    name: { en: name },
    services: 0,
    freeServices: 0,
    stateFundedServices: 0,
    freeShare: null,
    stateFundedShare: null,
    partners: 0,
    activeMemoranda: 0,
    gap: true,
    children: null,
    servicesPer10k: null,
    partnersPer10k: null,
    activeMemorandaPer10k: null,
    ...overrides,
  };
}

export function coverageCell(
  regionCode: string,
  categoryCode: string,
  services: number,
  free = 0,
): TCoverageCell {
  return {
    regionCode,
    categoryCode,
    services,
    freeServices: free,
    stateFundedServices: 0,
    freeShare: services ? free / services : null,
    stateFundedShare: services ? 0 : null,
    partners: services ? 1 : 0,
    gap: services === 0,
    servicesPer10k: null,
    partnersPer10k: null,
  };
}

/** Shymkent has speech therapy and early intervention; Mangystau has only early intervention. */
export const COVERAGE: TCoverage = {
  scope: { kind: "all", regionCodes: [] },
  asOf: "2026-12-03T08:00:00Z",
  ageBand: null,
  period: null,
  regions: [
    coverageRegion("KZ-47", "Mangystau Region", {
      services: 2,
      freeServices: 1,
      freeShare: 0.5,
      partners: 1,
      gap: false,
    }),
    coverageRegion("KZ-79", "Shymkent", { services: 5, partners: 3, activeMemoranda: 2, gap: false }),
  ],
  categories: [
    { code: "speech_therapy", name: { en: "Speech therapy" } },
    { code: "early_intervention", name: { en: "Early intervention" } },
  ],
  cells: [
    coverageCell("KZ-47", "speech_therapy", 0),
    coverageCell("KZ-47", "early_intervention", 2, 1),
    coverageCell("KZ-79", "speech_therapy", 3, 3),
    coverageCell("KZ-79", "early_intervention", 2),
  ],
  totals: {
    services: 7,
    freeServices: 4,
    stateFundedServices: 0,
    partners: 4,
    activeMemoranda: 2,
    gaps: 1,
    children: null,
  },
};

export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

/** `fetch` answering by method and path; anything not answered is a 500 so a test notices it. */
export function stubFetch(answer: (call: RecordedCall) => { status?: number; body: unknown } | undefined) {
  const calls: RecordedCall[] = [];
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), "http://localhost");
    const call = {
      method: init?.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    };
    calls.push(call);
    const reply = answer(call) ?? { status: 500, body: { error: { code: "internal", message: "unmocked" } } };
    return new Response(JSON.stringify(reply.body), {
      status: reply.status ?? 200,
      headers: { "content-type": "application/json" },
    });
  });
  return calls;
}
