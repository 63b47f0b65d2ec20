// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { TReport } from "../../../../shared/contracts/reports.ts";
import type { TVerificationDueItem } from "../../../../shared/contracts/verification.ts";
import { listSearch } from "../../../lib/search-params.ts";
import { renderRoutes, testI18n } from "../../../test/test-providers.tsx";
import { type QueueSearch, ZQueueSearch } from "../api/verification.api.ts";
import { VerificationScreen } from "./verification-screen.tsx";

interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

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

const SERVICE_ID = "5d4c3b2a-1d2a-4b7c-9e0f-0a1b2c3d4e5f";

function report(overrides: Partial<TReport> = {}): TReport {
  return {
    id: "7e6d5c4b-1d2a-4b7c-9e0f-0a1b2c3d4e5f",
    entityKind: "service",
    entityId: SERVICE_ID,
    entityName: { en: "Söile speech therapy room" },
    message: "The phone number does not answer any more.",
    contact: "parent@example.kz",
    locale: "ru",
    status: "open",
    resolutionNote: null,
    resolvedBy: null,
    resolvedAt: null,
    createdAt: "2025-03-14T08:00:00.000Z",
    permissions: { resolve: true },
    ...overrides,
  };
}

function dueItem(verify: boolean): TVerificationDueItem {
  return {
    kind: "organization",
    id: "1a2b3c4d-1d2a-4b7c-9e0f-0a1b2c3d4e5f",
    name: { en: "ORDA parents' association" },
    organizationId: "1a2b3c4d-1d2a-4b7c-9e0f-0a1b2c3d4e5f",
    organizationName: { en: "ORDA parents' association" },
    lastVerifiedAt: null,
    permissions: { verify },
  };
}

function stubApi(answer: (call: Call) => { status?: number; body: unknown } | undefined) {
  vi.stubGlobal("fetch", async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, "http://localhost");
    const call: Call = {
      method: init.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      body: typeof init.body === "string" ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const response =
      call.path === "/api/regions"
        ? { body: { items: [{ code: "KZ-79", name: { en: "Shymkent" } }] } }
        : (answer(call) ?? { status: 404, body: {} });
    return new Response(JSON.stringify(response.body), {
      status: response.status ?? 200,
      headers: { "content-type": "application/json" },
    });
  });
}

const page = <T,>(items: T[]) => ({ items, total: items.length, page: 1, perPage: 20 });

function renderQueue(url: string) {
  return renderRoutes(i18n, url, (root) => {
    const queue = createRoute({
      getParentRoute: () => root,
      path: "/verification",
      ...listSearch(ZQueueSearch),
      component: function Queue() {
        return <VerificationScreen search={queue.useSearch() as QueueSearch} />;
      },
    });
    return [queue];
  });
}

describe("verification queue: family reports", () => {
  it("resolves a report only with a note and after confirming", async () => {
    let resolved = false;
    stubApi((call) => {
      if (call.path === `/api/reports/${report().id}/resolve`) {
        resolved = true;
        return { body: report({ status: "resolved" }) };
      }
      if (call.path === "/api/reports") {
        return {
          body: page(
            resolved
              ? []
              : [
                  report(),
                  report({ id: "8e6d5c4b-1d2a-4b7c-9e0f-0a1b2c3d4e5f", permissions: { resolve: false } }),
                ],
          ),
        };
      }
      return undefined;
    });
    await renderQueue("/verification");
    await screen.findAllByRole("heading", { level: 3, name: "Söile speech therapy room" });
    // Open reports, longest waiting first.
    expect(calls.find((call) => call.path === "/api/reports")?.query.get("status")).toBe("open");
    expect(calls.find((call) => call.path === "/api/reports")?.query.get("sort")).toBe("createdAt");
    // Only the report the caller may resolve offers it.
    expect(screen.getAllByRole("button", { name: /^Resolve/ })).toHaveLength(1);
    expect(screen.getAllByRole("link", { name: /Open its page on the site/ })[0]?.getAttribute("href")).toBe(
      `/services/${SERVICE_ID}?lang=en`,
    );

    fireEvent.click(screen.getByRole("button", { name: /^Resolve/ }));
    const note = screen.getByLabelText(/What was done/);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Mark resolved" }));
    });
    expect(await screen.findByText("This field is required.")).toBeTruthy();
    expect(note.getAttribute("aria-invalid")).toBe("true");

    fireEvent.change(note, { target: { value: "Phone number updated with the centre." } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Mark resolved" }));
    });
    const dialog = screen.getByRole("dialog", {
      name: "Mark the report on Söile speech therapy room as resolved?",
    });
    expect(within(dialog).getByText("Phone number updated with the centre.")).toBeTruthy();
    expect(resolved).toBe(false);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Mark resolved" }));
    });
    await screen.findByText("The report on Söile speech therapy room has been resolved.");
    expect(calls.find((call) => call.path.endsWith("/resolve"))?.body).toEqual({
      note: "Phone number updated with the centre.",
    });
    await screen.findByText("No open reports.");
  });
});

describe("verification queue: listings due", () => {
  it("switches lists through the URL and offers «mark verified» only where permitted", async () => {
    let verify = false;
    stubApi((call) => {
      if (call.path === "/api/reports") return { body: page([]) };
      if (call.path === "/api/verification/due") return { body: page([dueItem(verify)]) };
      if (call.path.endsWith("/verify")) return { body: {} };
      return undefined;
    });
    const { router } = await renderQueue("/verification?kind=organization");
    await screen.findByText("No open reports.");
    await act(async () => {
      fireEvent.click(screen.getByRole("link", { name: "Due for re-verification" }));
    });
    expect(router.state.location.search).toEqual({ tab: "due", kind: "organization" });
    const current = screen
      .getAllByRole("link")
      .filter((link) => link.getAttribute("aria-current") === "page");
    expect(current.map((link) => link.textContent)).toEqual(["Due for re-verification"]);
    await screen.findByRole("rowheader", { name: "ORDA parents' association" });
    const due = calls.find((call) => call.path === "/api/verification/due");
    expect(due?.query.get("kind")).toBe("organization");
    expect(due?.query.get("months")).toBe("6");
    expect(screen.getByRole("row", { name: /ORDA/ }).textContent).toContain("never");
    expect(screen.queryByRole("button", { name: /Mark verified/ })).toBeNull();
    cleanup();

    calls = [];
    verify = true;
    await renderQueue("/verification?tab=due&months=24");
    await act(async () => {
      fireEvent.click(await screen.findByRole("button", { name: /Mark verified/ }));
    });
    await waitFor(() =>
      expect(
        calls.some(
          (call) => call.method === "POST" && call.path === `/api/organizations/${dueItem(true).id}/verify`,
        ),
      ).toBe(true),
    );
    await screen.findByText("ORDA parents' association is marked as verified today.");
    expect(calls.find((call) => call.path === "/api/verification/due")?.query.get("months")).toBe("24");
  });
});
