// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { TService } from "../../../../shared/contracts/services.ts";
import { renderRoutes, testI18n } from "../../../test/test-providers.tsx";
import { fakeApi, location, organization, service } from "../test/fake-api.ts";
import { ServiceScreen } from "./service-screen.tsx";

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n("en");
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ID = service().id;

function serve(record: TService) {
  let current = record;
  const api = fakeApi()
    .withRegions()
    .on("GET", /^\/api\/services\/[\w-]+$/, () => ({ body: current }))
    .on("GET", /^\/api\/organizations\/[\w-]+$/, () => ({ body: organization() }))
    .on("GET", /^\/api\/organizations\/[\w-]+\/locations$/, () => ({
      body: { items: [location()], total: 1, page: 1, perPage: 100 },
    }))
    .on("GET", /^\/api\/service-categories$/, () => ({
      body: { items: [{ code: "assessment", name: { en: "Assessment (PMPK)" }, sortOrder: 1 }] },
    }))
    .on("PATCH", /^\/api\/services\/[\w-]+$/, (call) => {
      current = { ...current, ...call.body, version: current.version + 1 };
      return { body: current };
    });
  return api;
}

const renderService = () =>
  renderRoutes(i18n, `/services/${ID}`, (root) => [
    createRoute({
      getParentRoute: () => root,
      path: "/services/$id",
      component: () => <ServiceScreen id={ID} />,
    }),
  ]);

describe("a service's screen", () => {
  it("saves a changed field with the version it read and shows it saved", async () => {
    const api = serve(service());
    await renderService();
    await screen.findByRole("heading", { level: 1, name: "Speech therapy" });
    const capacity = (await screen.findByLabelText(/^Places/)) as HTMLInputElement;
    expect(capacity.value).toBe("10");
    // The record's values are selected from the start, not the lists' first options.
    expect((screen.getByLabelText(/^Status/) as HTMLSelectElement).value).toBe("active");
    fireEvent.change(capacity, { target: { value: "12" } });
    fireEvent.click(screen.getByLabelText("1 Tauke Khan Avenue, Shymkent"));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save" }));
    });
    await waitFor(() => expect(api.writes()).toHaveLength(1));
    expect(api.writes()[0]?.body).toEqual({ capacity: 12, locationIds: [location().id], version: 5 });
    expect(await screen.findByText("The service has been saved.")).toBeTruthy();
    // Saved: the next change is checked against the new version.
    fireEvent.change(capacity, { target: { value: "14" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save" }));
    });
    await waitFor(() => expect(api.writes()).toHaveLength(2));
    expect(api.writes()[1]?.body).toEqual({ capacity: 14, version: 6 });
  });

  it("checks the age range inline with the contract's message and sends nothing", async () => {
    const api = serve(service());
    await renderService();
    const min = (await screen.findByLabelText(/^Minimum age/)) as HTMLInputElement;
    fireEvent.change(min, { target: { value: "9" } });
    fireEvent.blur(min);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save" }));
    });
    expect(await screen.findByText("The maximum age cannot be less than the minimum age.")).toBeTruthy();
    expect(api.writes()).toEqual([]);
  });

  it("shows the service read-only, without verify or delete, to those who may not change it", async () => {
    serve(service({ permissions: { update: false, delete: false, verify: false } }));
    await renderService();
    await screen.findByRole("heading", { level: 1, name: "Speech therapy" });
    expect(await screen.findByText("3–7 years")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Mark verified" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Delete the service" })).toBeNull();
    expect(screen.getByText("Never verified")).toBeTruthy();
  });
});
