// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { binCheckDigit } from "../../../../shared/bin.ts";
import { renderRoutes, testI18n } from "../../../test/test-providers.tsx";
import { fakeApi, organization } from "../test/fake-api.ts";
import { EditPartnerScreen } from "./edit-partner-screen.tsx";

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n("en");
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const ID = organization().id;

function renderEdit() {
  return renderRoutes(i18n, `/partners/${ID}/edit`, (root) => [
    createRoute({
      getParentRoute: () => root,
      path: "/partners/$id/edit",
      component: () => <EditPartnerScreen id={ID} />,
    }),
    createRoute({ getParentRoute: () => root, path: "/partners/$id", component: () => <p>partner page</p> }),
  ]);
}

const validBin = () => {
  const first11 = "18044000123";
  return `${first11}${binCheckDigit(first11)}`;
};

describe("editing a partner's profile", () => {
  it("lets its own partner change contacts, hides publication and sends only what changed", async () => {
    const own = organization({ permissions: { update: true, delete: false, verify: false, merge: false } });
    const api = fakeApi()
      .withRegions()
      .on("GET", /^\/api\/organizations\/[\w-]+$/, () => ({ body: own }))
      .on("PATCH", /^\/api\/organizations\/[\w-]+$/, (call) => ({
        body: { ...own, ...call.body, version: own.version + 1 },
      }));
    const { router } = await renderEdit();
    await screen.findByRole("heading", { level: 1, name: "Edit Amazing kids centre" });
    console.log(
      "TYPE",
      (screen.getByLabelText(/^Type/) as HTMLSelectElement).value,
      (screen.getByLabelText(/^Level/) as HTMLSelectElement).value,
    );
    // Publication is the admin's decision: the partner does not see the switch.
    expect(screen.queryByLabelText(/Published in the directory/)).toBeNull();

    const bin = screen.getByLabelText("BIN");
    fireEvent.change(bin, {
      target: { value: `${validBin().slice(0, 11)}${(Number(validBin()[11]) + 1) % 10}` },
    });
    fireEvent.blur(bin);
    expect(await screen.findByText("The BIN check digit does not match — check the number.")).toBeTruthy();
    expect(bin.getAttribute("aria-invalid")).toBe("true");
    fireEvent.change(bin, { target: { value: validBin() } });
    await waitFor(() => expect(bin.getAttribute("aria-invalid")).toBeNull());

    fireEvent.change(screen.getByLabelText("Phone"), { target: { value: "+7 701 000 00 00" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save" }));
    });
    await waitFor(() => expect(api.writes()).toHaveLength(1));
    expect(api.writes()[0]).toMatchObject({
      method: "PATCH",
      path: `/api/organizations/${ID}`,
      body: { bin: validBin(), phone: "+7 701 000 00 00", version: 3 },
    });
    expect(Object.keys(api.writes()[0]?.body).sort()).toEqual(["bin", "phone", "version"]);
    await screen.findByText("partner page");
    expect(router.state.location.pathname).toBe(`/partners/${ID}`);
  });

  it("shows the server's message when someone else saved first, and stays on the form", async () => {
    const admin = organization();
    fakeApi()
      .withRegions()
      .on("GET", /^\/api\/organizations\/[\w-]+$/, () => ({ body: admin }))
      .on("PATCH", /^\/api\/organizations\/[\w-]+$/, () => ({
        status: 409,
        body: { error: { code: "version_conflict", message: "Someone else changed this record first." } },
      }));
    const { router } = await renderEdit();
    await screen.findByRole("heading", { level: 1, name: "Edit Amazing kids centre" });
    const published = screen.getByLabelText(/Published in the directory/) as HTMLInputElement;
    expect(published.checked).toBe(true);
    fireEvent.click(published);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save" }));
    });
    expect(await screen.findByText("Someone else changed this record first.")).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/partners/${ID}/edit`);
  });

  it("says so instead of showing a form to someone who may not change the organization", async () => {
    fakeApi()
      .withRegions()
      .on("GET", /^\/api\/organizations\/[\w-]+$/, () => ({
        body: organization({ permissions: { update: false, delete: false, verify: false, merge: false } }),
      }));
    await renderEdit();
    expect(await screen.findByText("You do not have access to this section")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
  });
});
