import { describe, expect, it } from "vitest";
import { ZExtractionConfirm } from "../../../../shared/contracts/extraction.ts";
import { FIXTURE_TEXT, fixtureProposal, ORDA, SHYMKENT_BRANCH, spanOf } from "../test/proposal-fixture.ts";
import { highlightsOf, segmentText } from "./highlights.ts";
import {
  confirmPayload,
  eventProblems,
  initialReview,
  type ReviewAction,
  type ReviewState,
  reviewReducer,
  reviewSummary,
} from "./review-state.ts";

const start = () => initialReview(fixtureProposal(), (branch) => `${branch}: меморандум`);
const apply = (state: ReviewState, ...actions: ReviewAction[]) => actions.reduce(reviewReducer, state);

describe("review state", () => {
  it("starts from the proposal: matches as existing records, the rest as new, the text's scope for all", () => {
    const state = start();
    const payload = confirmPayload(state);
    expect(ZExtractionConfirm.safeParse(payload).success).toBe(true);
    expect(payload.memoranda[0]).toEqual({
      title: { kk: "Шымкент қалалық филиалы: меморандум" },
      branches: [{ kind: "existing", id: SHYMKENT_BRANCH }],
      partners: [
        {
          kind: "new",
          name: { kk: "«Amazing kids»" },
          type: "private_centre",
          level: "city",
          regionsServed: ["KZ-79"],
          targetGroups: [],
        },
        { kind: "existing", id: ORDA },
      ],
      scopeAreas: ["best_practice_exchange", "joint_initiatives"],
      signedDate: null,
      signedPlace: null,
    });
    expect(payload.memoranda[1]?.branches).toEqual([
      {
        kind: "new",
        name: { kk: "«Халық кеңесі»" },
        branchKind: "attached_body",
        regionCode: "KZ-47",
        parentId: null,
      },
    ]);
    expect(state.events[1]?.partialList).toBe("өзге де ұйымдармен");
    expect(reviewSummary(state)).toEqual({ memoranda: 2, newPartners: 2, newBranches: 1 });
  });

  it("turns accept, edit, merge and drop into the confirm payload", () => {
    const e1 = "e1:partner:0";
    const state = apply(
      start(),
      {
        type: "edit_partner",
        eventId: "e1",
        key: e1,
        patch: { name: { kk: "«Amazing kids»", en: "Amazing kids" } },
      },
      { type: "set_partner_mode", eventId: "e1", key: "e1:partner:1", mode: "drop" },
      {
        type: "merge_partner",
        eventId: "e2",
        key: "e2:partner:0",
        record: { id: ORDA, name: { en: "ORDA" } },
      },
      {
        type: "edit_event",
        eventId: "e2",
        patch: { scopeAreas: ["adaptive_sport"], signedDate: "2025-03-14" },
      },
      {
        type: "set_branch",
        eventId: "e2",
        branch: { mode: "existing", record: { id: SHYMKENT_BRANCH, name: {} } },
      },
    );
    const [first, second] = confirmPayload(state).memoranda;
    expect(first?.partners).toEqual([
      expect.objectContaining({ kind: "new", name: { kk: "«Amazing kids»", en: "Amazing kids" } }),
    ]);
    expect(second).toMatchObject({
      branches: [{ kind: "existing", id: SHYMKENT_BRANCH }],
      partners: [{ kind: "existing", id: ORDA }],
      scopeAreas: ["adaptive_sport"],
      signedDate: "2025-03-14",
    });
    const dropped = apply(state, { type: "drop_event", eventId: "e1", dropped: true });
    expect(confirmPayload(dropped).memoranda).toHaveLength(1);
    expect(reviewSummary(dropped)).toEqual({ memoranda: 1, newPartners: 0, newBranches: 0 });
  });

  it("says what blocks an event: «existing» without a pick, no title, region or partner", () => {
    const state = apply(start(), {
      type: "set_partner_mode",
      eventId: "e1",
      key: "e1:partner:0",
      mode: "existing",
    });
    expect(eventProblems(state.events[0]!)).toEqual(["app.extraction.problem.partner_pick"]);
    const picked = apply(state, {
      type: "merge_partner",
      eventId: "e1",
      key: "e1:partner:0",
      record: { id: "44444444-1d2a-4b7c-9e0f-0a1b2c3d4e5f", name: { en: "Amazing kids" } },
    });
    expect(eventProblems(picked.events[0]!)).toEqual([]);
    const broken = apply(
      picked,
      { type: "edit_event", eventId: "e2", patch: { title: { kk: "  " }, regionCode: null } },
      { type: "set_partner_mode", eventId: "e2", key: "e2:partner:0", mode: "drop" },
    );
    expect(eventProblems(broken.events[1]!)).toEqual([
      "app.extraction.problem.title",
      "app.extraction.problem.region",
      "app.extraction.problem.partners",
    ]);
    expect(eventProblems(broken.events[0]!)).toEqual([]);
  });
});

describe("highlights", () => {
  it("keys every item as the review does and cuts the text so inner items stay visible", () => {
    const proposal = fixtureProposal();
    const highlights = highlightsOf(proposal);
    expect(highlights.map((h) => h.key)).toContain("e1:partner:1");
    expect(highlights.find((h) => h.key === "e2:partial")).toMatchObject(spanOf("өзге де ұйымдармен"));
    const segments = segmentText(FIXTURE_TEXT.length, highlights);
    expect(segments.map((s) => FIXTURE_TEXT.slice(s.start, s.end)).join("")).toBe(FIXTURE_TEXT);
    const scope = segments.find((s) => s.highlight?.key === "text:scope:0");
    expect(FIXTURE_TEXT.slice(scope!.start, scope!.end)).toBe("Озық тәжірибелермен алмасып");
    // The quote around it is still marked on both sides.
    expect(segments.filter((s) => s.highlight?.key === "text:quote:0").length).toBeGreaterThan(1);
  });
});
