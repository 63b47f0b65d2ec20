import { isValidBin } from "../../../../shared/bin.ts";
import { ZContactEmail, ZContactPhone, ZWebUrl } from "../../../../shared/contracts/organizations.ts";
import { foldTokens } from "../../../../shared/search/fold.ts";
import {
  COST_KINDS,
  type Locale,
  ORGANIZATION_LEVELS,
  ORGANIZATION_TYPES,
  REFERRAL_REQUIREMENTS,
  type SERVICE_LANGUAGES,
  TARGET_GROUPS,
} from "../../../../shared/vocabulary.ts";
import { matchPlace } from "../../directory/place-gazetteer.ts";
import type { organizations } from "../../organizations/organizations.schema.ts";
import { REGION_SEEDS } from "../../regions/regions.data.ts";
import type { locations, services } from "../../services/services.schema.ts";
import { checked, TextReader } from "./hsds-import-text.ts";
import { type ImportIssue, issue, type SourceRecord } from "./hsds-import-types.ts";

export type OrganizationInsert = typeof organizations.$inferInsert & { id: string };
export type LocationInsert = typeof locations.$inferInsert & { id: string };
export type ServiceInsert = typeof services.$inferInsert & { id: string };

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === "string" && (values as readonly string[]).includes(value);
const fits =
  (schema: { safeParse(v: unknown): { success: boolean } }) =>
  (value: unknown): value is string =>
    schema.safeParse(value).success;
const intIn =
  (min: number, max: number) =>
  (value: unknown): value is number =>
    typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
const REGION_CODES = new Set(REGION_SEEDS.map((region) => region.code));
const isRegion = (value: unknown): value is string => typeof value === "string" && REGION_CODES.has(value);

function targetGroupsOf(source: SourceRecord, issues: ImportIssue[]) {
  const value = source.record.target_groups;
  if (!Array.isArray(value)) return [];
  return value.filter((group): group is (typeof TARGET_GROUPS)[number] => {
    if (oneOf(TARGET_GROUPS)(group)) return true;
    issues.push(issue(source, "target_groups", "hsds.problem.dropped", { value: String(group) }, "warning"));
    return false;
  });
}

export function mapOrganization(
  source: SourceRecord,
  locale: Locale,
  phone: string | null,
  issues: ImportIssue[],
): OrganizationInsert {
  const text = new TextReader(source, locale, issues);
  const taxId = source.record.tax_id;
  return {
    id: String(source.record.id),
    name: text.required("name", 300),
    description: text.localized("description", 5000),
    type: checked(source, issues, "organization_type", oneOf(ORGANIZATION_TYPES)) ?? "public_association",
    level: checked(source, issues, "organization_level", oneOf(ORGANIZATION_LEVELS)) ?? "city",
    // Kazakhstan's tax id is the BIN; another country's number is not one.
    bin: typeof taxId === "string" && isValidBin(taxId) ? taxId : null,
    email: checked(source, issues, "email", fits(ZContactEmail)),
    website: checked(source, issues, "website", fits(ZWebUrl)),
    phone: phone && ZContactPhone.safeParse(phone).success ? phone.trim() : null,
    targetGroups: targetGroupsOf(source, issues),
    status: "active",
    published: true,
  };
}

/** The region of Kazakhstan a location is in: the profile's code, else a region or city named in its address. */
export function regionOf(location: SourceRecord, address: SourceRecord | undefined, fallback: string | null) {
  const code = location.record.region_code;
  if (isRegion(code)) return code;
  for (const field of ["state_province", "region", "city"]) {
    const tokens = foldTokens(String(address?.record[field] ?? ""));
    for (let start = 0; start < tokens.length; start++) {
      const match = matchPlace(tokens, start, false);
      if (match) return match.match.regionCode;
    }
  }
  return fallback;
}

