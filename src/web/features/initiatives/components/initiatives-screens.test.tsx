// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { TInitiative } from "../../../../shared/contracts/initiatives.ts";
import { listSearch } from "../../../lib/search-params.ts";
import { renderRoutes, testI18n } from "../../../test/test-providers.tsx";
import type { TMe } from "../../auth/api/session.api.ts";
import { type InitiativeListSearch, ZInitiativeListSearch } from "../api/initiatives.api.ts";
import { InitiativeScreen } from "./initiative-screen.tsx";
import { InitiativesScreen } from "./initiatives-screen.tsx";
import { NewInitiativeScreen } from "./new-initiative-screen.tsx";

const MEMORANDUM_ID = "0b4f3f0e-8f3c-4a53-9d7e-3f0a1c2b3d4e";
const ORGANIZATION_ID = "7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6";
const INITIATIVE_ID = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";

const REGIONS = [
  { code: "KZ-47", name: { kk: "Маңғыстау облысы", ru: "Мангистауская область", en: "Mangystau Region" } },
  { code: "KZ-79", name: { kk: "Шымкент", ru: "Шымкент", en: "Shymkent" } },
];
const MEMORANDUM = {
  id: MEMORANDUM_ID,
  number: "Ш-12",
  title: { en: "Shymkent inclusion memorandum" },
  reviewState: "signed",
  signedDate: "2025-03-14",
  parties: [
    { id: "p1", kind: "organization", organizationId: ORGANIZATION_ID, branchId: null, name: { en: "ORDA" } },
  ],
};

function meOf(role: TMe["user"]["role"], regionCodes: string[] = []): TMe {
  return {
    user: {
      id: "u1",
      email: "coordinator@example.kz",
      name: "Coordinator",
      role,
      regionCodes,
      organizationId: null,
      locale: "en",
      active: true,
      createdAt: "2025-01-01T00:00:00Z",
    },
    capabilities: {
      manageUsers: false,
      createBranch: false,
      createOrganization: false,
      createMemorandum: true,
      createInitiative: true,
      createPractice: true,
      createNews: true,
      readDrafts: true,
      readAudit: true,
    },
  };
}

interface Call {
  method: string;
  path: string;
  search: URLSearchParams;
  body: unknown;
}

/** A fake API: answers by `METHOD /path`, records every call. */
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
        search: url.searchParams,
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

const initiative = (overrides: Partial<TInitiative> = {}): TInitiative => ({
  id: INITIATIVE_ID,
  type: "round_table",
  title: { en: "Round table on inclusive schools" },
  description: null,
  outcome: null,
  startDate: "2025-04-10",
  endDate: null,
  regionCode: "KZ-79",
  reach: { children: 12, parents: 20, specialists: 5 },
  memorandumIds: [MEMORANDUM_ID],
  organizationIds: [],
  version: 3,
  createdAt: "2025-04-11T09:00:00Z",
  updatedAt: "2025-04-11T09:00:00Z",
  permissions: { update: true, delete: true },
  ...overrides,
});

const BASE_ROUTES = {
  "GET /api/regions": () => ({ body: { items: REGIONS } }),
  "GET /api/memoranda": () => ({ body: { items: [MEMORANDUM], total: 1, page: 1, perPage: 10 } }),
  [`GET /api/memoranda/${MEMORANDUM_ID}`]: () => ({ body: MEMORANDUM }),
  [`GET /api/initiatives/${INITIATIVE_ID}/attachments`]: () => ({ body: { items: [], canAttach: true } }),
};

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n("en");
});
beforeEach(() => vi.useRealTimers());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderNew(me: TMe) {
  return renderRoutes(i18n, "/initiatives/new", (root) => [
    createRoute({
      getParentRoute: () => root,
      path: "/initiatives/new",
      component: () => <NewInitiativeScreen me={me} />,
    }),
    createRoute({ getParentRoute: () => root, path: "/initiatives/$id", component: () => <p>opened</p> }),
    createRoute({ getParentRoute: () => root, path: "/initiatives", component: () => <p>list</p> }),
  ]);
}

function renderOne(me: TMe) {
  return renderRoutes(i18n, `/initiatives/${INITIATIVE_ID}`, (root) => [
    createRoute({
      getParentRoute: () => root,
      path: "/initiatives/$id",
      component: () => <InitiativeScreen id={INITIATIVE_ID} me={me} />,
    }),
    createRoute({ getParentRoute: () => root, path: "/initiatives", component: () => <p>list</p> }),
  ]);
}

const submit = async (name: string) => {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
};
/** The region select once the regions have arrived (a disabled placeholder stands in before). */
async function regionSelect(): Promise<HTMLSelectElement> {
  await waitFor(() => expect((screen.getByLabelText(/^Region/) as HTMLSelectElement).disabled).toBe(false));
  return screen.getByLabelText(/^Region/) as HTMLSelectElement;
}
const errorOf = (control: HTMLElement) =>
  (control.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent)
    .filter(Boolean)
    .join(" | ");

