import type { AgeBand } from "../../../../shared/age-bands.ts";
import type { COST_KINDS, ORGANIZATION_TYPES } from "../../../../shared/vocabulary.ts";
import type { MetricList } from "./coverage-metrics.ts";

type OrganizationType = (typeof ORGANIZATION_TYPES)[number];
type CostKind = (typeof COST_KINDS)[number];

/**
 * A back-office list screen with the filters that select exactly the rows behind one number (the server
 * test coverage-click-through.test.ts checks each list's total equals the figure).
 */
export type ListTarget =
  | {
      to: "/services";
      search: {
        region: string[];
        category?: string[];
        cost?: CostKind[];
        ageBand?: AgeBand;
        organizationType?: OrganizationType[];
        status: "active";
        organizationStatus: "active";
      };
    }
  | {
      to: "/partners";
      search: {
        serviceRegion: string[];
        category?: string[];
        ageBand?: AgeBand;
        type?: OrganizationType[];
        status: "active";
      };
    }
  | {
      to: "/memoranda";
      search: {
        region: string;
        reviewState: "signed";
        lifecycle?: string;
        activeFrom?: string;
        activeTo?: string;
      };
    };

export interface ListScope {
  regionCode: string;
  /** The cell's category; none for a region's figure, which is over all categories. */
  categoryCode?: string | undefined;
  organizationType?: OrganizationType | undefined;
  ageBand?: AgeBand | undefined;
  /** The period active memoranda were counted over (TCoverage.period); none: in force today. */
  period?: { from: string; to: string } | null | undefined;
}

const COST_OF: Partial<Record<MetricList, CostKind>> = {
  freeServices: "free",
  stateFundedServices: "state_funded",
};

/**
 * The list behind a figure, as the matrix counts it: active services of active organizations located in
 * the region; partners are the organizations with such a service (by location, not by regions served);
 * active memoranda are signed ones with a branch of the region, in force today or during the period.
 */
export function listTargetFor(list: MetricList, scope: ListScope): ListTarget {
  const region = [scope.regionCode];
  if (list === "memoranda") {
    const base = { region: scope.regionCode, reviewState: "signed" as const };
    return {
      to: "/memoranda",
      search: scope.period
        ? { ...base, activeFrom: scope.period.from, activeTo: scope.period.to }
        : { ...base, lifecycle: "active,expiring" },
    };
  }
  const narrowed = {
    ...(scope.categoryCode ? { category: [scope.categoryCode] } : {}),
    ...(scope.ageBand ? { ageBand: scope.ageBand } : {}),
  };
  const types = scope.organizationType ? [scope.organizationType] : undefined;
  if (list === "partners") {
    return {
      to: "/partners",
      search: { serviceRegion: region, ...narrowed, ...(types ? { type: types } : {}), status: "active" },
    };
  }
  const cost = COST_OF[list];
  return {
    to: "/services",
    search: {
      region,
      ...narrowed,
      ...(cost ? { cost: [cost] } : {}),
      ...(types ? { organizationType: types } : {}),
      status: "active",
      organizationStatus: "active",
    },
  };
}
