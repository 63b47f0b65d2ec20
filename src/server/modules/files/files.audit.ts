import { z } from "zod";
import type { Database } from "../../db/client.ts";
import type { UserPrincipal } from "../../http/principal.ts";
import { TARGET_ACCESS } from "./attachment-targets.ts";
import { attachmentsOfFile, findFile } from "./files.repository.ts";

/** The audit SCOPED_READERS check: the uploader, and whoever may edit a record the file is attached to. */
export async function canReadFileHistory(
  db: Database,
  principal: UserPrincipal,
  id: string,
): Promise<boolean> {
  if (!z.uuid().safeParse(id).success) return false;
  const file = await findFile(db, id);
  if (!file) return false;
  if (file.uploadedBy === principal.id) return true;
  // The expiring window changes how a memorandum's lifecycle is shown, never whether it is visible.
  const ctx = { db, principal, windowDays: 0 };
  for (const attachment of await attachmentsOfFile(db, id)) {
    if (await TARGET_ACCESS[attachment.target].canWrite(ctx, attachment.targetId)) return true;
  }
  return false;
}
