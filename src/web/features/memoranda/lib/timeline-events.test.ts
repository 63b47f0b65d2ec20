import type { i18n as I18n } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import type { TAuditEntry } from "../../../../shared/contracts/audit.ts";
import type { TMemorandumParty } from "../../../../shared/contracts/memoranda.ts";
import { formattersFor } from "../../../lib/format.ts";
import { testI18n } from "../../../test/test-providers.tsx";
import { type TimelineContext, timelineEvents } from "./timeline-events.ts";

const ME = "user-me";
const PARTIES: TMemorandumParty[] = [
  {
    id: "p1",
    kind: "branch",
    branchId: "b1",
    organizationId: null,
    name: { kk: "Шымкент қалалық филиалы", en: "Shymkent city branch" },
    regionCode: "KZ-79",
    signatoryName: null,
    signatoryPosition: null,
  },
  {
    id: "p2",
    kind: "organization",
    branchId: null,
    organizationId: "o1",
    name: { kk: "«ORDA» бірлестігі", en: "ORDA association" },
    regionCode: null,
    signatoryName: null,
    signatoryPosition: null,
  },
];

const MEMO = {
  id: "m1",
  title: { kk: "Ынтымақтастық туралы меморандум", en: "Memorandum of cooperation" },
  number: null,
  review_state: "draft",
  lifecycle_status: "active",
  signed_date: null,
  signed_place: null,
  start_date: null,
  end_date: "2027-03-13",
  relation: null,
  version: 1,
  updated_at: "2025-03-01T10:00:00Z",
};

let seq = 0;
function entry(
  table: string,
  action: TAuditEntry["action"],
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  actorId: string | null = ME,
): TAuditEntry {
  seq += 1;
  return {
    id: seq,
    at: "2025-03-14T09:30:00Z",
    actorId,
    action,
    entity: "memoranda",
    entityId: "m1",
    table,
    before,
    after,
  };
}

let en: I18n;
let ru: I18n;
beforeAll(async () => {
  en = await testI18n("en");
  ru = await testI18n("ru");
});

const ctxFor = (i18n: I18n): TimelineContext => ({
  t: i18n.t.bind(i18n),
  format: formattersFor(i18n.language as "en" | "ru"),
  parties: PARTIES,
  meId: ME,
});

describe("timelineEvents", () => {
  it("tells creation, review moves, signing and termination in words", () => {
    const inReview = { ...MEMO, review_state: "in_review", version: 2 };
    const signed = {
      ...inReview,
      review_state: "signed",
      signed_date: "2025-03-14",
      signed_place: { en: "Shymkent", kk: "Шымкент" },
      start_date: "2025-03-14",
      version: 3,
    };
    const terminated = {
      ...signed,
      lifecycle_status: "terminated",
      termination_reason: "The centre closed",
      version: 4,
    };
    const events = timelineEvents(
      [
        entry("memoranda", "update", signed, terminated),
        entry("memoranda", "update", inReview, signed, "someone-else"),
        entry("memoranda", "update", MEMO, inReview),
        entry("memoranda", "insert", null, MEMO, null),
      ],
      ctxFor(en),
    );
    expect(events.map((event) => [event.actor, ...event.lines])).toEqual([
      ["you", "Terminated early. Reason: The centre closed"],
      ["other", "Signed on 14 Mar 2025 in Shymkent"],
      ["you", "Review: Draft → In review"],
      ["system", "Draft created: «Memorandum of cooperation»"],
    ]);
  });

  it("names changed fields and leaves out updates of bookkeeping columns only", () => {
    const retitled = { ...MEMO, title: { en: "New title" }, end_date: null, version: 2 };
    const touched = { ...retitled, version: 3, updated_at: "2025-03-02T10:00:00Z" };
    const events = timelineEvents(
      [entry("memoranda", "update", retitled, touched), entry("memoranda", "update", MEMO, retitled)],
      ctxFor(en),
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.lines).toEqual(["Changed: title and end date"]);
  });

  it("names parties, commitments and files, in the interface language", () => {
    const party = {
      id: "p2",
      memorandum_id: "m1",
      kind: "organization",
      organization_id: "o1",
      branch_id: null,
    };
    const commitment = {
      id: "c1",
      party_id: "p2",
      text: { en: "Hold a round table", ru: "Провести круглый стол" },
      status: "planned",
      version: 1,
    };
    const done = { ...commitment, status: "done", version: 2 };
    const photo = { id: "a1", memorandum_id: "m1", file_id: "f1", kind: "photo" };
    const gone = {
      id: "p9",
      memorandum_id: "m1",
      kind: "organization",
      organization_id: "o-removed",
      branch_id: null,
    };
    const entries = [
      entry("file_attachments", "insert", null, photo),
      entry("commitments", "update", commitment, done),
      entry("commitments", "insert", null, commitment),
      entry("memorandum_parties", "update", party, {
        ...party,
        signatory_name: "Айгүл Сейітова",
        signatory_position: "Төраға",
      }),
      entry("memorandum_parties", "delete", gone, null),
      entry("memorandum_parties", "insert", null, party),
    ];
    expect(timelineEvents(entries, ctxFor(en)).flatMap((event) => event.lines)).toEqual([
      "File attached: Photo",
      "Commitment «Hold a round table»: Planned → Done",
      "Commitment added: «Hold a round table»",
      "Signatory for ORDA association: Айгүл Сейітова, Төраға",
      "Party removed: a former party",
      "Party added: ORDA association",
    ]);
    expect(timelineEvents(entries.slice(0, 3), ctxFor(ru)).flatMap((event) => event.lines)).toEqual([
      "Прикреплён файл: Фотография",
      "Обязательство «Провести круглый стол»: Запланировано → Выполнено",
      "Добавлено обязательство: «Провести круглый стол»",
    ]);
  });
});
