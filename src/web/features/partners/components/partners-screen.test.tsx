// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { listSearch } from "../../../lib/search-params.ts";
import { renderRoutes, testI18n } from "../../../test/test-providers.tsx";
import { type PartnerListSearch, ZPartnerListSearch } from "../lib/partner-search.ts";
import { fakeApi, organization } from "../test/fake-api.ts";
import { PartnersScreen } from "./partners-screen.tsx";

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n("en");
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderList(url: string) {
  return renderRoutes(i18n, url, (root) => {
    const list = createRoute({
      getParentRoute: () => root,
      path: "/partners",
      ...listSearch(ZPartnerListSearch),
      component: () => <PartnersScreen search={list.useSearch() as PartnerListSearch} canCreate={false} />,
    });
    return [list];
  });
}

function serveList() {
  return fakeApi()
    .withRegions()
    .on("GET", /^\/api\/organizations$/, (call) => ({
      body: {
        items:
          call.query.get("verified") === "true"
            ? [organization({ lastVerifiedAt: "2025-03-14T09:00:00Z" })]
            : [],
        total: call.query.get("verified") === "true" ? 1 : 0,
        page: Number(call.query.get("page") ?? 1),
        perPage: 20,
      },
    }));
}

const listCalls = (api: ReturnType<typeof fakeApi>) =>
  api.calls.filter((call) => call.path === "/api/organizations").map((call) => call.query.toString());

describe("the partners list", () => {
  it("writes its filters to the URL and asks the API with them", async () => {
    const api = serveList();
    const { router } = await renderList("/partners?page=2");
    expect(await screen.findByText("No organization matches the filter.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Regions served"), { target: { value: "KZ-79" } });
    fireEvent.change(screen.getByLabelText("Type"), { target: { value: "parents_association" } });
    fireEvent.change(screen.getByLabelText("Verification"), { target: { value: "true" } });
    fireEvent.change(screen.getByLabelText("Name or BIN"), { target: { value: "180440001235" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    });
    await screen.findByRole("link", { name: "Amazing kids centre" });
    // A new filter starts again from page 1.
    expect(router.state.location.search).toEqual({
      q: "180440001235",
      region: ["KZ-79"],
      type: ["parents_association"],
      verified: true,
    });
    expect(listCalls(api).at(-1)).toBe(
      "q=180440001235&region=KZ-79&type=parents_association&verified=true&page=1&perPage=20&sort=name",
    );
    expect(screen.getByText(/^(14 Mar 2025|Mar 14, 2025)$/)).toBeTruthy();
  });

  it("reads the filters back from a shared URL, a number-like search and a boolean included", async () => {
    const api = serveList();
    await renderList("/partners?q=180440001235&verified=true&region=%5B%22KZ-79%22%5D");
    await screen.findByRole("link", { name: "Amazing kids centre" });
    expect((screen.getByLabelText("Name or BIN") as HTMLInputElement).value).toBe("180440001235");
    expect((screen.getByLabelText("Verification") as HTMLSelectElement).value).toBe("true");
    expect((screen.getByLabelText("Regions served") as HTMLSelectElement).value).toBe("KZ-79");
    await waitFor(() => expect(listCalls(api).at(-1)).toContain("verified=true"));
    expect(listCalls(api).at(-1)).toContain("q=180440001235");
  });

  it("lists the partners behind a coverage figure: by where their services are, of a kind and age", async () => {
    const api = serveList().on("GET", /^\/api\/service-categories$/, () => ({
      body: {
        items: [
          { code: "speech_therapy", name: { en: "Speech therapy" }, sortOrder: 1 },
          { code: "assessment", name: { en: "Assessment" }, sortOrder: 2 },
        ],
      },
    }));
    const { router } = await renderList(
      "/partners?serviceRegion=%5B%22KZ-79%22%5D&category=%5B%22speech_therapy%22%5D&ageBand=0_3&type=%5B%22public_foundation%22%5D&status=active",
    );
    await screen.findByText("No organization matches the filter.");
    await screen.findByRole("option", { name: "Speech therapy" });
    const value = (label: string) => (screen.getByLabelText(label) as HTMLSelectElement).value;
    expect(value("Services located in")).toBe("KZ-79");
    expect(value("Offers services of kind")).toBe("speech_therapy");
    expect(value("Services for ages")).toBe("0_3");
    expect(value("Regions served")).toBe("");
    expect(Object.fromEntries(new URLSearchParams(listCalls(api).at(-1)))).toEqual({
      serviceRegion: "KZ-79",
      category: "speech_therapy",
      ageBand: "0_3",
      type: "public_foundation",
      status: "active",
      page: "1",
      perPage: "20",
      sort: "name",
    });
    fireEvent.change(screen.getByLabelText("Offers services of kind"), { target: { value: "assessment" } });
    fireEvent.change(screen.getByLabelText("Services for ages"), { target: { value: "" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    });
    expect(router.state.location.search).toEqual({
      serviceRegion: ["KZ-79"],
      category: ["assessment"],
      type: ["public_foundation"],
      status: "active",
    });
    await waitFor(() => expect(listCalls(api).at(-1)).toContain("category=assessment"));
    expect(listCalls(api).at(-1)).not.toContain("ageBand");
  });
});
