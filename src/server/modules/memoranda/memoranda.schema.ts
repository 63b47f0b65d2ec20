import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  COMMITMENT_STATUSES,
  MEMORANDUM_RELATIONS,
  PARTY_KINDS,
  REVIEW_STATES,
  SCOPE_AREAS,
  STORED_LIFECYCLE_STATUSES,
} from "../../../shared/vocabulary.ts";
import { idColumn, localizedText, timestamps, versionColumn } from "../../db/columns.ts";
import { branches } from "../branches/branches.schema.ts";
import { organizations } from "../organizations/organizations.schema.ts";

export const reviewState = pgEnum("review_state", REVIEW_STATES);
export const lifecycleStatus = pgEnum("lifecycle_status", STORED_LIFECYCLE_STATUSES);
export const memorandumRelation = pgEnum("memorandum_relation", MEMORANDUM_RELATIONS);
export const scopeArea = pgEnum("scope_area", SCOPE_AREAS);
export const partyKind = pgEnum("party_kind", PARTY_KINDS);
export const commitmentStatus = pgEnum("commitment_status", COMMITMENT_STATUSES);

export const memoranda = pgTable(
  "memoranda",
  {
    id: idColumn(),
    number: text("number").unique(),
    title: localizedText("title").notNull(),
    description: localizedText("description"),
    scopeAreas: scopeArea("scope_areas").array().notNull().default([]),
    reviewState: reviewState("review_state").notNull().default("draft"),
    lifecycleStatus: lifecycleStatus("lifecycle_status").notNull().default("active"),
    signedDate: date("signed_date"),
    signedPlace: localizedText("signed_place"),
    startDate: date("start_date"),
    endDate: date("end_date"),
    parentId: uuid("parent_id").references((): AnyPgColumn => memoranda.id, { onDelete: "restrict" }),
    relation: memorandumRelation("relation"),
    terminationReason: text("termination_reason"),
    terminatedAt: timestamp("terminated_at", { withTimezone: true }),
    ...timestamps(),
    version: versionColumn(),
  },
  (table) => [
    index("memoranda_review_idx").on(table.reviewState),
    index("memoranda_parent_idx").on(table.parentId),
    check(
      "memoranda_term_order",
      sql`${table.endDate} IS NULL OR ${table.startDate} IS NULL OR ${table.endDate} >= ${table.startDate}`,
    ),
    check("memoranda_relation_has_parent", sql`(${table.parentId} IS NULL) = (${table.relation} IS NULL)`),
  ],
);

export const memorandumParties = pgTable(
  "memorandum_parties",
  {
    id: idColumn(),
    memorandumId: uuid("memorandum_id")
      .notNull()
      .references(() => memoranda.id, { onDelete: "cascade" }),
    kind: partyKind("kind").notNull(),
    branchId: uuid("branch_id").references(() => branches.id, { onDelete: "restrict" }),
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "restrict" }),
    signatoryName: text("signatory_name"),
    signatoryPosition: text("signatory_position"),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (table) => [
    index("memorandum_parties_memorandum_idx").on(table.memorandumId),
    index("memorandum_parties_branch_idx").on(table.branchId),
    index("memorandum_parties_organization_idx").on(table.organizationId),
    uniqueIndex("memorandum_parties_branch_unique").on(table.memorandumId, table.branchId),
    uniqueIndex("memorandum_parties_organization_unique").on(table.memorandumId, table.organizationId),
    check(
      "memorandum_parties_one_side",
      sql`(${table.kind} = 'branch' AND ${table.branchId} IS NOT NULL AND ${table.organizationId} IS NULL) OR (${table.kind} = 'organization' AND ${table.organizationId} IS NOT NULL AND ${table.branchId} IS NULL)`,
    ),
  ],
);

export const commitments = pgTable(
  "commitments",
  {
    id: idColumn(),
    memorandumId: uuid("memorandum_id")
      .notNull()
      .references(() => memoranda.id, { onDelete: "cascade" }),
    partyId: uuid("party_id")
      .notNull()
      .references(() => memorandumParties.id, { onDelete: "cascade" }),
    text: localizedText("text").notNull(),
    dueDate: date("due_date"),
    status: commitmentStatus("status").notNull().default("planned"),
    evidence: text("evidence"),
    ...timestamps(),
    version: versionColumn(),
  },
  (table) => [index("commitments_memorandum_idx").on(table.memorandumId)],
);
