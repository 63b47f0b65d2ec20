// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { listSearch } from "../../../lib/search-params.ts";
import { renderRoutes, testI18n } from "../../../test/test-providers.tsx";
import { type ServiceListSearch, ZServiceListSearch } from "../lib/partner-search.ts";
import { fakeApi } from "../test/fake-api.ts";
import { ServicesScreen } from "./services-screen.tsx";

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
      path: "/services",
      ...listSearch(ZServiceListSearch),
      component: () => <ServicesScreen search={list.useSearch() as ServiceListSearch} />,
    });
    return [list];
  });
}

const listQueries = (api: ReturnType<typeof fakeApi>) =>
  api.calls.filter((call) => call.path === "/api/services").map((call) => Object.fromEntries(call.query));

describe("the services list", () => {
  it("shows the age band and organization type of a coverage figure's list, and changes them", async () => {
    const api = fakeApi()
      .withRegions()
      .on("GET", /^\/api\/service-categories$/, () => ({ body: { items: [] } }))
      .on("GET", /^\/api\/services$/, () => ({ body: { items: [], total: 0, page: 1, perPage: 20 } }));
    const { router } = await renderList(
      "/services?region=%5B%22KZ-79%22%5D&ageBand=4_6&organizationType=%5B%22public_foundation%22%5D&status=active&organizationStatus=active",
    );
    await screen.findByText("No service matches the filter.");
    const value = (label: string) => (screen.getByLabelText(label) as HTMLSelectElement).value;
    expect(value("For ages")).toBe("4_6");
    expect(value("Organization type")).toBe("public_foundation");
    expect(listQueries(api).at(-1)).toMatchObject({
      region: "KZ-79",
      ageBand: "4_6",
      organizationType: "public_foundation",
      status: "active",
      organizationStatus: "active",
    });
    fireEvent.change(screen.getByLabelText("For ages"), { target: { value: "13_17" } });
    fireEvent.change(screen.getByLabelText("Organization type"), { target: { value: "" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    });
    await waitFor(() => expect(listQueries(api).at(-1)?.ageBand).toBe("13_17"));
    expect(listQueries(api).at(-1)?.organizationType).toBeUndefined();
    expect(router.state.location.search).toMatchObject({ ageBand: "13_17", organizationStatus: "active" });
  });
});