describe("initiative form", () => {
  it("checks the contract inline and sends nothing while it fails", async () => {
    const calls = fakeApi(BASE_ROUTES);
    await renderNew(meOf("coordinator", ["KZ-79"]));
    await submit("Save initiative");
    expect(screen.getByText("Fill in at least one language (Kazakh, Russian or English).")).toBeTruthy();
    expect(errorOf(screen.getByLabelText(/Start date/))).toContain("The date is not valid (YYYY-MM-DD).");
    expect(screen.getByText("Choose at least 1 items.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Start date/), { target: { value: "2025-04-10" } });
    fireEvent.change(screen.getByLabelText(/End date/), { target: { value: "2025-04-01" } });
    await submit("Save initiative");
    expect(errorOf(screen.getByLabelText(/End date/))).toContain(
      "The end date cannot be before the start date.",
    );
    expect(calls.filter((call) => call.method === "POST")).toEqual([]);
  });

  it("offers a coordinator only its own regions and sends the figures as numbers", async () => {
    const calls = fakeApi({
      ...BASE_ROUTES,
      "POST /api/initiatives": (call) => ({ status: 201, body: initiative({ ...(call.body as object) }) }),
    });
    const { router } = await renderNew(meOf("coordinator", ["KZ-79"]));
    const region = await regionSelect();
    expect([...region.options].map((option) => option.value)).toEqual(["", "KZ-79"]);
    expect(region.value).toBe("KZ-79"); // the only region is chosen already

    fireEvent.change(screen.getByLabelText("Title (English)"), { target: { value: "Sport day" } });
    fireEvent.change(screen.getByLabelText(/Type/), { target: { value: "sport_event" } });
    fireEvent.change(screen.getByLabelText(/Start date/), { target: { value: "2025-05-01" } });
    fireEvent.change(screen.getByLabelText(/Children/), { target: { value: "40" } });
    fireEvent.change(screen.getByLabelText(/Specialists/), { target: { value: "7" } });
    // The search offers the memoranda the API returned; adding one lists its partner organizations.
    fireEvent.click(await screen.findByRole("button", { name: "Add Shymkent inclusion memorandum" }));
    fireEvent.click(await screen.findByRole("checkbox", { name: "ORDA" }));
    expect(
      calls.some((call) => call.path === "/api/memoranda" && call.search.get("organization") === null),
    ).toBe(true);
    await submit("Save initiative");

    const posted = calls.find((call) => call.method === "POST")?.body;
    expect(posted).toEqual({
      type: "sport_event",
      title: { en: "Sport day" },
      description: null,
      outcome: null,
      startDate: "2025-05-01",
      endDate: null,
      regionCode: "KZ-79",
      reach: { children: 40, parents: 0, specialists: 7 },
      memorandumIds: [MEMORANDUM_ID],
      organizationIds: [ORGANIZATION_ID],
    });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/initiatives/${INITIATIVE_ID}`));
  });

  it("shows the API's refusal of a memorandum on the picker", async () => {
    fakeApi({
      ...BASE_ROUTES,
      "POST /api/initiatives": () => ({
        status: 400,
        body: {
          error: {
            code: "validation",
            message: "Invalid",
            details: [
              { path: "memorandumIds.0", code: "custom", message: "The referenced record does not exist." },
            ],
          },
        },
      }),
    });
    await renderNew(meOf("admin"));
    fireEvent.change(screen.getByLabelText("Title (English)"), { target: { value: "Sport day" } });
    fireEvent.change(screen.getByLabelText(/Start date/), { target: { value: "2025-05-01" } });
    fireEvent.change(await regionSelect(), { target: { value: "KZ-47" } });
    fireEvent.click(await screen.findByRole("button", { name: "Add Shymkent inclusion memorandum" }));
    await submit("Save initiative");
    expect(await screen.findByText("The referenced record does not exist.")).toBeTruthy();
  });

  it("narrows a partner's memorandum search to its organization, which stays ticked", async () => {
    const calls = fakeApi(BASE_ROUTES);
    const me = meOf("partner");
    me.user.organizationId = ORGANIZATION_ID;
    await renderNew(me);
    await waitFor(() => expect(calls.some((call) => call.path === "/api/memoranda")).toBe(true));
    expect(calls.find((call) => call.path === "/api/memoranda")?.search.get("organization")).toBe(
      ORGANIZATION_ID,
    );
    fireEvent.click(await screen.findByRole("button", { name: "Add Shymkent inclusion memorandum" }));
    const own = (await screen.findByRole("checkbox", { name: /ORDA/ })) as HTMLInputElement;
    expect(own.checked).toBe(true);
    expect(own.disabled).toBe(true);
  });
});

describe("initiative screen", () => {
  it("shows a read-only initiative without a form or a delete action", async () => {
    fakeApi({
      ...BASE_ROUTES,
      [`GET /api/initiatives/${INITIATIVE_ID}`]: () => ({
        body: initiative({ permissions: { update: false, delete: false } }),
      }),
      [`GET /api/initiatives/${INITIATIVE_ID}/attachments`]: () => ({
        body: { items: [], canAttach: false },
      }),
    });
    await renderOne(meOf("viewer"));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Round table on inclusive schools" }),
    ).toBeTruthy();
    expect(await screen.findByText("Shymkent inclusion memorandum")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Delete initiative" })).toBeNull();
    expect(screen.queryByLabelText(/^File/)).toBeNull(); // no upload without canAttach
  });

  it("saves with the version it read and deletes only after confirming", async () => {
    const calls = fakeApi({
      ...BASE_ROUTES,
      [`GET /api/initiatives/${INITIATIVE_ID}`]: () => ({ body: initiative() }),
      [`PATCH /api/initiatives/${INITIATIVE_ID}`]: (call) => ({
        body: initiative({ ...(call.body as object), version: 4 }),
      }),
      [`DELETE /api/initiatives/${INITIATIVE_ID}`]: () => ({ status: 204 }),
    });
    const { router } = await renderOne(meOf("coordinator", ["KZ-79"]));
    const parents = (await screen.findByLabelText(/Parents/)) as HTMLInputElement;
    expect(parents.value).toBe("20");
    fireEvent.change(parents, { target: { value: "25" } });
    await submit("Save");
    const patch = calls.find((call) => call.method === "PATCH")?.body as Record<string, unknown>;
    expect(patch).toMatchObject({ version: 3, reach: { children: 12, parents: 25, specialists: 5 } });

    await submit("Delete initiative");
    expect(calls.some((call) => call.method === "DELETE")).toBe(false);
    const dialog = document.querySelector("dialog[open]") as HTMLElement;
    expect(dialog.textContent).toContain("Delete the initiative «Round table on inclusive schools»?");
    await act(async () => {
      fireEvent.click(dialog.querySelector(".button--danger") as HTMLElement);
    });
    expect(calls.filter((call) => call.method === "DELETE").map((call) => call.path)).toEqual([
      `/api/initiatives/${INITIATIVE_ID}`,
    ]);
    await waitFor(() => expect(router.state.location.pathname).toBe("/initiatives"));
  });
});

describe("initiatives list", () => {
  function renderList(url: string, canCreate: boolean) {
    return renderRoutes(i18n, url, (root) => {
      const list = createRoute({
        getParentRoute: () => root,
        path: "/initiatives",
        ...listSearch(ZInitiativeListSearch),
        component: function List() {
          return (
            <InitiativesScreen search={list.useSearch() as InitiativeListSearch} canCreate={canCreate} />
          );
        },
      });
      return [list];
    });
  }

  it("keeps its filters in the URL, asks the API with them and shows the reach totals", async () => {
    const calls = fakeApi({
      ...BASE_ROUTES,
      "GET /api/initiatives": (call) => ({
        body: {
          items: call.search.get("region") === "KZ-79" ? [initiative()] : [],
          total: call.search.get("region") === "KZ-79" ? 1 : 0,
          page: 1,
          perPage: 20,
          reachTotals: { children: 1200, parents: 20, specialists: 5 },
        },
      }),
    });
    const { router } = await renderList("/initiatives?type=round_table", false);
    expect(await screen.findByText("No initiatives match the filters.")).toBeTruthy();
    expect(screen.queryByRole("link", { name: "New initiative" })).toBeNull();
    fireEvent.change(await screen.findByLabelText("Region"), { target: { value: "KZ-79" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    });
    expect(router.state.location.href).toBe("/initiatives?type=round_table&region=KZ-79");
    expect(await screen.findByRole("link", { name: "Round table on inclusive schools" })).toBeTruthy();
    expect(
      screen.getByText("1 initiative reached 1,200 children, 20 parents and 5 specialists."),
    ).toBeTruthy();
    const last = calls.filter((call) => call.path === "/api/initiatives").at(-1);
    expect(Object.fromEntries(last?.search ?? [])).toEqual({
      page: "1",
      perPage: "20",
      sort: "-date",
      type: "round_table",
      region: "KZ-79",
    });
  });

  it("says which memorandum narrows the list and can drop it", async () => {
    fakeApi({
      ...BASE_ROUTES,
      "GET /api/initiatives": () => ({
        body: { items: [initiative()], total: 1, page: 1, perPage: 20, reachTotals: initiative().reach },
      }),
    });
    const { router } = await renderList(`/initiatives?memorandum=${MEMORANDUM_ID}`, true);
    expect(
      await screen.findByText(/Showing the initiatives under the memorandum «Shymkent inclusion memorandum»/),
    ).toBeTruthy();
    expect(screen.getByRole("link", { name: "New initiative" })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("link", { name: "Show all initiatives" }));
    });
    expect(router.state.location.href).toBe("/initiatives");
  });
});
