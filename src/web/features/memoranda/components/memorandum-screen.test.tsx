// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { TMemorandum } from "../../../../shared/contracts/memoranda.ts";
import { renderRoutes, testI18n } from "../../../test/test-providers.tsx";
import {
  BRANCH_PARTY,
  type Call,
  COORDINATOR,
  ID,
  memorandum,
  NO_PERMISSIONS,
  PARTNER_PARTY,
  stubMemorandumApi,
} from "../test/memorandum-fixtures.ts";
import { MemorandumScreen } from "./memorandum-screen.tsx";

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

const stubApi = (record: TMemorandum, writeAnswer?: (call: Call) => unknown) =>
  stubMemorandumApi(calls, record, writeAnswer);
const NONE = NO_PERMISSIONS;
const ME = COORDINATOR;

async function renderScreen() {
  const view = await renderRoutes(i18n, `/memoranda/${ID}`, (root) => [
    createRoute({
      getParentRoute: () => root,
      path: "/memoranda/$id",
      component: () => <MemorandumScreen id={ID} me={ME} />,
    }),
  ]);
  await screen.findByRole("heading", { level: 1, name: "Memorandum with ORDA" });
  return view;
}

const writes = () => calls.filter((call) => call.method !== "GET");

describe("the memorandum screen", () => {
  it("offers nothing to change when the record's permissions allow nothing", async () => {
    stubApi(memorandum({ reviewState: "signed", lifecycle: "active", signedDate: "2025-03-14" }));
    await renderScreen();
    expect(screen.getByRole("columnheader", { name: "Signatory" })).toBeTruthy();
    expect(screen.getByRole("rowheader", { name: "ORDA parents" })).toBeTruthy();
    expect(screen.getByText("Hold a round table")).toBeTruthy();
    await screen.findByText("Draft created: «Memorandum with ORDA»");
    await screen.findByText("There is no news post about this memorandum.");
    expect(screen.queryAllByRole("button").map((button) => button.textContent)).toEqual([]);
    expect(screen.queryByRole("form", { name: "Upload" })).toBeNull();
  });

  it("moves a draft to review with the version it read", async () => {
    stubApi(
      memorandum({
        permissions: {
          ...NONE,
          update: true,
          delete: true,
          transitions: ["in_review"],
          manageCommitments: true,
        },
      }),
    );
    await renderScreen();
    expect(screen.getByRole("link", { name: "Edit" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Delete the draft" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Approve" })).toBeNull();
    expect(screen.getAllByRole("button", { name: /^Add a commitment/ })).toHaveLength(2);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Send for review" }));
    });
    await waitFor(() =>
      expect(writes()).toEqual([
        { method: "POST", path: `/api/memoranda/${ID}/transitions`, body: { to: "in_review", version: 3 } },
      ]),
    );
  });

  it("signs only with a date, a place and a signatory for every party", async () => {
    stubApi(
      memorandum({ reviewState: "approved", permissions: { ...NONE, transitions: ["in_review", "signed"] } }),
    );
    await renderScreen();
    fireEvent.click(screen.getByRole("button", { name: "Record the signing" }));
    const dialog = await screen.findByRole("dialog", { name: "Record the signing" });
    const partner = within(dialog).getByRole("group", { name: "ORDA parents" });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Mark as signed" }));
    });
    expect(
      within(partner)
        .getByLabelText(/Signatory/)
        .getAttribute("aria-invalid"),
    ).toBe("true");
    expect(writes()).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText(/Date of signing/), { target: { value: "2025-03-14" } });
    fireEvent.change(within(dialog).getByLabelText("Place of signing (English)"), {
      target: { value: "Shymkent" },
    });
    fireEvent.change(within(partner).getByLabelText(/Signatory/), { target: { value: "Дана Ержанқызы" } });
    fireEvent.change(within(partner).getByLabelText("Position"), { target: { value: "Director" } });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Mark as signed" }));
    });
    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(writes()[0]).toEqual({
      method: "POST",
      path: `/api/memoranda/${ID}/transitions`,
      body: {
        to: "signed",
        version: 3,
        signedDate: "2025-03-14",
        signedPlace: { en: "Shymkent" },
        signatories: [
          { partyId: BRANCH_PARTY, signatoryName: "Айгүл Сейітова", signatoryPosition: "Chair" },
          { partyId: PARTNER_PARTY, signatoryName: "Дана Ержанқызы", signatoryPosition: "Director" },
        ],
      },
    });
  });

  it("terminates only after confirming, with a reason", async () => {
    stubApi(
      memorandum({
        reviewState: "signed",
        lifecycle: "active",
        signedDate: "2025-03-14",
        permissions: { ...NONE, terminate: true, renew: true, amend: true, manageCommitments: true },
      }),
    );
    await renderScreen();
    fireEvent.click(screen.getByRole("button", { name: "Terminate early" }));
    const dialog = await screen.findByRole("dialog", { name: "Terminate the memorandum early?" });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Terminate early" }));
    });
    expect(within(dialog).getByLabelText("Reason for termination").getAttribute("aria-invalid")).toBe("true");
    expect(writes()).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText("Reason for termination"), {
      target: { value: "The centre closed" },
    });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Terminate early" }));
    });
    await waitFor(() =>
      expect(writes()).toEqual([
        {
          method: "POST",
          path: `/api/memoranda/${ID}/terminate`,
          body: { reason: "The centre closed", version: 3 },
        },
      ]),
    );
  });
});
