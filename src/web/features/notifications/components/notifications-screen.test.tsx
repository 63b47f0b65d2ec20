// @vitest-environment happy-dom
import { createRoute } from "@tanstack/react-router";
import { act, cleanup, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { TNotification, TNotificationPage } from "../../../../shared/contracts/notifications.ts";
import { listSearch } from "../../../lib/search-params.ts";
import { renderRoutes, testI18n } from "../../../test/test-providers.tsx";
import { ZNotificationsSearch } from "../api/notifications.api.ts";
import { NotificationBell } from "./notification-bell.tsx";
import { NotificationsScreen } from "./notifications-screen.tsx";

interface Call {
  method: string;
  path: string;
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

const MEMORANDUM_ID = "3c2b1a0f-1d2a-4b7c-9e0f-0a1b2c3d4e5f";
const SERVICE_ID = "5d4c3b2a-1d2a-4b7c-9e0f-0a1b2c3d4e5f";

function digest(overrides: Partial<TNotification> = {}): TNotification {
  return {
    id: "9a8b7c6d-1d2a-4b7c-9e0f-0a1b2c3d4e5f",
    kind: "reminder_digest",
    createdAt: "2026-03-02T01:00:00.000Z",
    readAt: null,
    payload: {
      day: "2026-03-02",
      counts: { expiringMemoranda: 1, overdueCommitments: 0, staleListings: 13, staleReports: 1 },
      reportStaleDays: 7,
      items: [
        {
          group: "expiringMemoranda",
          id: MEMORANDUM_ID,
          label: { en: "Söile memorandum", ru: "Меморандум «Söile»" },
          path: `/memoranda/${MEMORANDUM_ID}`,
          date: "2026-04-01",
        },
        {
          group: "staleListings",
          id: SERVICE_ID,
          label: { en: "Söile speech therapy" },
          path: `/services/${SERVICE_ID}`,
          date: null,
        },
        {
          group: "staleReports",
          id: "7e6d5c4b-1d2a-4b7c-9e0f-0a1b2c3d4e5f",
          label: { en: "Söile speech therapy" },
          path: "/verification?tab=reports",
          date: "2026-02-20",
        },
      ],
    },
    ...overrides,
  };
}

const pageOf = (items: TNotification[], unreadCount: number): TNotificationPage => ({
  items,
  total: items.length,
  page: 1,
  perPage: 20,
  unreadCount,
});

function stubApi(answer: (call: Call) => unknown) {
  vi.stubGlobal("fetch", async (input: string, init: RequestInit = {}) => {
    const call = { method: init.method ?? "GET", path: new URL(input, "http://localhost").pathname };
    calls.push(call);
    const body = answer(call);
    return new Response(JSON.stringify(body ?? {}), {
      status: body === undefined ? 404 : 200,
      headers: { "content-type": "application/json" },
    });
  });
}

function renderScreen() {
  return renderRoutes(i18n, "/notifications", (root) => {
    const list = createRoute({
      getParentRoute: () => root,
      path: "/notifications",
      ...listSearch(ZNotificationsSearch),
      component: function List() {
        return (
          <>
            <NotificationBell />
            <NotificationsScreen search={list.useSearch()} />
          </>
        );
      },
    });
    return [list];
  });
}

describe("notifications: bell and list", () => {
  it("shows the unread count on the bell and each digest's items grouped, with links", async () => {
    let read = false;
    stubApi((call) => {
      if (call.method === "POST" && call.path === `/api/notifications/${digest().id}/read`) {
        read = true;
        return digest({ readAt: "2026-03-02T05:00:00.000Z" });
      }
      if (call.path === "/api/notifications") {
        return read ? pageOf([digest({ readAt: "2026-03-02T05:00:00.000Z" })], 0) : pageOf([digest()], 1);
      }
      return undefined;
    });
    await renderScreen();
    const bell = await screen.findByRole("link", { name: "Notifications, 1 unread" });
    expect(bell.getAttribute("href")).toBe("/notifications");
    expect(bell.textContent).toBe("1");

    const card = await screen.findByRole("article", { name: "Reminders for 2 Mar 2026" });
    expect(within(card).getByText("Unread")).toBeTruthy();
    expect(within(card).getByRole("heading", { level: 3, name: "1 memorandum expiring soon" })).toBeTruthy();
    expect(
      within(card).getByRole("heading", { level: 3, name: "13 listings due for re-verification" }),
    ).toBeTruthy();
    expect(
      within(card).getByRole("heading", { level: 3, name: "1 family report unresolved for over 7 days" }),
    ).toBeTruthy();
    expect(within(card).queryByRole("heading", { name: /overdue/ })).toBeNull();
    expect(within(card).getByRole("link", { name: "Söile memorandum" }).getAttribute("href")).toBe(
      `/memoranda/${MEMORANDUM_ID}`,
    );
    const [service, report] = within(card).getAllByRole("link", { name: "Söile speech therapy" });
    expect(service?.getAttribute("href")).toBe(`/services/${SERVICE_ID}`);
    expect(report?.getAttribute("href")).toBe("/verification?tab=reports");
    expect(within(card).getByText("never verified")).toBeTruthy();
    expect(within(card).getByText("and 12 more")).toBeTruthy();

    await act(async () => {
      fireEvent.click(within(card).getByRole("button", { name: "Mark as read" }));
    });
    expect(calls.some((call) => call.method === "POST" && call.path.endsWith("/read"))).toBe(true);
    await waitFor(() =>
      expect(screen.getByRole("link", { name: "Notifications, none unread" })).toBeTruthy(),
    );
    expect(screen.queryByRole("button", { name: "Mark as read" })).toBeNull();
    expect(screen.getByRole("button", { name: "Mark all as read" }).hasAttribute("disabled")).toBe(true);
  });

  it("marks all read at once", async () => {
    let allRead = false;
    stubApi((call) => {
      if (call.method === "POST" && call.path === "/api/notifications/read-all") {
        allRead = true;
        return { marked: 2 };
      }
      if (call.path === "/api/notifications") {
        const second = digest({ id: "1b8b7c6d-1d2a-4b7c-9e0f-0a1b2c3d4e5f" });
        const readAt = allRead ? "2026-03-02T05:00:00.000Z" : null;
        return pageOf([digest({ readAt }), { ...second, readAt }], allRead ? 0 : 2);
      }
      return undefined;
    });
    await renderScreen();
    expect(await screen.findByText("2 unread")).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Mark all as read" }));
    });
    expect(await screen.findByText("All read")).toBeTruthy();
    expect(screen.queryAllByText("Unread")).toHaveLength(0);
  });

  it("says so when there is nothing yet", async () => {
    stubApi((call) => (call.path === "/api/notifications" ? pageOf([], 0) : undefined));
    await renderScreen();
    expect(await screen.findByText("No notifications yet")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Notifications, none unread" })).toBeTruthy();
  });
});
