// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { renderRoutes, testI18n } from "../../../test/test-providers.tsx";
import type { TMe } from "../../auth/api/session.api.ts";
import { NewMemorandumScreen } from "./new-memorandum-screen.tsx";

interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

const BRANCH = "11111111-1d2a-4b7c-9e0f-0a1b2c3d4e5f";
const ORDA = "22222222-1d2a-4b7c-9e0f-0a1b2c3d4e5f";
const NEW_ORG = "33333333-1d2a-4b7c-9e0f-0a1b2c3d4e5f";
const MEMO = "44444444-1d2a-4b7c-9e0f-0a1b2c3d4e5f";

const ME: TMe = {
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

const organization = (id: string, en: string) => ({
  id,
  name: { en },
  type: "parents_association",
  level: "city",
  regionsServed: ["KZ-79"],
  status: "active",
  permissions: { update: false, delete: false, verify: false, merge: false },
});

let i18n: I18n;
let calls: Call[] = [];

beforeAll(async () => {
  i18n = await testI18n("en");
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  calls = [];
});

function stubApi(answer: (call: Call) => { status?: number; body: unknown } | undefined) {
  vi.stubGlobal("fetch", async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, "http://localhost");
    const call: Call = {
      method: init.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const fixed: Record<string, unknown> = {
      "/api/regions": {
        items: [
          { code: "KZ-47", name: { en: "Mangystau" } },
          { code: "KZ-79", name: { en: "Shymkent" } },
        ],
      },
      "/api/branches": {
        items: [{ id: BRANCH, name: { en: "Shymkent city branch" }, regionCode: "KZ-79" }],
        total: 1,
        page: 1,
        perPage: 100,
      },
    };
    const response =
      call.method === "GET" && fixed[call.path]
        ? { body: fixed[call.path] }
        : (answer(call) ?? { status: 404, body: {} });
    return new Response(JSON.stringify(response.body), {
      status: response.status ?? 200,
      headers: { "content-type": "application/json" },
    });
  });
}

async function renderNew() {
  return renderRoutes(i18n, "/memoranda/new", (root) => [
    createRoute({
      getParentRoute: () => root,
      path: "/memoranda/new",
      component: () => <NewMemorandumScreen me={ME} />,
    }),
    createRoute({
      getParentRoute: () => root,
      path: "/memoranda/$id",
      component: () => <p>memorandum page</p>,
    }),
  ]);
}

const posts = (path: string) => calls.filter((call) => call.method === "POST" && call.path === path);

async function findPartner(text: string) {
  fireEvent.change(screen.getByLabelText("Find a partner in the registry"), { target: { value: text } });
  return screen.findByRole("button", { name: /Add: ORDA parents/ }, { timeout: 3000 });
}

describe("a new memorandum", () => {
  it("checks the contract before sending: a title and both sides are required", async () => {
    stubApi(() => undefined);
    await renderNew();
    await screen.findByText("Shymkent city branch");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save the draft" }));
    });
    expect(
      await screen.findByText("Add at least one branch and at least one partner organization."),
    ).toBeTruthy();
    expect(screen.getByLabelText("Title (English)").getAttribute("aria-invalid")).toBe("true");
    expect(posts("/api/memoranda")).toHaveLength(0);
  });

  it("sends the draft with a branch, a partner picked from the search, scope and term", async () => {
    stubApi((call) => {
      if (call.path === "/api/organizations" && call.method === "GET") {
        return { body: { items: [organization(ORDA, "ORDA parents")], total: 1, page: 1, perPage: 8 } };
      }
      if (call.path === "/api/memoranda" && call.method === "POST")
        return { status: 201, body: { id: MEMO } };
      return undefined;
    });
    const { router } = await renderNew();
    fireEvent.change(await screen.findByLabelText("Title (English)"), {
      target: { value: "Memorandum with ORDA" },
    });
    fireEvent.click(screen.getByLabelText("Shymkent city branch"));
    fireEvent.click(await findPartner("ord"));
    expect(screen.getByRole("button", { name: "Remove ORDA parents" })).toBeTruthy();
    expect(calls.find((call) => call.path === "/api/organizations")?.query.get("q")).toBe("ord");
    fireEvent.click(screen.getByLabelText("Inclusion in society"));
    fireEvent.change(screen.getByLabelText("Start date"), { target: { value: "2025-03-14" } });
    fireEvent.change(screen.getByLabelText("Signatory (Shymkent city branch)"), {
      target: { value: "Айгүл Сейітова" },
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save the draft" }));
    });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/memoranda/${MEMO}`));
    expect(posts("/api/memoranda")[0]?.body).toEqual({
      number: null,
      title: { en: "Memorandum with ORDA" },
      description: null,
      scopeAreas: ["inclusion"],
      parties: [
        { kind: "branch", branchId: BRANCH, signatoryName: "Айгүл Сейітова", signatoryPosition: null },
        { kind: "organization", organizationId: ORDA, signatoryName: null, signatoryPosition: null },
      ],
      signedDate: null,
      signedPlace: null,
      startDate: "2025-03-14",
      endDate: null,
    });
  });

  it("registers a partner inline, limited to the coordinator's region, and adds it", async () => {
    let refuse = true;
    stubApi((call) => {
      if (call.path === "/api/organizations" && call.method === "POST") {
        if (refuse) {
          refuse = false;
          return {
            status: 403,
            body: { error: { code: "forbidden", message: "A coordinator may register only…" } },
          };
        }
        return { status: 201, body: organization(NEW_ORG, "Amazing kids") };
      }
      return undefined;
    });
    await renderNew();
    fireEvent.click(await screen.findByRole("button", { name: "Register a new partner" }));
    const dialog = await screen.findByRole("dialog", { name: "Register a new partner" });
    // The coordinator's only region is chosen already; other regions are not offered.
    expect((within(dialog).getByLabelText("Shymkent") as HTMLInputElement).checked).toBe(true);
    expect(within(dialog).queryByLabelText("Mangystau")).toBeNull();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Register and add" }));
    });
    expect(
      within(dialog).getByLabelText("Name of the organization (English)").getAttribute("aria-invalid"),
    ).toBe("true");
    expect(posts("/api/organizations")).toHaveLength(0);
    fireEvent.change(within(dialog).getByLabelText("Name of the organization (English)"), {
      target: { value: "Amazing kids" },
    });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Register and add" }));
    });
    expect(within(dialog).getByRole("alert").textContent).toBe("A coordinator may register only…");
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Register and add" }));
    });
    expect(posts("/api/organizations")[1]?.body).toMatchObject({
      name: { en: "Amazing kids" },
      type: "public_association",
      level: "city",
      regionsServed: ["KZ-79"],
    });
    await waitFor(() => expect(screen.getByRole("button", { name: "Remove Amazing kids" })).toBeTruthy());
    expect(screen.queryByRole("dialog")).toBeNull();
  });
});
