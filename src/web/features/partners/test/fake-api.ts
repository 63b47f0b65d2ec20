import { vi } from "vitest";
import type { TOrganization } from "../../../../shared/contracts/organizations.ts";
import type { TLocation, TService } from "../../../../shared/contracts/services.ts";

export interface FakeCall {
  method: string;
  path: string;
  query: URLSearchParams;
  // biome-ignore lint/suspicious/noExplicitAny: a test reads whatever JSON the screen sent
  body: any;
}

type Handler = (call: FakeCall) => { status?: number; body: unknown } | undefined;

/**
 * A stand-in for the server behind `fetch`: `on("PATCH", /^\/api\/organizations\/x$/, handler)`.
 * Every request is recorded; one nobody answers fails the test with a 500.
 */
export function fakeApi() {
  const calls: FakeCall[] = [];
  const routes: Array<{ method: string; path: RegExp; handler: Handler }> = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), "http://localhost");
    const call: FakeCall = {
      method: init?.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    };
    calls.push(call);
    const route = routes.find((r) => r.method === call.method && r.path.test(call.path));
    const answer = route?.handler(call) ?? {
      status: 500,
      body: { error: { code: "internal", message: "unmocked" } },
    };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { "content-type": "application/json" },
    });
  });
  vi.stubGlobal("fetch", fetchMock);
  const api = {
    calls,
    on(method: string, path: RegExp, handler: Handler) {
      routes.unshift({ method, path, handler });
      return api;
    },
    /** The regions list every screen with region names reads. */
    withRegions() {
      return api.on("GET", /^\/api\/regions$/, () => ({
        body: {
          items: [
            region("KZ-47", "Маңғыстау облысы", "Мангистауская область", "Mangystau Region"),
            region("KZ-79", "Шымкент", "Шымкент", "Shymkent"),
          ],
        },
      }));
    },
    writes: () => calls.filter((call) => call.method !== "GET"),
  };
  return api;
}

function region(code: string, kk: string, ru: string, en: string) {
  return { code, kato: "", kind: "region", name: { kk, ru, en, "kk-Latn": kk }, centre: {}, aliases: [] };
}

export function organization(overrides: Partial<TOrganization> = {}): TOrganization {
  return {
    id: "11111111-1111-4111-8111-111111111111",
    name: { kk: "«Amazing kids» орталығы", en: "Amazing kids centre" },
    type: "private_centre",
    level: "city",
    bin: null,
    regionsServed: ["KZ-79"],
    email: "info@amazingkids.example.kz",
    phone: null,
    website: null,
    contactName: null,
    contactPosition: null,
    targetGroups: ["asd"],
    description: null,
    status: "active",
    published: true,
    lastVerifiedAt: null,
    isDemo: false,
    mergedIntoId: null,
    version: 3,
    createdAt: "2025-01-10T10:00:00.000Z",
    updatedAt: "2025-01-10T10:00:00.000Z",
    permissions: { update: true, delete: true, verify: true, merge: true },
    ...overrides,
  };
}

export function location(overrides: Partial<TLocation> = {}): TLocation {
  return {
    id: "33333333-3333-4333-8333-333333333333",
    organizationId: "11111111-1111-4111-8111-111111111111",
    name: null,
    regionCode: "KZ-79",
    locality: { kk: "Шымкент", en: "Shymkent" },
    address: { kk: "Тәуке хан даңғылы, 1", en: "1 Tauke Khan Avenue" },
    postalCode: null,
    latitude: 42.3417,
    longitude: 69.5901,
    version: 1,
    createdAt: "2025-01-10T10:00:00.000Z",
    updatedAt: "2025-01-10T10:00:00.000Z",
    permissions: { update: true, delete: true },
    ...overrides,
  };
}

export function service(overrides: Partial<TService> = {}): TService {
  return {
    id: "22222222-2222-4222-8222-222222222222",
    organizationId: "11111111-1111-4111-8111-111111111111",
    name: { kk: "Логопед", en: "Speech therapy" },
    description: null,
    categoryCodes: [],
    targetGroups: ["asd"],
    status: "active",
    published: true,
    minAge: 3,
    maxAge: 7,
    cost: "free",
    feesDescription: null,
    languages: ["kk"],
    applicationProcess: null,
    schedule: null,
    referralRequirement: "none",
    referralNote: null,
    hasWaitlist: false,
    waitlistNote: null,
    capacity: 10,
    stateFundedPlaces: null,
    email: null,
    phone: null,
    url: null,
    assuredDate: null,
    lastVerifiedAt: null,
    isDemo: false,
    locations: [],
    version: 5,
    createdAt: "2025-01-10T10:00:00.000Z",
    updatedAt: "2025-01-10T10:00:00.000Z",
    permissions: { update: true, delete: true, verify: false },
    ...overrides,
  };
}
