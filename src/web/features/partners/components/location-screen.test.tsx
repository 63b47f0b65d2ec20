// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { projectPoint, type TLocationMap } from "../../../../shared/contracts/location-map.ts";
import { renderRoutes, testI18n } from "../../../test/test-providers.tsx";
import { fakeApi, location, organization } from "../test/fake-api.ts";
import { LocationScreen } from "./location-screen.tsx";

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n("en");
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const MAP: TLocationMap = {
  width: 1000,
  height: 552,
  projection: { minLon: 46.49, maxLat: 55.44, kx: 0.68, scale: 35.6, padding: 8 },
  regions: [
    { code: "KZ-47", d: "M10 300l100 0l0 100l-100 0z", anchor: { x: 60, y: 350 } },
    { code: "KZ-79", d: "M600 450l40 0l0 40l-40 0z", anchor: { x: 620, y: 470 } },
  ],
};
const partner = organization({ regionsServed: ["KZ-79"] });

function serve() {
  return fakeApi()
    .withRegions()
    .on("GET", /^\/api\/organizations\/[\w-]+$/, () => ({ body: partner }))
    .on("GET", /^\/api\/location-map$/, () => ({ body: MAP }))
    .on("POST", /^\/api\/organizations\/[\w-]+\/locations$/, (call) => ({
      status: 201,
      body: location({ ...call.body }),
    }));
}

const pinTransform = () => document.querySelector(".pin-map__pin")?.getAttribute("transform") ?? null;

describe("adding a place with its map pin", () => {
  it("draws the pin where the typed coordinates are, reads a decimal comma and posts numbers", async () => {
    const api = serve();
    const { router } = await renderRoutes(i18n, `/partners/${partner.id}/locations/new`, (root) => [
      createRoute({
        getParentRoute: () => root,
        path: "/partners/$id/locations/new",
        component: () => <LocationScreen organizationId={partner.id} />,
      }),
      createRoute({
        getParentRoute: () => root,
        path: "/partners/$id",
        component: () => <p>partner page</p>,
      }),
    ]);
    await screen.findByRole("heading", { level: 1, name: "Add a place" });
    // The organization's region is the first guess, outlined on the map.
    const region = (await screen.findByLabelText(/^Region/)) as HTMLSelectElement;
    await waitFor(() => expect(region.value).toBe("KZ-79"));
    await waitFor(() => expect(document.querySelector(".pin-map__region--chosen")).not.toBeNull());
    expect(pinTransform()).toBeNull();
    expect(screen.getByRole("img").textContent).toContain("the place has no pin yet");

    fireEvent.change(screen.getByLabelText("Town or village (English)"), { target: { value: "Shymkent" } });
    fireEvent.change(screen.getByLabelText("Address (English)"), {
      target: { value: "1 Tauke Khan Avenue" },
    });
    fireEvent.change(screen.getByLabelText("Latitude"), { target: { value: "42,3417" } });
    fireEvent.change(screen.getByLabelText("Longitude"), { target: { value: "69.5901" } });
    const expected = projectPoint(MAP.projection, 69.5901, 42.3417);
    await waitFor(() => expect(pinTransform()).toBe(`translate(${expected.x} ${expected.y})`));
    expect(screen.getByRole("img").textContent).toContain("pin at latitude 42.342, longitude 69.59");

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save" }));
    });
    await waitFor(() => expect(api.writes()).toHaveLength(1));
    expect(api.writes()[0]?.body).toEqual({
      name: null,
      regionCode: "KZ-79",
      locality: { en: "Shymkent" },
      address: { en: "1 Tauke Khan Avenue" },
      postalCode: null,
      latitude: 42.3417,
      longitude: 69.5901,
    });
    await screen.findByText("partner page");
    expect(router.state.location.pathname).toBe(`/partners/${partner.id}`);
  });

  it("refuses coordinates outside the globe with the contract's message and can drop the pin", async () => {
    const api = serve();
    await renderRoutes(i18n, `/partners/${partner.id}/locations/new`, (root) => [
      createRoute({
        getParentRoute: () => root,
        path: "/partners/$id/locations/new",
        component: () => <LocationScreen organizationId={partner.id} />,
      }),
    ]);
    const latitude = (await screen.findByLabelText("Latitude")) as HTMLInputElement;
    fireEvent.change(latitude, { target: { value: "142" } });
    fireEvent.blur(latitude);
    expect(await screen.findByText("Must be at most 90.")).toBeTruthy();
    fireEvent.change(latitude, { target: { value: "42.3" } });
    fireEvent.change(screen.getByLabelText("Longitude"), { target: { value: "69.6" } });
    await waitFor(() => expect(pinTransform()).not.toBeNull());
    fireEvent.click(screen.getByRole("button", { name: "Remove the pin" }));
    await waitFor(() => expect(pinTransform()).toBeNull());
    expect(latitude.value).toBe("");
    expect(api.writes()).toEqual([]);
  });
});
