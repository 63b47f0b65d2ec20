// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { renderRoutes, testI18n } from "../../../test/test-providers.tsx";
import { fakeApi, organization } from "../test/fake-api.ts";
import { MergePartnerScreen } from "./merge-partner-screen.tsx";

let i18n: I18n;
beforeAll(async () => {
  i18n = await testI18n("en");
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const kept = organization({ name: { en: "ORDA parents' association" }, bin: "180440001235", version: 7 });
const duplicate = organization({
  id: "44444444-4444-4444-8444-444444444444",
  name: { en: "ORDA (duplicate)" },
  email: null,
  phone: "+7 701 111 11 11",
});

describe("merging a duplicate", () => {
  it("compares the two, confirms with a summary, sends the kept version and says what moved", async () => {
    const api = fakeApi()
      .withRegions()
      .on("GET", /^\/api\/organizations\/[\w-]+$/, () => ({ body: kept }))
      .on("GET", /^\/api\/organizations$/, () => ({
        // The kept organization itself is among the matches; it is never offered.
        body: { items: [kept, duplicate], total: 2, page: 1, perPage: 10 },
      }))
      .on("POST", /^\/api\/organizations\/[\w-]+\/merge$/, () => ({
        body: {
          organization: { ...kept, version: 8 },
          moved: {
            services: 2,
            locations: 1,
            memorandumParties: 1,
            initiatives: 0,
            practices: 0,
            users: 0,
            newsLinks: 0,
            reports: 0,
          },
        },
      }));
    await renderRoutes(i18n, `/partners/${kept.id}/merge`, (root) => [
      createRoute({
        getParentRoute: () => root,
        path: "/partners/$id/merge",
        component: () => <MergePartnerScreen id={kept.id} />,
      }),
    ]);
    await screen.findByRole("heading", {
      level: 1,
      name: "Merge a duplicate into «ORDA parents' association»",
    });
    const choices = await screen.findAllByRole("radio");
    expect(choices).toHaveLength(1);
    fireEvent.click(screen.getByLabelText(/ORDA \(duplicate\)/));
    const comparison = screen.getByRole("table", { name: "The two organizations compared" });
    expect(within(comparison).getByRole("row", { name: /Phone/ }).textContent).toContain("+7 701 111 11 11");

    fireEvent.click(screen.getByRole("button", { name: "Merge" }));
    const dialog = screen.getByRole("dialog", {
      name: "Merge «ORDA (duplicate)» into «ORDA parents' association»?",
    });
    expect(dialog.textContent).toContain(
      "«ORDA (duplicate)» is archived with a pointer to «ORDA parents' association»",
    );
    expect(api.writes()).toEqual([]);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Merge" }));
    });
    await waitFor(() => expect(api.writes()).toHaveLength(1));
    expect(api.writes()[0]).toMatchObject({
      path: `/api/organizations/${kept.id}/merge`,
      body: { duplicateId: duplicate.id, version: 7 },
    });
    const moved = await screen.findByTestId("merge-moved");
    expect([...moved.querySelectorAll("li")].map((item) => item.textContent)).toEqual([
      "2 services",
      "1 place",
      "1 memorandum party",
    ]);
  });
});
