import { inArray, or } from "drizzle-orm";
import { foldText } from "../../../../shared/search/fold.ts";
import { LOCALES } from "../../../../shared/vocabulary.ts";
import type { Queryable } from "../../../db/client.ts";
import { translate } from "../../../i18n/translate.ts";
import { organizations } from "../../organizations/organizations.schema.ts";
import { listRegions } from "../../regions/regions.repository.ts";
import { listServiceCategories } from "../../services/service-categories.repository.ts";
import type { Choice, ValueKind } from "./import-fields.ts";

export type Converted =
  | { ok: true; value: unknown }
  | { ok: false; messageKey: string; params?: Record<string, string | number> };

/** What cells are resolved against: names of regions and categories, and the organizations the file names. */
export interface ImportLookups {
  regions: Map<string, string>;
  categories: Map<string, string>;
  /** BIN or id as written → organization id. */
  organizations: Map<string, string>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BIN = /^\d{12}$/;

function addNames(index: Map<string, string>, code: string, names: readonly string[]) {
  for (const name of [code, ...names]) {
    const key = foldText(name);
    if (key && !index.has(key)) index.set(key, code);
  }
}

const choiceIndexes = new WeakMap<Choice, Map<string, string>>();

/** Code or label in any language, compared folded (case and script do not matter). */
function choiceIndex(choice: Choice): Map<string, string> {
  let index = choiceIndexes.get(choice);
  if (!index) {
    index = new Map();
    for (const code of choice.codes) {
      addNames(
        index,
        code,
        LOCALES.map((locale) => translate(locale, choice.labelKey(code))),
      );
    }
    choiceIndexes.set(choice, index);
  }
  return index;
}

const BOOLEAN_WORDS = new Map<string, boolean>([
  ...["true", "1", "yes", "y", ...LOCALES.map((locale) => translate(locale, "analytics.export.yes"))].map(
    (word) => [foldText(word), true] as const,
  ),
  ...["false", "0", "no", "n", ...LOCALES.map((locale) => translate(locale, "analytics.export.no"))].map(
    (word) => [foldText(word), false] as const,
  ),
]);

/** The organizations a services file refers to (by BIN or id), the regions and the categories. */
export async function loadLookups(
  db: Queryable,
  organizationRefs: readonly string[],
): Promise<ImportLookups> {
  const regions = new Map<string, string>();
  for (const region of await listRegions(db)) {
    addNames(regions, region.code, [...Object.values(region.name), ...region.aliases]);
  }
  const categories = new Map<string, string>();
  for (const category of await listServiceCategories(db)) {
    addNames(categories, category.code, Object.values(category.name));
  }
  const bins = [...new Set(organizationRefs.filter((ref) => BIN.test(ref)))];
  const ids = [...new Set(organizationRefs.filter((ref) => UUID.test(ref)).map((ref) => ref.toLowerCase()))];
  const found =
    bins.length + ids.length > 0
      ? await db
          .select({ id: organizations.id, bin: organizations.bin })
          .from(organizations)
          .where(
            or(
              bins.length ? inArray(organizations.bin, bins) : undefined,
              ids.length ? inArray(organizations.id, ids) : undefined,
            ),
          )
      : [];
  const byRef = new Map<string, string>();
  for (const row of found) {
    byRef.set(row.id, row.id);
    if (row.bin) byRef.set(row.bin, row.id);
  }
  return { regions, categories, organizations: byRef };
}

const splitList = (raw: string) =>
  raw
    .split(/[;,\n]/)
    .map((part) => part.trim())
    .filter(Boolean);

function lookupAll(raw: string, index: Map<string, string>, messageKey: string): Converted {
  const codes: string[] = [];
  for (const part of splitList(raw)) {
    const code = index.get(foldText(part));
    if (!code) return { ok: false, messageKey, params: { code: part, value: part } };
    if (!codes.includes(code)) codes.push(code);
  }
  return { ok: true, value: codes };
}

/** One non-empty cell as the create contract wants it, or why it cannot be. */
export function convertCell(kind: ValueKind, raw: string, lookups: ImportLookups): Converted {
  switch (kind.type) {
    case "text":
    case "localized":
      return { ok: true, value: raw };
    case "integer":
      return /^[+-]?\d+$/.test(raw)
        ? { ok: true, value: Number(raw) }
        : { ok: false, messageKey: "validation.not_integer" };
    case "boolean": {
      const value = BOOLEAN_WORDS.get(foldText(raw));
      return value === undefined ? { ok: false, messageKey: "imports.not_boolean" } : { ok: true, value };
    }
    case "choice": {
      const code = choiceIndex(kind.choice).get(foldText(raw));
      return code
        ? { ok: true, value: code }
        : { ok: false, messageKey: "imports.unknown_value", params: { value: raw } };
    }
    case "choices":
      return lookupAll(raw, choiceIndex(kind.choice), "imports.unknown_value");
    case "regions":
      return lookupAll(raw, lookups.regions, "validation.unknown_region");
    case "categories":
      return lookupAll(raw, lookups.categories, "validation.unknown_category");
    case "organization": {
      const id = lookups.organizations.get(UUID.test(raw) ? raw.toLowerCase() : raw);
      return id
        ? { ok: true, value: id }
        : { ok: false, messageKey: "imports.unknown_organization", params: { value: raw } };
    }
  }
}
