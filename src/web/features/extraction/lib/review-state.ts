import type {
  TConfirmedMemorandum,
  TExtractionConfirm,
  TExtractionProposal,
  TSigningEvent,
} from "../../../../shared/contracts/extraction.ts";
import type { TLocalizedText } from "../../../../shared/localized-text.ts";
import {
  type BRANCH_KINDS,
  LOCALES,
  type ORGANIZATION_LEVELS,
  type ORGANIZATION_TYPES,
  type SCOPE_AREAS,
  type TARGET_GROUPS,
} from "../../../../shared/vocabulary.ts";

export type BranchKind = (typeof BRANCH_KINDS)[number];
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];
export type OrganizationLevel = (typeof ORGANIZATION_LEVELS)[number];
export type ScopeArea = (typeof SCOPE_AREAS)[number];
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** A branch or organization already in the registry: the extraction's match or one the person picked. */
export interface ExistingRecord {
  id: string;
  name: Record<string, string>;
}

/** A new branch takes the event's region. */
export type BranchChoice =
  | { mode: "existing"; record: ExistingRecord }
  | { mode: "new"; name: TLocalizedText; kind: BranchKind };

export type PartnerMode = "new" | "existing" | "drop";

export interface PartnerReview {
  /** Also the key of its highlighted span (see highlights.ts). */
  key: string;
  /** The words of the text it came from. */
  text: string;
  mode: PartnerMode;
  /** The matched or picked organization; kept when the person switches to «new», to switch back. */
  existing: ExistingRecord | null;
  name: TLocalizedText;
  type: OrganizationType;
  level: OrganizationLevel;
}

export interface EventReview {
  id: string;
  dropped: boolean;
  title: TLocalizedText;
  branch: BranchChoice | null;
  /** The branch the text names, as written, for «create new» after picking another. */
  branchText: string | null;
  regionCode: string | null;
  signedDate: string | null;
  signedPlace: TLocalizedText | null;
  scopeAreas: ScopeArea[];
  targetGroups: TargetGroup[];
  partners: PartnerReview[];
  /** The words saying the list of partners is not complete («және өзге де ұйымдар»). */
  partialList: string | null;
}

export interface ReviewState {
  language: TExtractionProposal["language"];
  events: EventReview[];
}

export const eventItemKey = (eventId: string, item: string) => `${eventId}:${item}`;

const union = <T>(...lists: (readonly T[])[]): T[] => [...new Set(lists.flat())];

function initialBranch(event: TSigningEvent, language: string): BranchChoice | null {
  if (!event.branch) return null;
  if (event.branch.match) return { mode: "existing", record: event.branch.match };
  return { mode: "new", name: { [language]: event.branch.name }, kind: event.branch.kind };
}

function initialEvent(
  event: TSigningEvent,
  proposal: TExtractionProposal,
  titleFor: (branchName: string | null) => string,
): EventReview {
  const language = proposal.language;
  const branch = initialBranch(event, language);
  const branchName =
    branch?.mode === "existing"
      ? (branch.record.name[language] ?? Object.values(branch.record.name)[0] ?? null)
      : (event.branch?.name ?? null);
  return {
    id: event.id,
    dropped: false,
    title: { [language]: titleFor(branchName) },
    branch,
    branchText: event.branch?.name ?? null,
    regionCode: event.region?.value ?? event.branch?.regionCode ?? event.place?.regionCode ?? null,
    signedDate: event.date?.value ?? null,
    signedPlace: event.place ? { [language]: event.place.name } : null,
    // What the whole text says (the closing quote) holds for every signing it reports.
    scopeAreas: union(
      event.scopeAreas.map((item) => item.value),
      proposal.scopeAreas.map((item) => item.value),
    ),
    targetGroups: union(
      event.targetGroups.map((item) => item.value),
      proposal.targetGroups.map((item) => item.value),
    ),
    partners: event.partners.map((partner, index) => ({
      key: eventItemKey(event.id, `partner:${index}`),
      text: partner.text,
      mode: partner.match ? "existing" : "new",
      existing: partner.match,
      name: { [language]: partner.name },
      type: partner.type,
      level: partner.level ?? "region",
    })),
    partialList: event.partialList?.text ?? null,
  };
}

/** What the review starts from: every proposed item accepted, matches taken as the existing record. */
export function initialReview(
  proposal: TExtractionProposal,
  titleFor: (branchName: string | null) => string,
): ReviewState {
  return {
    language: proposal.language,
    events: proposal.events.map((event) => initialEvent(event, proposal, titleFor)),
  };
}

export type ReviewAction =
  | { type: "drop_event"; eventId: string; dropped: boolean }
  | {
      type: "edit_event";
      eventId: string;
      patch: Partial<
        Pick<EventReview, "title" | "regionCode" | "signedDate" | "scopeAreas" | "targetGroups">
      >;
    }
  | { type: "set_branch"; eventId: string; branch: BranchChoice }
  | { type: "set_partner_mode"; eventId: string; key: string; mode: PartnerMode }
  | { type: "merge_partner"; eventId: string; key: string; record: ExistingRecord }
  | {
      type: "edit_partner";
      eventId: string;
      key: string;
      patch: Partial<Pick<PartnerReview, "name" | "type" | "level">>;
    };

