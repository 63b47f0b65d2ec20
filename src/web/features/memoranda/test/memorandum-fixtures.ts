import { vi } from "vitest";
import type { TMemorandum } from "../../../../shared/contracts/memoranda.ts";
import type { TMe } from "../../auth/api/session.api.ts";

/** Test data and a fake API for the memoranda screens' component tests. */

export interface Call {
  method: string;
  path: string;
  body: unknown;
}

export const ID = "44444444-1d2a-4b7c-9e0f-0a1b2c3d4e5f";
export const BRANCH_PARTY = "55555555-1d2a-4b7c-9e0f-0a1b2c3d4e5f";
export const PARTNER_PARTY = "66666666-1d2a-4b7c-9e0f-0a1b2c3d4e5f";
export const BRANCH = "11111111-1d2a-4b7c-9e0f-0a1b2c3d4e5f";
export const ORDA = "22222222-1d2a-4b7c-9e0f-0a1b2c3d4e5f";

export const COORDINATOR: TMe = {
  user: {
    id: "u1",
    email: "c@example.kz",
    name: "Coordinator",
    role: "coordinator",
    regionCodes: ["KZ-79"],
    organizationId: null,
    locale: "en",
    active: true,
    createdAt: "2025-01-01T00:00:00Z",
  },
  capabilities: {
    manageUsers: false,
    createBranch: true,
    createOrganization: true,
    createMemorandum: true,
    createInitiative: true,
    createPractice: true,
    createNews: true,
    readDrafts: true,
    readAudit: true,
  },
};

export const NO_PERMISSIONS: TMemorandum["permissions"] = {
  update: false,
  delete: false,
  transitions: [],
  terminate: false,
  renew: false,
  amend: false,
  manageCommitments: false,
};

export function memorandum(overrides: Partial<TMemorandum> = {}): TMemorandum {
  return {
    id: ID,
    number: null,
    title: { en: "Memorandum with ORDA" },
    scopeAreas: ["inclusion"],
    reviewState: "draft",
    lifecycle: null,
    signedDate: null,
    startDate: null,
    endDate: null,
    parentId: null,
    relation: null,
    parties: [
      {
        id: BRANCH_PARTY,
        kind: "branch",
        branchId: BRANCH,
        organizationId: null,
        name: { en: "Shymkent city branch" },
        regionCode: "KZ-79",
        signatoryName: "Айгүл Сейітова",
        signatoryPosition: "Chair",
      },
      {
        id: PARTNER_PARTY,
        kind: "organization",
        branchId: null,
        organizationId: ORDA,
        name: { en: "ORDA parents" },
        regionCode: null,
        signatoryName: null,
        signatoryPosition: null,
      },
    ],
    version: 3,
    updatedAt: "2025-03-01T10:00:00Z",
    permissions: NO_PERMISSIONS,
    description: null,
    signedPlace: { en: "Shymkent" },
    lifecycleStatus: "active",
    terminationReason: null,
    terminatedAt: null,
    parent: null,
    amendments: [],
    renewals: [],
    commitments: [
      {
        id: "c1",
        memorandumId: ID,
        partyId: PARTNER_PARTY,
        text: { en: "Hold a round table" },
        dueDate: "2025-06-01",
        status: "planned",
        evidence: null,
        overdue: false,
        version: 1,
        createdAt: "2025-03-01T10:00:00Z",
        updatedAt: "2025-03-01T10:00:00Z",
        permissions: { update: false, delete: false, updateProgress: false },
      },
    ],
    createdAt: "2025-03-01T10:00:00Z",
    ...overrides,
  };
}

const AUDIT = {
  items: [
    {
      id: 1,
      at: "2025-03-01T10:00:00Z",
      actorId: "u1",
      action: "insert",
      entity: "memoranda",
      entityId: ID,
      table: "memoranda",
      before: null,
      after: { title: { en: "Memorandum with ORDA" }, relation: null },
    },
  ],
  total: 1,
  page: 1,
  perPage: 50,
};

/**
 * Answers the screen's reads from `record` and every write with `writeAnswer` (the record itself unless
 * given); records every call in `calls`.
 */
export function stubMemorandumApi(
  calls: Call[],
  record: TMemorandum,
  writeAnswer: (call: Call) => unknown = () => record,
) {
  vi.stubGlobal("fetch", async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, "http://localhost");
    const call: Call = {
      method: init.method ?? "GET",
      path: url.pathname,
      body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const reads: Record<string, unknown> = {
      [`/api/memoranda/${ID}`]: record,
      "/api/regions": { items: [{ code: "KZ-79", name: { en: "Shymkent" } }] },
      [`/api/memoranda/${ID}/attachments`]: { items: [], canAttach: false },
      "/api/news": { items: [], total: 0, page: 1, perPage: 10 },
      "/api/audit": AUDIT,
      "/api/branches": {
        items: [{ id: BRANCH, name: { en: "Shymkent city branch" }, regionCode: "KZ-79" }],
        total: 1,
        page: 1,
        perPage: 100,
      },
    };
    const body = call.method === "GET" ? reads[call.path] : writeAnswer(call);
    return new Response(JSON.stringify(body ?? {}), {
      status: body ? 200 : 404,
      headers: { "content-type": "application/json" },
    });
  });
}
