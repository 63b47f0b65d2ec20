import { inArray } from "drizzle-orm";
import type { z } from "zod";
import { ZOrganizationCreate } from "../../../../shared/contracts/organizations.ts";
import { ZServiceCreate } from "../../../../shared/contracts/services.ts";
import type { ImportKind } from "../../../../shared/contracts/spreadsheet-import.ts";
import type { TLocalizedText } from "../../../../shared/localized-text.ts";
import type { Role } from "../../../../shared/vocabulary.ts";
import type { Queryable, Transaction } from "../../../db/client.ts";
import type { UserPrincipal } from "../../../http/principal.ts";
import { canCreateOrganization } from "../../organizations/organizations.policy.ts";
import { organizations } from "../../organizations/organizations.schema.ts";
import { insertOrganizationIn } from "../../organizations/organizations.service.ts";
import { canWriteOrganizationContent } from "../../services/services.policy.ts";
import { insertServiceIn } from "../../services/services.service.ts";
import type { CheckedRow } from "./import-rows.ts";

/** A problem found beyond the contract (uniqueness, scope), on the field with `key`. */
export interface RowProblem {
  row: number;
  fieldKey: string;
  messageKey: string;
  params?: Record<string, string | number>;
}

/** What differs between importing organizations and services; the rest of the import is shared. */
export interface ImportKindSpec<S extends z.ZodType> {
  contract: S;
  /** Roles that may import this kind at all; each row is then checked against the create policy. */
  roles: Role[];
  /** Rules the create routes enforce past the contract: scope and uniqueness. */
  checkRows(db: Queryable, principal: UserPrincipal, rows: CheckedRow<z.output<S>>[]): Promise<RowProblem[]>;
  /** Inserts one row through the module's own insert, inside the batch's audited transaction. */
  write(tx: Transaction, value: z.output<S>): Promise<string>;
  nameOf(value: z.output<S>): TLocalizedText;
}

type OrganizationValue = z.output<typeof ZOrganizationCreate>;
type ServiceValue = z.output<typeof ZServiceCreate>;

const organizationsSpec: ImportKindSpec<typeof ZOrganizationCreate> = {
  contract: ZOrganizationCreate,
  roles: ["admin", "coordinator"],
  async checkRows(db, principal, rows) {
    const problems: RowProblem[] = [];
    const bins = rows.flatMap((row) => (row.value?.bin ? [row.value.bin] : []));
    const taken = new Set(
      bins.length
        ? (
            await db
              .select({ bin: organizations.bin })
              .from(organizations)
              .where(inArray(organizations.bin, [...new Set(bins)]))
          ).map((row) => row.bin)
        : [],
    );
    const firstRowOf = new Map<string, number>();
    for (const { row, value } of rows) {
      if (!value) continue;
      if (!canCreateOrganization(principal, value.regionsServed)) {
        problems.push({ row, fieldKey: "regions_served", messageKey: "errors.organization_outside_regions" });
      }
      if (!value.bin) continue;
      if (taken.has(value.bin)) problems.push({ row, fieldKey: "bin", messageKey: "errors.bin_taken" });
      const earlier = firstRowOf.get(value.bin);
      if (earlier !== undefined) {
        problems.push({
          row,
          fieldKey: "bin",
          messageKey: "imports.duplicate_in_file",
          params: { row: earlier },
        });
      } else firstRowOf.set(value.bin, row);
    }
    return problems;
  },
  write: (tx, { regionsServed, ...data }: OrganizationValue) => insertOrganizationIn(tx, data, regionsServed),
  nameOf: (value) => value.name,
};

const servicesSpec: ImportKindSpec<typeof ZServiceCreate> = {
  contract: ZServiceCreate,
  roles: ["admin", "partner"],
  async checkRows(_db, principal, rows) {
    return rows.flatMap(({ row, value }) =>
      value && !canWriteOrganizationContent(principal, value.organizationId)
        ? [{ row, fieldKey: "organization", messageKey: "imports.organization_not_yours" }]
        : [],
    );
  },
  write: (tx, { locationIds, ...data }: ServiceValue) => insertServiceIn(tx, data, locationIds),
  nameOf: (value) => value.name,
};

export const IMPORT_KIND_SPECS = {
  organizations: organizationsSpec,
  services: servicesSpec,
} satisfies Record<ImportKind, ImportKindSpec<z.ZodType>>;
