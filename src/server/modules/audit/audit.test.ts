import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withActor } from "../../db/client.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { branches } from "../branches/branches.schema.ts";
import { auditLog } from "./audit.schema.ts";

let ctx: TestContext;
let admin: SignedInClient;
let coordinator: SignedInClient;
let otherCoordinator: SignedInClient;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  coordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-79"] });
  otherCoordinator = await ctx.signIn({ role: "coordinator", regionCodes: ["KZ-47"] });
});
afterAll(() => ctx.close());

const branch = { kind: "city", regionCode: "KZ-79", name: { kk: "Шымкент қалалық филиалы" } };

describe("audit log", () => {
  it("records who inserted, updated and deleted a row, with before and after", async () => {
    const created = await coordinator.post("/api/branches", branch);
    const id = created.body.id;
    await coordinator.patch(`/api/branches/${id}`, { version: 1, email: "shymkent@example.kz" });
    await coordinator.delete(`/api/branches/${id}`);

    const { status, body } = await admin.get(`/api/audit?entity=branches&id=${id}`);
    expect(status).toBe(200);
    expect(body.total).toBe(3);
    const [deleted, updated, inserted] = body.items;
    expect(inserted).toMatchObject({
      action: "insert",
      actorId: coordinator.userId,
      before: null,
      table: "branches",
    });
    expect(inserted.after).toMatchObject({ id, region_code: "KZ-79", email: null });
    expect(updated).toMatchObject({ action: "update", actorId: coordinator.userId });
    expect(updated.before.email).toBeNull();
    expect(updated.after).toMatchObject({ email: "shymkent@example.kz", version: 2 });
    expect(deleted).toMatchObject({ action: "delete", actorId: coordinator.userId, after: null });
    expect(deleted.before.email).toBe("shymkent@example.kz");
  });

  it("attributes writes outside a request to the system (no actor) and still records them", async () => {
    const [row] = await withActor(ctx.db, null, (tx) =>
      tx
        .insert(branches)
        .values({ ...branch, kind: "city" })
        .returning(),
    );
    const entries = await ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, row?.id ?? ""));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "insert", actorId: null });
  });

  it("does not write an audit row when a failed transaction rolls back", async () => {
    const before = (await ctx.db.select().from(auditLog)).length;
    await expect(
      withActor(ctx.db, admin.userId, async (tx) => {
        await tx.insert(branches).values(branch as typeof branches.$inferInsert);
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect((await ctx.db.select().from(auditLog)).length).toBe(before);
  });

  it("shows a branch's history to its region's coordinator, and to no other coordinator or anonymous caller", async () => {
    const created = await coordinator.post("/api/branches", branch);
    const path = `/api/audit?entity=branches&id=${created.body.id}`;
    expect((await coordinator.get(path)).status).toBe(200);
    expect((await otherCoordinator.get(path)).status).toBe(404);
    expect((await ctx.anonymous.get(path)).status).toBe(401);
    const viewer = await ctx.signIn({ role: "viewer" });
    expect((await viewer.get(path)).status).toBe(404);
  });

  it("records user management: role and region changes of a user", async () => {
    const created = await admin.post("/api/users", {
      email: "new.coordinator@example.kz",
      name: "New",
      role: "viewer",
    });
    await admin.patch(`/api/users/${created.body.user.id}`, { role: "coordinator", regionCodes: ["KZ-10"] });
    const history = await admin.get(`/api/audit?entity=users&id=${created.body.user.id}`);
    const tables = history.body.items.map((e: { table: string; action: string }) => `${e.table}:${e.action}`);
    expect(tables).toContain("users:insert");
    expect(tables).toContain("users:update");
    expect(tables).toContain("user_regions:insert");
    expect(history.body.items.every((e: { actorId: string }) => e.actorId === admin.userId)).toBe(true);
  });

  it("rejects an unknown entity kind with 400", async () => {
    const response = await admin.get("/api/audit?entity=passwords&id=1");
    expect(response.status).toBe(400);
  });
});
