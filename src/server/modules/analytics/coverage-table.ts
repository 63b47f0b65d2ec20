import type { TCoverage } from "../../../shared/contracts/analytics.ts";
import { pickLocalized } from "../../../shared/localized-text.ts";
import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";

export type TableCell = string | number | null;

/** The coverage matrix as one flat table in `locale`: a region's total row first, then its categories. */
export interface CoverageTable {
  headers: string[];
  rows: TableCell[][];
  /** Row indexes of the regions' total rows, for exports that set them apart. */
  totalRows: number[];
  asOf: string;
}

const COLUMNS = [
  "region",
  "category",
  "services",
  "free_services",
  "state_funded_services",
  "free_share",
  "state_funded_share",
  "partners",
  "active_memoranda",
  "gap",
  "children",
  "services_per_10k",
  "partners_per_10k",
] as const;

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
const rounded = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

export function coverageTable(coverage: TCoverage, locale: Locale): CoverageTable {
  const t = (key: string, params?: Record<string, unknown>) =>
    translate(locale, `analytics.export.${key}`, params);
  const name = (value: Record<string, string>) => pickLocalized(value, locale)?.text ?? "";
  const categoryNames = new Map(coverage.categories.map((category) => [category.code, name(category.name)]));
  const rows: TableCell[][] = [];
  const totalRows: number[] = [];
  for (const region of coverage.regions) {
    const regionName = name(region.name);
    totalRows.push(rows.length);
    rows.push([
      regionName,
      t("all_categories"),
      region.services,
      region.freeServices,
      region.stateFundedServices,
      percent(region.freeShare),
      percent(region.stateFundedShare),
      region.partners,
      region.activeMemoranda,
      region.gap ? t("yes") : t("no"),
      region.children,
      rounded(region.servicesPer10k),
      rounded(region.partnersPer10k),
    ]);
    for (const cell of coverage.cells.filter((c) => c.regionCode === region.code)) {
      rows.push([
        regionName,
        categoryNames.get(cell.categoryCode) ?? cell.categoryCode,
        cell.services,
        cell.freeServices,
        cell.stateFundedServices,
        percent(cell.freeShare),
        percent(cell.stateFundedShare),
        cell.partners,
        null,
        cell.gap ? t("yes") : t("no"),
        null,
        rounded(cell.servicesPer10k),
        rounded(cell.partnersPer10k),
      ]);
    }
  }
  return {
    headers: COLUMNS.map((column) => t(column)),
    rows,
    totalRows,
    asOf: t("as_of", { asOf: coverage.asOf }),
  };
}
