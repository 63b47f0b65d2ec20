import type { AttachmentTarget } from "../../../shared/contracts/files.ts";
import type { Database } from "../../db/client.ts";
import type { Principal } from "../../http/principal.ts";
import { findInitiative } from "../initiatives/initiatives.repository.ts";
import { mayWriteInitiative } from "../initiatives/initiatives.service.ts";
import { canWriteMemorandum } from "../memoranda/memoranda.policy.ts";
import { findVisibleMemorandum } from "../memoranda/memoranda.repository.ts";
import { partyScopeOf } from "../memoranda/memorandum-parties.repository.ts";
import { findNews } from "../news/news.repository.ts";
import { mayWriteNews } from "../news/news.service.ts";
import { findPractice } from "../practices/practices.repository.ts";
import { mayWritePractice } from "../practices/practices.service.ts";

export interface AccessContext {
  db: Database;
  principal: Principal;
  /** Days before its end from which a memorandum counts as expiring (it does not change visibility). */
  windowDays: number;
}

interface TargetAccess {
  canRead(ctx: AccessContext, id: string): Promise<boolean>;
  canWrite(ctx: AccessContext, id: string): Promise<boolean>;
}

/**
 * Each record's own policy decides who sees and who changes its files: whoever may read the record may
 * list and download them, whoever may edit it may attach and detach.
 */
export const TARGET_ACCESS: Record<AttachmentTarget, TargetAccess> = {
  memorandum: {
    canRead: async ({ db, principal, windowDays }, id) =>
      (await findVisibleMemorandum(db, principal, id, windowDays)) !== undefined,
    // A signed memorandum is closed to edits, but its scan and photos arrive after the signing.
    canWrite: async (ctx, id) =>
      (await TARGET_ACCESS.memorandum.canRead(ctx, id)) &&
      canWriteMemorandum(ctx.principal, await partyScopeOf(ctx.db, id)),
  },
  initiative: {
    canRead: async ({ db, principal }, id) => (await findInitiative(db, id, principal)) !== undefined,
    canWrite: ({ db, principal }, id) => mayWriteInitiative(db, principal, id),
  },
  practice: {
    canRead: async ({ db, principal }, id) => (await findPractice(db, id, principal)) !== undefined,
    canWrite: ({ db, principal }, id) => mayWritePractice(db, principal, id),
  },
  news: {
    canRead: async ({ db, principal }, id) => (await findNews(db, id, principal)) !== undefined,
    canWrite: ({ db, principal }, id) => mayWriteNews(db, principal, id),
  },
};
