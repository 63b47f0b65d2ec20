import { z } from "zod";
import type { Database } from "../../db/client.ts";
import type { UserPrincipal } from "../../http/principal.ts";
import { canReadMemorandumAudit } from "./memoranda.policy.ts";
import { partyScopeOf } from "./memorandum-parties.repository.ts";

/** The audit SCOPED_READERS check: the coordinator of a branch party's region, the partner of a party. */
export async function canReadMemorandumHistory(
  db: Database,
  principal: UserPrincipal,
  id: string,
): Promise<boolean> {
  if (!z.uuid().safeParse(id).success) return false;
  return canReadMemorandumAudit(principal, await partyScopeOf(db, id));
}
