// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { TMemorandum } from "../../../../shared/contracts/memoranda.ts";
import { renderRoutes, testI18n } from "../../../test/test-providers.tsx";
import {
  BRANCH,
  type Call,
  COORDINATOR,
  ID,
  memorandum,
  NO_PERMISSIONS,
  ORDA,
  stubMemorandumApi,
} from "../test/memorandum-fixtures.ts";
import { EditMemorandumScreen } from "./edit-memorandum-screen.tsx";
import { MemorandumScreen } from "./memorandum-screen.tsx";

const AMENDMENT = "77777777-1d2a-4b7c-9e0f-0a1b2c3d4e5f";

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

const writes = () => calls.filter((call) => call.method !== "GET");

function renderAt(url: string) {
  return renderRoutes(i18n, url, (root) => [
    createRoute({
      getParentRoute: () => root,
      path: "/memoranda/$id",
      component: function One() {
        return <MemorandumScreen id={ID} me={COORDINATOR} />;
      },
    }),
    createRoute({
      getParentRoute: () => root,
      path: "/memoranda/$id/edit",
      component: function Edit() {
        return <EditMemorandumScreen id={ID} me={COORDINATOR} />;
      },
    }),
    createRoute({ getParentRoute: () => root, path: "/memoranda/$id/x", component: () => null }),
  ]);
}

function withCommitmentRights(
  record: TMemorandum,
  rights: TMemorandum["commitments"][number]["permissions"],
) {
  return { ...record, commitments: record.commitments.map((c) => ({ ...c, permissions: rights })) };
}

describe("changing a memorandum", () => {
  it("completes a commitment, and lets a partner report only its progress", async () => {
    stubMemorandumApi(
      calls,
      withCommitmentRights(memorandum({ reviewState: "signed" }), {
        update: false,
        delete: false,
        updateProgress: true,
      }),
    );
    await renderAt(`/memoranda/${ID}`);
    const complete = await screen.findByRole("button", { name: /^Mark done\W+Hold a round table$/ });
    await act(async () => {
      fireEvent.click(complete);
    });
    await waitFor(() =>
      expect(writes()[0]).toEqual({
        method: "PATCH",
        path: "/api/commitments/c1",
        body: { status: "done", version: 1 },
      }),
    );
    expect(screen.queryByRole("button", { name: /^Delete/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: /^Edit\W+Hold a round table$/ }));
    const dialog = await screen.findByRole("dialog", { name: "Edit the commitment" });
    expect(within(dialog).queryByLabelText(/Owner party/)).toBeNull();
    fireEvent.change(within(dialog).getByLabelText(/Status/), { target: { value: "in_progress" } });
    fireEvent.change(within(dialog).getByLabelText("Evidence"), { target: { value: "Agenda agreed" } });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Save" }));
    });
    await waitFor(() => expect(writes()).toHaveLength(2));
    expect(writes()[1]?.body).toEqual({ status: "in_progress", evidence: "Agenda agreed", version: 1 });
  });

  it("drafts an amendment linked to a memorandum in force and opens it", async () => {
    const record = memorandum({
      reviewState: "signed",
      lifecycle: "active",
      permissions: { ...NO_PERMISSIONS, amend: true, renew: true, terminate: true },
    });
    stubMemorandumApi(calls, record, (call) =>
      call.path.endsWith("/amendments") ? { ...record, id: AMENDMENT } : record,
    );
    const { router } = await renderAt(`/memoranda/${ID}`);
    fireEvent.click(await screen.findByRole("button", { name: "Draft an amendment" }));
    const dialog = await screen.findByRole("dialog", { name: "Amendment to the memorandum" });
    fireEvent.change(within(dialog).getByLabelText("Title (English)"), {
      target: { value: "Amendment: adaptive sport" },
    });
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Create the amendment draft" }));
    });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/memoranda/${AMENDMENT}`));
    expect(writes()).toEqual([
      {
        method: "POST",
        path: `/api/memoranda/${ID}/amendments`,
        body: { title: { en: "Amendment: adaptive sport" } },
      },
    ]);
  });

  it("saves an edited draft with the version it read, never touching the signing data", async () => {
    stubMemorandumApi(calls, memorandum({ permissions: { ...NO_PERMISSIONS, update: true } }));
    const { router } = await renderAt(`/memoranda/${ID}/edit`);
    const number = await screen.findByLabelText("Number");
    fireEvent.change(number, { target: { value: "17/2025" } });
    fireEvent.change(screen.getByLabelText("End date"), { target: { value: "2027-03-13" } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Save" }));
    });
    await waitFor(() => expect(router.state.location.pathname).toBe(`/memoranda/${ID}`));
    expect(writes()).toEqual([
      {
        method: "PATCH",
        path: `/api/memoranda/${ID}`,
        body: {
          number: "17/2025",
          title: { en: "Memorandum with ORDA" },
          description: null,
          scopeAreas: ["inclusion"],
          parties: [
            { kind: "branch", branchId: BRANCH, signatoryName: "Айгүл Сейітова", signatoryPosition: "Chair" },
            { kind: "organization", organizationId: ORDA, signatoryName: null, signatoryPosition: null },
          ],
          startDate: null,
          endDate: "2027-03-13",
          version: 3,
        },
      },
    ]);
  });

  it("does not offer the form for a memorandum its permissions lock", async () => {
    stubMemorandumApi(calls, memorandum({ reviewState: "approved" }));
    await renderAt(`/memoranda/${ID}/edit`);
    expect(await screen.findByText(/An approved or signed memorandum cannot be changed/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
  });
});
