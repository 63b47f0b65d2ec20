import { readFileSync } from "node:fs";
import path from "node:path";
import type { ValidateFunction } from "ajv";
import {
  COST_KINDS,
  LOCALES,
  ORGANIZATION_LEVELS,
  ORGANIZATION_TYPES,
  REFERRAL_REQUIREMENTS,
  TARGET_GROUPS,
} from "../../../../shared/vocabulary.ts";
import { HSDS_SCHEMA_DIR } from "./hsds-paths.ts";
import { HSDS_SCHEMA_BASE, hsdsAjv } from "./hsds-schemas.ts";

export const PROFILE_VERSION = "1.0";

const translations = {
  type: "object",
  description:
    "Yntymaq keeps text in Kazakh, Russian and English; HSDS has one text per field (the language asked with `lang`). " +
    "This object carries every language of every text field of the record, by language code then HSDS field name.",
  properties: Object.fromEntries(
    LOCALES.map((locale) => [locale, { type: "object", additionalProperties: { type: "string" } }]),
  ),
  additionalProperties: false,
};

const targetGroups = {
  type: "array",
  description: "Groups of children the record is for (terms of the yntymaq_target_groups taxonomy).",
  items: { type: "string", enum: [...TARGET_GROUPS] },
};

/** JSON merge patches (RFC 7386) over the official HSDS 3.0 schema files, by file name. */
export const PROFILE_PATCHES: Record<string, Record<string, unknown>> = {
  "service.json": {
    properties: {
      cost_kind: {
        type: "string",
        enum: [...COST_KINDS],
        description: "free, state_funded (places paid by the state) or paid.",
      },
      target_groups: targetGroups,
      referral_requirement: {
        type: "string",
        enum: [...REFERRAL_REQUIREMENTS],
        description:
          "What a family needs before applying, e.g. pmpk_conclusion: the conclusion of a PMPK assessment.",
      },
      referral_note: { type: "string", description: "Free text about the referral requirement." },
      has_waitlist: {
        type: "boolean",
        description: "Whether there is a waiting list; `wait_time` describes it.",
      },
      capacity: { type: "integer", minimum: 0, description: "Places in total." },
      state_funded_places: { type: "integer", minimum: 0, description: "Places paid for by the state." },
      translations,
    },
  },
  "organization.json": {
    properties: {
      organization_type: { type: "string", enum: [...ORGANIZATION_TYPES] },
      organization_level: { type: "string", enum: [...ORGANIZATION_LEVELS] },
      regions_served: {
        type: "array",
        description: "ISO 3166-2 codes of the regions of Kazakhstan the organization serves.",
        items: { type: "string", pattern: "^KZ-\\d{2}$" },
      },
      target_groups: targetGroups,
      translations,
    },
  },
  "location.json": {
    properties: {
      region_code: {
        type: "string",
        pattern: "^KZ-\\d{2}$",
        description: "ISO 3166-2 code of the region of Kazakhstan the location is in.",
      },
      translations,
    },
  },
};

/** RFC 7386: objects merge key by key, `null` removes a key, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== "object" || Array.isArray(patch)) return patch;
  const result: Record<string, unknown> =
    target !== null && typeof target === "object" && !Array.isArray(target) ? { ...(target as object) } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

/** An official schema file with the profile's patch applied. */
export function profiledSchema(file: string): Record<string, unknown> | undefined {
  const patch = PROFILE_PATCHES[file];
  if (!patch) return undefined;
  const official = JSON.parse(readFileSync(path.join(HSDS_SCHEMA_DIR, file), "utf8")) as unknown;
  return mergePatch(official, patch) as Record<string, unknown>;
}

/** Validates against an official schema with the profile applied (nested objects keep the official schemas). */
export function profiledValidator(file: string): ValidateFunction {
  const id = `${HSDS_SCHEMA_BASE}yntymaq-profile-${file}`;
  const existing = hsdsAjv().getSchema(id);
  if (existing) return existing;
  const schema = profiledSchema(file);
  if (!schema) throw new Error(`the profile does not patch ${file}`);
  // Under the official base URL so the schema's relative references ("phone.json") resolve to the official files.
  return hsdsAjv().compile({ ...schema, $id: id });
}