function mapEvent(state: ReviewState, eventId: string, change: (event: EventReview) => EventReview) {
  return { ...state, events: state.events.map((event) => (event.id === eventId ? change(event) : event)) };
}

function mapPartner(event: EventReview, key: string, change: (partner: PartnerReview) => PartnerReview) {
  return {
    ...event,
    partners: event.partners.map((partner) => (partner.key === key ? change(partner) : partner)),
  };
}

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case "drop_event":
      return mapEvent(state, action.eventId, (event) => ({ ...event, dropped: action.dropped }));
    case "edit_event":
      return mapEvent(state, action.eventId, (event) => ({ ...event, ...action.patch }));
    case "set_branch":
      return mapEvent(state, action.eventId, (event) => ({ ...event, branch: action.branch }));
    case "set_partner_mode":
      // «Existing» without a record yet shows the picker; eventProblems holds the event back until one is picked.
      return mapEvent(state, action.eventId, (event) =>
        mapPartner(event, action.key, (partner) => ({ ...partner, mode: action.mode })),
      );
    case "merge_partner":
      return mapEvent(state, action.eventId, (event) =>
        mapPartner(event, action.key, (partner) => ({
          ...partner,
          mode: "existing",
          existing: action.record,
        })),
      );
    case "edit_partner":
      return mapEvent(state, action.eventId, (event) =>
        mapPartner(event, action.key, (partner) => ({ ...partner, ...action.patch })),
      );
  }
}

const hasText = (value: TLocalizedText | null | undefined) =>
  LOCALES.some((locale) => (value?.[locale] ?? "").trim() !== "");

/** Without empty or blank languages, as ZLocalizedText wants it. */
function cleanText(value: TLocalizedText): TLocalizedText {
  const clean: TLocalizedText = {};
  for (const locale of LOCALES) {
    const text = value[locale]?.trim();
    if (text) clean[locale] = text;
  }
  return clean;
}

export const keptEvents = (state: ReviewState) => state.events.filter((event) => !event.dropped);
const keptPartners = (event: EventReview) => event.partners.filter((partner) => partner.mode !== "drop");

/** What stops an event from becoming a draft memorandum, as i18n keys; empty when it may go. */
export function eventProblems(event: EventReview): string[] {
  const problems: string[] = [];
  if (!hasText(event.title)) problems.push("app.extraction.problem.title");
  if (!event.branch) problems.push("app.extraction.problem.branch");
  else if (event.branch.mode === "new" && !hasText(event.branch.name)) {
    problems.push("app.extraction.problem.branch_name");
  }
  if (event.branch?.mode === "new" && !event.regionCode) problems.push("app.extraction.problem.region");
  const partners = keptPartners(event);
  if (partners.length === 0) problems.push("app.extraction.problem.partners");
  if (partners.some((partner) => partner.mode === "new" && !hasText(partner.name))) {
    problems.push("app.extraction.problem.partner_name");
  }
  if (partners.some((partner) => partner.mode === "existing" && !partner.existing)) {
    problems.push("app.extraction.problem.partner_pick");
  }
  return problems;
}

function confirmedMemorandum(event: EventReview): TConfirmedMemorandum {
  const { branch } = event;
  if (!branch) throw new Error(`event ${event.id} has no branch`);
  return {
    title: cleanText(event.title),
    branches: [
      branch.mode === "existing"
        ? { kind: "existing", id: branch.record.id }
        : {
            kind: "new",
            name: cleanText(branch.name),
            branchKind: branch.kind,
            regionCode: event.regionCode ?? "",
            parentId: null,
          },
    ],
    partners: keptPartners(event).map((partner) =>
      partner.mode === "existing" && partner.existing
        ? { kind: "existing", id: partner.existing.id }
        : {
            kind: "new",
            name: cleanText(partner.name),
            type: partner.type,
            level: partner.level,
            regionsServed: event.regionCode ? [event.regionCode] : [],
            targetGroups: event.targetGroups,
          },
    ),
    scopeAreas: event.scopeAreas,
    signedDate: event.signedDate,
    signedPlace: event.signedPlace && hasText(event.signedPlace) ? cleanText(event.signedPlace) : null,
  };
}

/** The body of `POST /api/extraction/confirm`: one draft memorandum per event that was kept. */
export function confirmPayload(state: ReviewState): TExtractionConfirm {
  return { memoranda: keptEvents(state).map(confirmedMemorandum) };
}

/** «Create N draft memoranda, M new partners (and K new branches)». */
export function reviewSummary(state: ReviewState) {
  const events = keptEvents(state);
  return {
    memoranda: events.length,
    newPartners: events.flatMap(keptPartners).filter((partner) => partner.mode === "new").length,
    newBranches: events.filter((event) => event.branch?.mode === "new").length,
  };
}
