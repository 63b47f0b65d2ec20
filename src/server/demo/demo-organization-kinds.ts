import type { ORGANIZATION_TYPES } from "../../shared/vocabulary.ts";
import { DEMO_NON_STATE_KINDS } from "./demo-non-state-kinds.ts";
import type { CostStyle } from "./demo-organization-builder.ts";
import { DEMO_STATE_KINDS } from "./demo-state-kinds.ts";
import type { Text3 } from "./demo-text.ts";

/** A kind of organization found in every region: how it is named, what it offers, how common it is. */
export interface DemoOrganizationKind {
  key: string;
  type: (typeof ORGANIZATION_TYPES)[number];
  costStyle: CostStyle;
  /** State bodies carry a number («№3»), the others a chosen name; a kindergarten both. */
  name(number: number, brand: Text3): Text3;
  description: Text3;
  /** Always offered (unless the region lacks the category). */
  core: readonly string[];
  optional: readonly string[];
  /** Relative frequency among the generated organizations. */
  weight: number;
}

export const DEMO_ORGANIZATION_KINDS: readonly DemoOrganizationKind[] = [
  ...DEMO_STATE_KINDS,
  ...DEMO_NON_STATE_KINDS,
];
