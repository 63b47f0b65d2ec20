import type { Role } from "../../shared/vocabulary.ts";
import { AppError } from "./app-error.ts";
import type { Principal, UserPrincipal } from "./principal.ts";

/** 401 for anonymous callers, so protected routes never run without a user. */
export function requireUser(principal: Principal): UserPrincipal {
  if (principal.kind !== "user") throw new AppError("unauthenticated");
  return principal;
}

/** 403 when the signed-in user's role is not among `roles`. */
export function requireRole(principal: Principal, ...roles: Role[]): UserPrincipal {
  const user = requireUser(principal);
  if (!roles.includes(user.role)) throw AppError.forbidden();
  return user;
}
