/** Closed vocabularies of the domain, shared by the database enums, the API contracts and the UI. */

export const LOCALES = ["kk", "ru", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "kk";

export const REGION_KINDS = ["region", "city"] as const;

export const BRANCH_KINDS = ["central", "regional", "city", "attached_body"] as const;

export const ORGANIZATION_TYPES = [
  "state_institution",
  "private_centre",
  "public_foundation",
  "public_association",
  "republican_association",
  "sport_federation",
  "parents_association",
] as const;

export const ORGANIZATION_LEVELS = ["city", "region", "republic"] as const;

export const TARGET_GROUPS = [
  "asd",
  "down_syndrome",
  "cerebral_palsy",
  "hearing",
  "vision",
  "intellectual",
  "other",
] as const;

export const RECORD_STATUSES = ["active", "archived"] as const;

export const SERVICE_STATUSES = ["active", "inactive", "defunct"] as const;

export const COST_KINDS = ["free", "state_funded", "paid"] as const;

export const SERVICE_LANGUAGES = ["kk", "ru", "en"] as const;

export const REFERRAL_REQUIREMENTS = ["none", "pmpk_conclusion", "medical_referral", "other"] as const;

export const SCOPE_AREAS = [
  "education_access",
  "medical_access",
  "social_services",
  "inclusion",
  "adaptive_sport",
  "best_practice_exchange",
  "joint_initiatives",
  "inclusive_policy",
] as const;

export const REVIEW_STATES = ["draft", "in_review", "approved", "signed"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** Stored lifecycle: what a person decided. `expiring` and `expired` are computed from the dates. */
export const STORED_LIFECYCLE_STATUSES = ["active", "terminated", "renewed"] as const;
export const LIFECYCLE_STATUSES = ["active", "expiring", "expired", "terminated", "renewed"] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

export const MEMORANDUM_RELATIONS = ["amendment", "renewal"] as const;

export const PARTY_KINDS = ["branch", "organization"] as const;

export const COMMITMENT_STATUSES = ["planned", "in_progress", "done", "cancelled"] as const;

export const INITIATIVE_TYPES = [
  "event",
  "training",
  "round_table",
  "consultation_day",
  "sport_event",
  "campaign",
  "other",
] as const;

export const NEWS_LINK_KINDS = ["memorandum", "initiative", "organization", "branch", "practice"] as const;

export const ROLES = ["admin", "coordinator", "partner", "viewer"] as const;
export type Role = (typeof ROLES)[number];
