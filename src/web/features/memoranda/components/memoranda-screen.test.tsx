// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { listSearch } from "../../../lib/search-params.ts";
import { renderRoutes, testI18n } from "../../../test/test-providers.tsx";
import { type MemorandumListSearch, ZMemorandumListSearch } from "../api/memoranda.api.ts";
import { MemorandaScreen } from "./memoranda-screen.tsx";

const ORDA = "22222222-1d2a-4b7c-9e0f-0a1b2c3d4e5f";

let i18n: I18n;
let queries: URLSearchParams[] = [];

beforeAll(async () => {
  i18n = await testI18n("en");
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  queries = [];
});

function stubApi() {
  vi.stubGlobal("fetch", async (input: string) => {
    const url = new URL(input, "http://localhost");
    let body: unknown = {};
    if (url.pathname === "/api/regions") body = { items: [{ code: "KZ-79", name: { en: "Shymkent" } }] };
    if (url.pathname === `/api/organizations/${ORDA}`) body = { id: ORDA, name: { en: "ORDA parents" } };
    if (url.pathname === "/api/memoranda") {
      queries.push(url.searchParams);
      body = {
        items: [
          {
            id: "m1",
            number: "12/2025",
            title: { en: "Memorandum with ORDA" },
            scopeAreas: [],
            reviewState: "signed",
            lifecycle: "expiring",
            signedDate: "2025-03-14",
            startDate: "2025-03-14",
            endDate: "2025-05-01",
            parentId: null,
            relation: null,
            parties: [
              { id: "p1", kind: "organization", name: { en: "ORDA parents" }, regionCode: null },
              { id: "p2", kind: "branch", name: { en: "Shymkent city branch" }, regionCode: "KZ-79" },
            ],
            version: 1,
            updatedAt: "2025-03-14T00:00:00Z",
            permissions: {},
          },
        ],
        total: 41,
        page: Number(url.searchParams.get("page") ?? 1),
        perPage: 20,
      };
    }
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  });
}

function renderList(url: string) {
  return renderRoutes(i18n, url, (root) => {
    const list = createRoute({
      getParentRoute: () => root,
      path: "/memoranda",
      ...listSearch(ZMemorandumListSearch),
      component: function List() {
        return <MemorandaScreen search={list.useSearch() as MemorandumListSearch} canCreate={false} />;
      },
    });
    return [list];
  });
}

describe("the memoranda list", () => {
  it("asks the API for the filters and page in the URL, and shows the rows", async () => {
    stubApi();
    await renderList(`/memoranda?page=2&lifecycle=expiring&reviewState=signed&organization=${ORDA}`);
    await screen.findByRole("link", { name: "Memorandum with ORDA" });
    const query = queries.at(-1);
    expect(Object.fromEntries(query ?? [])).toEqual({
      page: "2",
      perPage: "20",
      lifecycle: "expiring",
      reviewState: "signed",
      organization: ORDA,
      sort: "-createdAt",
    });
    expect(screen.getByRole("cell", { name: "Shymkent city branch and ORDA parents" })).toBeTruthy();
    expect(screen.getByText("Expiring")).toBeTruthy();
    expect(screen.getByText("21–40 of 41")).toBeTruthy();
    // The chosen party is shown by name, with a way to clear it.
    expect(await screen.findByText("ORDA parents", { selector: ".party-filter__chosen span" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "New memorandum" })).toBeNull();
  });

  it("writes new filters into the URL as plain text and goes back to page 1", async () => {
    stubApi();
    const { router } = await renderList("/memoranda?page=3");
    await screen.findByRole("link", { name: "Memorandum with ORDA" });
    fireEvent.change(screen.getByLabelText("Review stage"), { target: { value: "in_review" } });
    fireEvent.change(screen.getByLabelText("Region"), { target: { value: "KZ-79" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    });
    await waitFor(() =>
      expect(router.state.location.href).toBe("/memoranda?region=KZ-79&reviewState=in_review"),
    );
    await waitFor(() => expect(queries.at(-1)?.get("reviewState")).toBe("in_review"));
    expect(queries.at(-1)?.get("page")).toBe("1");
  });

  it("shows the memoranda behind the dashboard's active figure: in force today or during a period", async () => {
    stubApi();
    const { router } = await renderList(
      "/memoranda?region=KZ-79&reviewState=signed&activeFrom=2026-01-01&activeTo=2026-03-31",
    );
    await screen.findByRole("link", { name: "Memorandum with ORDA" });
    expect(Object.fromEntries(queries.at(-1) ?? [])).toMatchObject({
      region: "KZ-79",
      reviewState: "signed",
      activeFrom: "2026-01-01",
      activeTo: "2026-03-31",
    });
    const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;
    expect(value("In force during: from")).toBe("2026-01-01");
    expect(value("In force during: to")).toBe("2026-03-31");
    fireEvent.change(screen.getByLabelText("In force during: from"), { target: { value: "" } });
    fireEvent.change(screen.getByLabelText("In force during: to"), { target: { value: "" } });
    fireEvent.change(screen.getByLabelText("Status in force"), { target: { value: "active,expiring" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    });
    await waitFor(() => expect(queries.at(-1)?.get("lifecycle")).toBe("active,expiring"));
    expect(router.state.location.search).toEqual({
      region: "KZ-79",
      reviewState: "signed",
      lifecycle: "active,expiring",
    });
    expect(queries.at(-1)?.get("activeFrom")).toBeNull();
    expect(value("Status in force")).toBe("active,expiring");
  });
});
