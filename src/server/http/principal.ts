import type { Role } from "../../shared/vocabulary.ts";

/** Who is calling. Policies decide from this alone; nothing else carries identity. */
export type Principal =
  | { kind: "anonymous" }
  | {
      kind: "user";
      id: string;
      role: Role;
      regionCodes: string[];
      organizationId: string | null;
    };

export const ANONYMOUS: Principal = { kind: "anonymous" };

export type UserPrincipal = Extract<Principal, { kind: "user" }>;

export const isStaff = (principal: Principal): principal is UserPrincipal => principal.kind === "user";

export const hasRole = (principal: Principal, ...roles: Role[]): principal is UserPrincipal =>
  principal.kind === "user" && roles.includes(principal.role);

export const actorIdOf = (principal: Principal): string | null =>
  principal.kind === "user" ? principal.id : null;
