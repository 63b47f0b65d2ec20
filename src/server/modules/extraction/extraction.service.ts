import type { TExtractionProposal } from "../../../shared/contracts/extraction.ts";
import type { Queryable } from "../../db/client.ts";
import { requireRole } from "../../http/guards.ts";
import type { Principal } from "../../http/principal.ts";
import { documentText } from "./document-text.ts";
import { type ExtractOptions, extractPressRelease } from "./engine/extract-press-release.ts";
import { matchProposal } from "./extraction.repository.ts";

export type ExtractionInput = { text: string } | { file: Uint8Array };

/**
 * Reads a press release and proposes its signings, each branch and partner matched against the records
 * the caller may see. Admins and coordinators prepare memoranda, so only they may ask.
 */
export async function proposeFromPressRelease(
  db: Queryable,
  principal: Principal,
  input: ExtractionInput,
  options: ExtractOptions = {},
): Promise<TExtractionProposal> {
  const user = requireRole(principal, "admin", "coordinator");
  const text = "text" in input ? input.text : await documentText(input.file);
  return matchProposal(db, user, extractPressRelease(text, options));
}
