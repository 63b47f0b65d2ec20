import type { AUDITED_ENTITIES } from "../../../shared/contracts/audit.ts";
import type { Database } from "../../db/client.ts";
import type { UserPrincipal } from "../../http/principal.ts";
import { canWriteBranchIn } from "../branches/branches.policy.ts";
import { findBranch } from "../branches/branches.repository.ts";
import { canReadFileHistory } from "../files/files.audit.ts";
import { mayWriteInitiative } from "../initiatives/initiatives.service.ts";
import { canReadMemorandumHistory } from "../memoranda/memoranda.audit.ts";
import { mayWriteNews } from "../news/news.service.ts";
import { canReadOrganizationHistory } from "../organizations/organizations.service.ts";
import { mayWritePractice } from "../practices/practices.service.ts";
import { canReadReportHistory } from "../reports/reports.service.ts";
import { canReadLocationHistory } from "../services/locations.service.ts";
import { canReadServiceHistory } from "../services/services.service.ts";

type Entity = (typeof AUDITED_ENTITIES)[number];
type AccessCheck = (db: Database, principal: UserPrincipal, id: string) => Promise<boolean>;

/**
 * Who besides admins may read an entity's history: the users scoped to it (the coordinator of its
 * region, the partner of its organization). Entities missing here are admin-only.
 */
const SCOPED_READERS: Partial<Record<Entity, AccessCheck>> = {
  branches: async (db, principal, id) => {
    const branch = await findBranch(db, id);
    return branch !== undefined && canWriteBranchIn(principal, branch.regionCode);
  },
  memoranda: canReadMemorandumHistory,
  organizations: canReadOrganizationHistory,
  locations: canReadLocationHistory,
  services: canReadServiceHistory,
  initiatives: mayWriteInitiative,
  practices: mayWritePractice,
  news: mayWriteNews,
  reports: canReadReportHistory,
  files: canReadFileHistory,
};

export async function canReadAudit(db: Database, principal: UserPrincipal, entity: Entity, id: string) {
  if (principal.role === "admin") return true;
  const check = SCOPED_READERS[entity];
  return check ? check(db, principal, id) : false;
}
