import { pendingChangesTable } from "../../db/columns.ts";

/**
 * The open transactions that deferred read-model maintenance (yntymaq_defer_read_model(), used by large
 * imports): a deferred trigger on the row applies whatever is still pending at commit, then deletes it.
 * The directory entries and coverage cells therefore never commit behind their sources.
 */
export const readModelDeferrals = pendingChangesTable("read_model_deferrals");
