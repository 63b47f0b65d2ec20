import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TDigestPayload } from "../../../shared/contracts/notifications.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { insertDigestNotification } from "./notifications.repository.ts";

let ctx: TestContext;
let coordinator: SignedInClient;
let other: SignedInClient;
const mine: string[] = [];
let theirs: string;

const payload = (day: string): TDigestPayload => ({
  day,
  counts: { expiringMemoranda: 0, overdueCommitments: 1, staleListings: 0, staleReports: 0 },
  reportStaleDays: 7,
  items: [
    {
      group: "overdueCommitments",
      id: "2f1e0d9c-1d2a-4b7c-9e0f-0a1b2c3d4e5f",
      label: { ru: "Сдать отчёт" },
      path: "/memoranda/2f1e0d9c-1d2a-4b7c-9e0f-0a1b2c3d4e5f",
      date: day,
    },
  ],
});

beforeAll(async () => {
  ctx = await createTestContext();
  coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
  other = await ctx.signIn({ role: "admin" });
  for (const day of ["2026-03-01", "2026-03-02", "2026-03-03"]) {
    mine.push(await insertDigestNotification(ctx.db, coordinator.userId, payload(day)));
  }
  theirs = await insertDigestNotification(ctx.db, other.userId, payload("2026-03-01"));
});
afterAll(() => ctx.close());

describe("notifications API", () => {
  it("lists only the caller's own notifications, newest first, with the unread count", async () => {
    const { status, body } = await coordinator.get("/api/notifications?perPage=2");
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 3, page: 1, perPage: 2, unreadCount: 3 });
    expect(body.items.map((item: { id: string }) => item.id)).toEqual([mine[2], mine[1]]);
    expect(body.items[0]).toMatchObject({
      kind: "reminder_digest",
      readAt: null,
      payload: payload("2026-03-03"),
    });
    const second = await coordinator.get("/api/notifications?perPage=2&page=2");
    expect(second.body.items.map((item: { id: string }) => item.id)).toEqual([mine[0]]);
  });

  it("marks one read; another user's notification does not exist for the caller", async () => {
    const read = await coordinator.post(`/api/notifications/${mine[0]}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    const again = await coordinator.post(`/api/notifications/${mine[0]}/read`);
    expect(again.body.readAt).toBe(read.body.readAt);

    const foreign = await coordinator.withLang("ru").post(`/api/notifications/${theirs}/read`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe("not_found");
    expect(foreign.body.error.message).toMatch(/[а-я]/);
    expect((await other.get("/api/notifications")).body).toMatchObject({ total: 1, unreadCount: 1 });

    const unread = await coordinator.get("/api/notifications?unread=true");
    expect(unread.body).toMatchObject({ total: 2, unreadCount: 2 });
  });

  it("marks all of the caller's notifications read, nobody else's", async () => {
    const { status, body } = await coordinator.post("/api/notifications/read-all");
    expect(status).toBe(200);
    expect(body).toEqual({ marked: 2 });
    expect((await coordinator.get("/api/notifications")).body.unreadCount).toBe(0);
    expect((await other.get("/api/notifications")).body.unreadCount).toBe(1);
  });

  it("turns bad input into a 400 and anonymous callers away", async () => {
    expect((await coordinator.post("/api/notifications/not-a-uuid/read")).status).toBe(400);
    expect((await coordinator.get("/api/notifications?perPage=500")).status).toBe(400);
    expect((await coordinator.get("/api/notifications?unread=maybe")).status).toBe(400);
    expect((await ctx.anonymous.get("/api/notifications")).status).toBe(401);
    expect((await ctx.anonymous.post(`/api/notifications/${mine[1]}/read`)).status).toBe(401);
  });
});
