import type { TFunction } from "i18next";
import type { TAuditEntry } from "../../../../shared/contracts/audit.ts";
import type { TMemorandumParty } from "../../../../shared/contracts/memoranda.ts";
import type { Formatters } from "../../../lib/format.ts";

export interface TimelineEvent {
  id: number;
  at: string;
  actor: "you" | "other" | "system";
  /** What happened, in the interface language; one line per change the entry holds. */
  lines: string[];
}

export interface TimelineContext {
  t: TFunction;
  format: Formatters;
  /** The memorandum's parties now, to name parties the history refers to by id. */
  parties: readonly TMemorandumParty[];
  meId: string;
}

type Row = Record<string, unknown>;

/** Columns that change on every update (the touch trigger) and say nothing by themselves. */
const BOOKKEEPING = new Set(["version", "updated_at", "created_at"]);
/** Memorandum columns with a name a reader knows; others changing alone are bookkeeping too. */
const NAMED_FIELDS = [
  "title",
  "number",
  "description",
  "scope_areas",
  "start_date",
  "end_date",
  "signed_date",
  "signed_place",
] as const;

const text = (value: unknown, format: Formatters) =>
  value && typeof value === "object" ? format.text(value as Record<string, string>) : "";

function changedKeys(before: Row | null, after: Row | null): string[] {
  if (!before || !after) return [];
  return Object.keys(after).filter(
    (key) => !BOOKKEEPING.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

function partyName(row: Row, ctx: TimelineContext): string {
  const party = ctx.parties.find(
    (p) =>
      (row.branch_id && p.branchId === row.branch_id) ||
      (row.organization_id && p.organizationId === row.organization_id),
  );
  return party ? ctx.format.text(party.name) : ctx.t("app.memoranda.timeline.former_party");
}

function memorandumLines(entry: TAuditEntry, ctx: TimelineContext): string[] {
  const { t, format } = ctx;
  const row = (entry.after ?? entry.before ?? {}) as Row;
  if (entry.action === "insert") {
    if (row.relation === "amendment") return [t("app.memoranda.timeline.amendment_created")];
    if (row.relation === "renewal") return [t("app.memoranda.timeline.renewal_created")];
    return [t("app.memoranda.timeline.created", { title: text(row.title, format) })];
  }
  if (entry.action === "delete") return [t("app.memoranda.timeline.deleted")];
  const before = entry.before as Row;
  const after = entry.after as Row;
  const changed = changedKeys(before, after);
  const lines: string[] = [];
  const signing = changed.includes("review_state") && after.review_state === "signed";
  if (signing) {
    lines.push(
      t("app.memoranda.timeline.signed", {
        date: format.date(after.signed_date as string | null),
        place: text(after.signed_place, format),
      }),
    );
  } else if (changed.includes("review_state")) {
    lines.push(
      t("app.memoranda.timeline.review", {
        from: t(`memoranda.review_state.${before.review_state}`),
        to: t(`memoranda.review_state.${after.review_state}`),
      }),
    );
  }
  if (changed.includes("lifecycle_status")) {
    if (after.lifecycle_status === "terminated") {
      lines.push(t("app.memoranda.timeline.terminated", { reason: String(after.termination_reason ?? "") }));
    } else if (after.lifecycle_status === "renewed") lines.push(t("app.memoranda.timeline.renewed"));
    else lines.push(t("app.memoranda.timeline.in_force_again"));
  }
  // Signing records its date and place and may set the start: the signing line says so already.
  const folded = signing ? new Set(["signed_date", "signed_place", "start_date"]) : new Set<string>();
  const fields = NAMED_FIELDS.filter((field) => changed.includes(field) && !folded.has(field));
  if (fields.length) {
    lines.push(
      t("app.memoranda.timeline.changed", {
        fields: format.list(fields.map((field) => t(`app.memoranda.timeline.field.${field}`))),
      }),
    );
  }
  return lines;
}

function partyLines(entry: TAuditEntry, ctx: TimelineContext): string[] {
  const { t } = ctx;
  const row = (entry.after ?? entry.before ?? {}) as Row;
  const party = partyName(row, ctx);
  if (entry.action === "insert") return [t("app.memoranda.timeline.party_added", { party })];
  if (entry.action === "delete") return [t("app.memoranda.timeline.party_removed", { party })];
  const changed = changedKeys(entry.before, entry.after);
  if (!changed.includes("signatory_name") && !changed.includes("signatory_position")) return [];
  const name = [row.signatory_name, row.signatory_position].filter(Boolean).join(", ");
  return [t("app.memoranda.timeline.signatory", { party, name: name || "—" })];
}

function commitmentLines(entry: TAuditEntry, ctx: TimelineContext): string[] {
  const { t, format } = ctx;
  const row = (entry.after ?? entry.before ?? {}) as Row;
  const commitment = text(row.text, format);
  if (entry.action === "insert") return [t("app.memoranda.timeline.commitment_added", { commitment })];
  if (entry.action === "delete") return [t("app.memoranda.timeline.commitment_removed", { commitment })];
  const changed = changedKeys(entry.before, entry.after);
  const lines: string[] = [];
  if (changed.includes("status")) {
    lines.push(
      t("app.memoranda.timeline.commitment_status", {
        commitment,
        from: t(`memoranda.commitment_status.${entry.before?.status}`),
        to: t(`memoranda.commitment_status.${entry.after?.status}`),
      }),
    );
  }
  if (changed.some((key) => key !== "status")) {
    lines.push(t("app.memoranda.timeline.commitment_changed", { commitment }));
  }
  return lines;
}

function attachmentLines(entry: TAuditEntry, ctx: TimelineContext): string[] {
  const row = (entry.after ?? entry.before ?? {}) as Row;
  const kind = ctx.t(`app.memoranda.files.kind.${String(row.kind)}`);
  if (entry.action === "insert") return [ctx.t("app.memoranda.timeline.file_attached", { kind })];
  if (entry.action === "delete") return [ctx.t("app.memoranda.timeline.file_removed", { kind })];
  return [];
}

const LINES_BY_TABLE: Record<string, (entry: TAuditEntry, ctx: TimelineContext) => string[]> = {
  memoranda: memorandumLines,
  memorandum_parties: partyLines,
  commitments: commitmentLines,
  file_attachments: attachmentLines,
};

/**
 * The audit log of a memorandum as a reader would tell it: «Sent for review», «Commitment added: …»,
 * «Photo attached». Entries that changed only bookkeeping columns are left out.
 */
export function timelineEvents(entries: readonly TAuditEntry[], ctx: TimelineContext): TimelineEvent[] {
  return entries.flatMap((entry) => {
    const describe = LINES_BY_TABLE[entry.table];
    const lines = describe ? describe(entry, ctx) : [ctx.t("app.memoranda.timeline.other_change")];
    if (lines.length === 0) return [];
    const actor = entry.actorId === null ? "system" : entry.actorId === ctx.meId ? "you" : "other";
    return [{ id: entry.id, at: entry.at, actor, lines }];
  });
}
