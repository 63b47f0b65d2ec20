import { z } from "zod";

/** One A4 page holds at most this many services, in two columns. */
export const MAX_HELP_CARD_SERVICES = 12;

export type HelpCardIds =
  | { ok: true; ids: string[] }
  | { ok: false; messageKey: string; params: Record<string, number> };

const ZServiceId = z.uuid();

/** Reads `?ids=a,b,c` (also repeated `ids=`, as the search page's checkboxes send them): unique, well-formed service ids in the order given. */
export function parseHelpCardIds(raw: readonly string[]): HelpCardIds {
  const tokens = raw.flatMap((value) => value.split(",")).map((token) => token.trim().toLowerCase());
  const ids = [...new Set(tokens.filter((token) => token !== ""))];
  // The search page's form sends no ids at all when nothing was ticked: say so, not «malformed».
  if (ids.length === 0) return { ok: false, messageKey: "site.help_card.error_none_chosen", params: {} };
  if (!ids.every((id) => ZServiceId.safeParse(id).success)) {
    return { ok: false, messageKey: "site.help_card.error_bad_ids", params: {} };
  }
  if (ids.length > MAX_HELP_CARD_SERVICES) {
    return {
      ok: false,
      messageKey: "site.help_card.error_too_many",
      params: { max: MAX_HELP_CARD_SERVICES },
    };
  }
  return { ok: true, ids };
}
