import type { TCapabilities } from "../../../shared/contracts/users.ts";
import type { Principal } from "../../http/principal.ts";

/** What a role may start doing at all; each record's own permissions narrow this further by scope. */
export function capabilitiesOf(principal: Principal): TCapabilities {
  const role = principal.kind === "user" ? principal.role : null;
  const is = (...roles: string[]) => role !== null && roles.includes(role);
  return {
    manageUsers: is("admin"),
    createBranch: is("admin", "coordinator"),
    createOrganization: is("admin", "coordinator"),
    createMemorandum: is("admin", "coordinator"),
    createInitiative: is("admin", "coordinator", "partner"),
    createPractice: is("admin", "coordinator", "partner"),
    createNews: is("admin", "coordinator"),
    readDrafts: is("admin", "coordinator", "viewer", "partner"),
    readAudit: is("admin", "coordinator", "partner"),
  };
}
