// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { TPractice } from "../../../../shared/contracts/practices.ts";
import { renderRoutes, testI18n } from "../../../test/test-providers.tsx";
import type { TMe } from "../../auth/api/session.api.ts";
import { NewPracticeScreen } from "./new-practice-screen.tsx";
import { PracticeScreen } from "./practice-screen.tsx";

const PRACTICE_ID = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
const ORGANIZATION_ID = "7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6";
const BRANCH_ID = "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b";

const REGIONS = [
  { code: "KZ-47", name: { en: "Mangystau Region" } },
  { code: "KZ-75", name: { en: "Almaty" } },
  { code: "KZ-79", name: { en: "Shymkent" } },
];

function meOf(role: TMe["user"]["role"], extra: Partial<TMe["user"]> = {}): TMe {
  return {
    user: {
      id: "u1",
      email: "staff@example.kz",
      name: "Staff",
      role,
      regionCodes: [],
      organizationId: null,
      locale: "en",
      active: true,
      createdAt: "2025-01-01T00:00:00Z",
      ...extra,
    },
    capabilities: {
      manageUsers: false,
      createBranch: false,
      createOrganization: false,
      createMemorandum: false,
      createInitiative: true,
      createPractice: true,
      createNews: false,
      readDrafts: true,
      readAudit: false,
    },
  };
}

const practice = (overrides: Partial<TPractice> = {}): TPractice => ({
  id: PRACTICE_ID,
  title: { en: "Early intervention for children with ASD" },
  summary: null,
  body: { en: "Weekly sessions with the parents." },
  tags: ["asd"],
  organizationId: null,
  branchId: null,
  regionCode: "KZ-79",
  published: false,
  replications: [],
  version: 2,
  createdAt: "2025-04-11T09:00:00Z",
  updatedAt: "2025-04-11T09:00:00Z",
  permissions: { update: true, delete: true },
  ...overrides,
});

interface Call {
  method: string;
  path: string;
  body: unknown;
}

function fakeApi(routes: Record<string, (call: Call) => { status?: number; body?: unknown }>) {
  const calls: Call[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const url = new URL(input, "http://app.test");
      const method = init.method ?? "GET";
      const call = {
        method,
        path: url.pathname,
        body: typeof init.body === "string" ? JSON.parse(init.body) : init.body,
      };
      calls.push(call);
      const route = routes[`${method} ${url.pathname}`];
      const answer = route
        ? route(call)
        : { status: 404, body: { error: { code: "not_found", message: "Not found" } } };
      return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
        status: answer.status ?? 200,
        headers: { "content-type": "application/json" },
      });
    }),
  );
  return calls;
}

const BASE_ROUTES = {
  "GET /api/regions": () => ({ body: { items: REGIONS } }),
  "GET /api/branches": () => ({
    body: { items: [{ id: BRANCH_ID, name: { en: "Shymkent city branch" }, regionCode: "KZ-79" }], total: 1 },
  }),
  "GET /api/organizations": () => ({
    body: { items: [{ id: ORGANIZATION_ID, name: { en: "ORDA" } }], total: 1 },
  }),
  [`GET /api/practices/${PRACTICE_ID}/attachments`]: () => ({ body: { items: [], canAttach: true } }),
};

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n("en");
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderNew(me: TMe) {
  return renderRoutes(i18n, "/practices/new", (root) => [
    createRoute({
      getParentRoute: () => root,
      path: "/practices/new",
      component: () => <NewPracticeScreen me={me} />,
    }),
    createRoute({ getParentRoute: () => root, path: "/practices/$id", component: () => <p>opened</p> }),
  ]);
}

function renderOne(me: TMe) {
  return renderRoutes(i18n, `/practices/${PRACTICE_ID}`, (root) => [
    createRoute({
      getParentRoute: () => root,
      path: "/practices/$id",
      component: () => <PracticeScreen id={PRACTICE_ID} me={me} />,
    }),
  ]);
}

const click = async (element: HTMLElement) => {
  await act(async () => {
    fireEvent.click(element);
  });
};

async function enabledSelect(label: RegExp): Promise<HTMLSelectElement> {
  await waitFor(() => expect((screen.getByLabelText(label) as HTMLSelectElement).disabled).toBe(false));
  return screen.getByLabelText(label) as HTMLSelectElement;
}

