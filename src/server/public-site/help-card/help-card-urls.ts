import type { Locale } from "../../../shared/vocabulary.ts";

export type HelpCardFormat = "html" | "pdf";

/** Site-relative link to the card; ids are validated UUIDs, so the commas stay literal and the QR stays short. */
export function helpCardPath(
  ids: readonly string[],
  locale: Locale,
  format: HelpCardFormat = "html",
): string {
  return `/help-card${format === "pdf" ? ".pdf" : ""}?ids=${ids.join(",")}&lang=${locale}`;
}
