import { randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { TUser, TUserCreate, TUserUpdate } from "../../../shared/contracts/users.ts";
import { ZUserCreate } from "../../../shared/contracts/users.ts";
import { passwordProblem } from "../../../shared/password-policy.ts";
import { type Database, withActor } from "../../db/client.ts";
import { AppError } from "../../http/app-error.ts";
import { validationError } from "../../http/validation-hook.ts";
import { organizations } from "../organizations/organizations.schema.ts";
import { assertRegionCodes } from "../regions/regions.repository.ts";
import { accounts, sessions, users } from "./auth.schema.ts";
import type { Auth } from "./auth.ts";
import { findUser, findUserIdByEmail, replaceUserRegions } from "./users.repository.ts";

export function generatePassword(): string {
  return randomBytes(12).toString("base64url");
}

async function assertOrganization(db: Database, organizationId: string | null | undefined): Promise<void> {
  if (!organizationId) return;
  const [row] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  if (!row) throw AppError.validation("organizationId", "validation.unknown_reference");
}

function assertPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw AppError.validation("password", problem.key, problem.params);
}

/** Creates a staff user with a credential account; returns the password so it can be shown once. */
export async function createUser(
  deps: { db: Database; auth: Auth },
  actorId: string | null,
  rawInput: TUserCreate,
  password: string = generatePassword(),
): Promise<{ user: TUser; password: string }> {
  const parsed = ZUserCreate.safeParse(rawInput);
  if (!parsed.success) throw validationError(parsed.error);
  const input = parsed.data;
  assertPassword(password);
  await assertRegionCodes(deps.db, input.regionCodes, "regionCodes");
  await assertOrganization(deps.db, input.organizationId);
  if (await findUserIdByEmail(deps.db, input.email)) throw new AppError("conflict", "errors.email_taken");
  const hash = await (await deps.auth.$context).password.hash(password);
  const id = randomUUID();
  await withActor(deps.db, actorId, async (tx) => {
    await tx.insert(users).values({
      id,
      email: input.email.toLowerCase(),
      name: input.name,
      role: input.role,
      locale: input.locale,
      organizationId: input.role === "partner" ? input.organizationId : null,
      emailVerified: true,
    });
    await tx
      .insert(accounts)
      .values({ id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash });
    await replaceUserRegions(tx, id, input.role === "coordinator" ? input.regionCodes : []);
  });
  const user = await findUser(deps.db, id);
  if (!user) throw new AppError("internal");
  return { user, password };
}

export async function updateUser(
  db: Database,
  actorId: string | null,
  id: string,
  patch: TUserUpdate,
): Promise<TUser> {
  const current = await findUser(db, id);
  if (!current) throw AppError.notFound();
  const next = {
    role: patch.role ?? current.role,
    regionCodes: patch.regionCodes ?? current.regionCodes,
    organizationId: patch.organizationId === undefined ? current.organizationId : patch.organizationId,
  };
  const scope = ZUserCreate.safeParse({ email: current.email, name: current.name, ...next });
  if (!scope.success) throw validationError(scope.error);
  await assertRegionCodes(db, next.regionCodes, "regionCodes");
  await assertOrganization(db, next.organizationId);
  await withActor(db, actorId, async (tx) => {
    await tx
      .update(users)
      .set({
        name: patch.name ?? current.name,
        locale: patch.locale ?? current.locale,
        role: next.role,
        organizationId: next.role === "partner" ? next.organizationId : null,
        active: patch.active ?? current.active,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id));
    await replaceUserRegions(tx, id, next.role === "coordinator" ? next.regionCodes : []);
    // A deactivated user, or one whose role changed, is signed out everywhere.
    if (patch.active === false || next.role !== current.role) {
      await tx.delete(sessions).where(eq(sessions.userId, id));
    }
  });
  const user = await findUser(db, id);
  if (!user) throw AppError.notFound();
  return user;
}