describe("practice form", () => {
  it("writes tags lower-case and once each, and names one author", async () => {
    const calls = fakeApi({
      ...BASE_ROUTES,
      "POST /api/practices": (call) => ({ status: 201, body: practice(call.body as Partial<TPractice>) }),
    });
    await renderNew(meOf("coordinator", { regionCodes: ["KZ-79"] }));
    fireEvent.change(screen.getByLabelText("Title (English)"), { target: { value: "Sensory room" } });
    fireEvent.change(screen.getByLabelText("Full description (English)"), {
      target: { value: "A quiet room with soft light." },
    });
    const tagInput = screen.getByLabelText("Tags");
    fireEvent.change(tagInput, { target: { value: " ASD, Sensory ,asd" } });
    fireEvent.keyDown(tagInput, { key: "Enter" });
    fireEvent.change(tagInput, { target: { value: "sensory" } });
    fireEvent.keyDown(tagInput, { key: "Enter" });
    const chosen = screen.getByRole("list", { name: "Chosen tags" });
    expect(
      within(chosen)
        .getAllByRole("listitem")
        .map((item) => item.firstChild?.textContent),
    ).toEqual(["asd", "sensory"]);
    await click(screen.getByRole("button", { name: "Remove tag «asd»" }));
    fireEvent.change(tagInput, { target: { value: "early help" } });
    fireEvent.blur(tagInput); // a typed tag is kept when the field is left without Enter

    // An organization first, then a branch: only the branch stays.
    await click(screen.getByRole("radio", { name: "A partner organization" }));
    fireEvent.change(await enabledSelect(/^Partner organization/), { target: { value: ORGANIZATION_ID } });
    await click(screen.getByRole("radio", { name: "A branch" }));
    fireEvent.change(await enabledSelect(/^Branch/), { target: { value: BRANCH_ID } });
    expect((await enabledSelect(/^Region of origin/)).value).toBe("KZ-79");
    await click(screen.getByRole("button", { name: "Save practice" }));

    expect(calls.find((call) => call.method === "POST")?.body).toEqual({
      title: { en: "Sensory room" },
      summary: null,
      body: { en: "A quiet room with soft light." },
      tags: ["sensory", "early help"],
      organizationId: null,
      branchId: BRANCH_ID,
      regionCode: "KZ-79",
      published: false,
    });
  });

  it("gives a partner no author choice: its organization writes the practice", async () => {
    const calls = fakeApi({
      ...BASE_ROUTES,
      "POST /api/practices": (call) => ({ status: 201, body: practice(call.body as Partial<TPractice>) }),
    });
    await renderNew(meOf("partner", { organizationId: ORGANIZATION_ID }));
    expect(screen.getByText("Your organization describes this practice.")).toBeTruthy();
    expect(screen.queryByRole("radio", { name: "A branch" })).toBeNull();
    fireEvent.change(screen.getByLabelText("Title (English)"), { target: { value: "Parents club" } });
    fireEvent.change(screen.getByLabelText("Full description (English)"), { target: { value: "Monthly." } });
    fireEvent.change(await enabledSelect(/^Region of origin/), { target: { value: "KZ-47" } });
    await click(screen.getByRole("button", { name: "Save practice" }));
    expect(calls.find((call) => call.method === "POST")?.body).toMatchObject({
      organizationId: ORGANIZATION_ID,
      branchId: null,
      regionCode: "KZ-47",
    });
  });
});

describe("replications", () => {
  it("refuses a region listed twice inline, then saves the set with the latest version", async () => {
    const calls = fakeApi({
      ...BASE_ROUTES,
      [`GET /api/practices/${PRACTICE_ID}`]: () => ({ body: practice() }),
      [`PUT /api/practices/${PRACTICE_ID}/replications`]: (call) => {
        const body = call.body as { replications: TPractice["replications"] };
        return { body: practice({ replications: body.replications, version: 3 }) };
      },
    });
    await renderOne(meOf("coordinator", { regionCodes: ["KZ-79"] }));
    expect(await screen.findByText("No region has replicated this practice yet.")).toBeTruthy();
    const add = await screen.findByRole("button", { name: "Add a region" });
    await click(add);
    await click(add);
    const [first, second] = screen.getAllByLabelText(/^Region\*?$/) as HTMLSelectElement[];
    fireEvent.change(first as HTMLSelectElement, { target: { value: "KZ-47" } });
    fireEvent.change(second as HTMLSelectElement, { target: { value: "KZ-47" } });
    await click(screen.getByRole("button", { name: "Save regions" }));
    expect(screen.getByText("This region is listed twice.")).toBeTruthy();
    expect(calls.some((call) => call.method === "PUT")).toBe(false);

    fireEvent.change(second as HTMLSelectElement, { target: { value: "KZ-75" } });
    fireEvent.change(screen.getAllByLabelText("Year")[1] as HTMLElement, { target: { value: "2024" } });
    await click(screen.getByRole("button", { name: "Save regions" }));
    expect(calls.find((call) => call.method === "PUT")?.body).toEqual({
      version: 2,
      replications: [
        { regionCode: "KZ-47", year: null, note: null },
        { regionCode: "KZ-75", year: 2024, note: null },
      ],
    });
    expect(await screen.findByText("Replicating regions saved.")).toBeTruthy();
  });

  it("lists replications without editing for a reader", async () => {
    fakeApi({
      ...BASE_ROUTES,
      [`GET /api/practices/${PRACTICE_ID}`]: () => ({
        body: practice({
          permissions: { update: false, delete: false },
          replications: [{ regionCode: "KZ-47", year: 2024, note: "Two schools in Aktau" }],
        }),
      }),
      [`GET /api/practices/${PRACTICE_ID}/attachments`]: () => ({ body: { items: [], canAttach: false } }),
    });
    await renderOne(meOf("viewer"));
    expect(await screen.findByText("Mangystau Region (2024)")).toBeTruthy();
    expect(screen.getByText("Two schools in Aktau")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Add a region" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Delete practice" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
  });
});
