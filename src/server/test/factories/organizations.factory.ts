import { binCheckDigit } from "../../../shared/bin.ts";
import type { TOrganizationCreate } from "../../../shared/contracts/organizations.ts";
import type { TLocationCreate, TServiceCreate } from "../../../shared/contracts/services.ts";
import type { ApiClient } from "../api-client.ts";

let binSerial = Math.floor(Math.random() * 50_000);

/** A fresh BIN with a correct check digit: registered in April 2018 as a resident legal entity. */
export function validBin(): string {
  for (;;) {
    binSerial += 1;
    const first11 = `180440${String(binSerial % 100_000).padStart(5, "0")}`;
    const check = binCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

/** The same number with a wrong check digit. */
export function withWrongCheckDigit(bin: string): string {
  return `${bin.slice(0, 11)}${(Number(bin[11]) + 1) % 10}`;
}

export function organizationInput(overrides: Partial<TOrganizationCreate> = {}): TOrganizationCreate {
  return {
    name: {
      kk: "«Amazing kids» балалар түзету орталығы",
      ru: "Детский коррекционный центр «Amazing kids»",
      en: "«Amazing kids» children's correction centre",
    },
    type: "private_centre",
    level: "city",
    regionsServed: ["KZ-79"],
    targetGroups: ["asd"],
    email: "info@amazingkids.example.kz",
    ...overrides,
  };
}

export function locationInput(overrides: Partial<TLocationCreate> = {}): TLocationCreate {
  return {
    regionCode: "KZ-79",
    locality: { kk: "Шымкент", ru: "Шымкент", en: "Shymkent" },
    address: { kk: "Тәуке хан даңғылы, 1", ru: "проспект Тауке хана, 1" },
    postalCode: "160000",
    latitude: 42.3417,
    longitude: 69.5901,
    ...overrides,
  };
}

export function serviceInput(
  organizationId: string,
  overrides: Partial<TServiceCreate> = {},
): TServiceCreate {
  return {
    organizationId,
    name: { kk: "Логопедтің сабақтары", ru: "Занятия с логопедом", en: "Speech therapy sessions" },
    categoryCodes: ["correctional_pedagogy"],
    targetGroups: ["asd"],
    cost: "free",
    languages: ["kk", "ru"],
    minAge: 3,
    maxAge: 7,
    ...overrides,
  };
}

async function created<T>(response: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const { status, body } = await response;
  if (status !== 201) throw new Error(`creating ${what} failed: ${status} ${JSON.stringify(body)}`);
  return body;
}

type Body = any;

export const createOrganization = (client: ApiClient, overrides: Partial<TOrganizationCreate> = {}) =>
  created<Body>(client.post("/api/organizations", organizationInput(overrides)), "organization");

export const createLocation = (
  client: ApiClient,
  organizationId: string,
  overrides: Partial<TLocationCreate> = {},
) =>
  created<Body>(
    client.post(`/api/organizations/${organizationId}/locations`, locationInput(overrides)),
    "location",
  );

export const createService = (
  client: ApiClient,
  organizationId: string,
  overrides: Partial<TServiceCreate> = {},
) => created<Body>(client.post("/api/services", serviceInput(organizationId, overrides)), "service");