export function mapLocation(
  source: SourceRecord,
  address: SourceRecord | undefined,
  organizationId: string,
  regionCode: string,
  locale: Locale,
  issues: ImportIssue[],
): LocationInsert {
  const text = new TextReader(source, locale, issues);
  const addressText = address ? new TextReader(address, locale, issues) : undefined;
  // The profile keeps the address lines' languages on the location; plain HSDS has them on the address.
  const translated = (field: string, max: number) =>
    text.localized(field, max) ?? addressText?.localized(field, max) ?? null;
  const street = translated("address_1", 500);
  const city = translated("city", 200);
  if (!street || !city)
    issues.push(issue(address ?? source, street ? "city" : "address_1", "hsds.problem.required"));
  const postal = address
    ? checked(
        address,
        issues,
        "postal_code",
        (v): v is string => typeof v === "string" && /^[0-9A-Za-z]{4,10}$/.test(v),
      )
    : null;
  const latitude = checked(
    source,
    issues,
    "latitude",
    (v): v is number => typeof v === "number" && v >= -90 && v <= 90,
  );
  const longitude = checked(
    source,
    issues,
    "longitude",
    (v): v is number => typeof v === "number" && v >= -180 && v <= 180,
  );
  const point = latitude !== null && longitude !== null;
  return {
    id: String(source.record.id),
    organizationId,
    name: text.localized("name", 300),
    regionCode,
    locality: city ?? {},
    address: street ?? {},
    postalCode: postal,
    // Half a point is no point: both coordinates or neither.
    latitude: point ? latitude : null,
    longitude: point ? longitude : null,
  };
}

export interface ServiceParts {
  phone: string | null;
  schedule: SourceRecord | undefined;
  languages: Array<(typeof SERVICE_LANGUAGES)[number]>;
  categoryCodes: string[];
  targetGroups: string[];
}

const STATUS: Record<string, "active" | "inactive" | "defunct"> = {
  active: "active",
  inactive: "inactive",
  defunct: "defunct",
  "temporarily closed": "inactive",
};

export function mapService(
  source: SourceRecord,
  parts: ServiceParts,
  locale: Locale,
  issues: ImportIssue[],
): ServiceInsert {
  const text = new TextReader(source, locale, issues);
  const fees = text.localized("fees_description", 2000);
  const waitTime = text.localized("wait_time", 2000);
  const scheduleText = parts.schedule
    ? new TextReader(parts.schedule, locale, issues).localized("description", 2000)
    : null;
  const minAge = checked(source, issues, "minimum_age", intIn(0, 99));
  const maxAge = checked(source, issues, "maximum_age", intIn(0, 99));
  if (minAge !== null && maxAge !== null && maxAge < minAge)
    issues.push(issue(source, "maximum_age", "hsds.problem.age_range"));
  const status = String(source.record.status ?? "active");
  if (status === "temporarily closed")
    issues.push(issue(source, "status", "hsds.problem.status_mapped", { value: status }, "warning"));
  const targetGroups = new Set([...parts.targetGroups, ...targetGroupsOf(source, issues)]);
  return {
    id: String(source.record.id),
    organizationId: String(source.record.organization_id),
    name: text.required("name", 300),
    description: text.localized("description", 5000),
    categoryCodes: parts.categoryCodes,
    targetGroups: TARGET_GROUPS.filter((group) => targetGroups.has(group)),
    status: STATUS[status] ?? "active",
    published: true,
    minAge,
    maxAge,
    // HSDS has no cost kind: without the profile's, a fees text means a paid service, none a free one.
    cost: checked(source, issues, "cost_kind", oneOf(COST_KINDS)) ?? (fees ? "paid" : "free"),
    feesDescription: fees,
    languages: parts.languages,
    applicationProcess: text.localized("application_process", 5000),
    schedule: text.localized("schedule", 2000) ?? scheduleText,
    referralRequirement:
      checked(source, issues, "referral_requirement", oneOf(REFERRAL_REQUIREMENTS)) ?? "none",
    referralNote: text.localized("referral_note", 2000),
    hasWaitlist:
      typeof source.record.has_waitlist === "boolean" ? source.record.has_waitlist : waitTime !== null,
    waitlistNote: waitTime,
    capacity: checked(source, issues, "capacity", intIn(0, 1_000_000)),
    stateFundedPlaces: checked(source, issues, "state_funded_places", intIn(0, 1_000_000)),
    email: checked(source, issues, "email", fits(ZContactEmail)),
    phone: parts.phone && ZContactPhone.safeParse(parts.phone).success ? parts.phone.trim() : null,
    url: checked(source, issues, "url", fits(ZWebUrl)),
    assuredDate: checked(
      source,
      issues,
      "assured_date",
      (v): v is string => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v),
    ),
  };
}
