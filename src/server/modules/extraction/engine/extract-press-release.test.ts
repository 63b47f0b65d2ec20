import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type TExtractionProposal, ZExtractionProposal } from "../../../../shared/contracts/extraction.ts";
import { sharedDir } from "../../../public-site/map/region-geometry.ts";
import { loadFixtures } from "../extraction-evaluation.ts";
import { extractPressRelease } from "./extract-press-release.ts";

const seedText = readFileSync(path.join(sharedDir(), "seed/press-release-kk.txt"), "utf8");

/** Every item of a proposal that carries a span, with the text it claims to have come from. */
function spannedItems(
  proposal: TExtractionProposal,
): Array<{ what: string; span: { start: number; end: number }; text?: string }> {
  const items: Array<{ what: string; span: { start: number; end: number }; text?: string }> = [];
  const add = (what: string, item: { span: { start: number; end: number }; text?: string } | null) => {
    if (item) items.push({ what, span: item.span, ...(item.text !== undefined ? { text: item.text } : {}) });
  };
  for (const event of proposal.events) {
    add(`${event.id}`, event);
    add(`${event.id}.branch`, event.branch);
    add(`${event.id}.region`, event.region);
    add(`${event.id}.place`, event.place);
    add(`${event.id}.partialList`, event.partialList);
    add(`${event.id}.date`, event.date);
    for (const partner of event.partners) add(`${event.id}.partner`, partner);
    for (const item of [...event.targetGroups, ...event.scopeAreas]) add(`${event.id}.${item.value}`, item);
    for (const quote of event.quotes) add(`${event.id}.quote`, quote);
  }
  for (const quote of proposal.quotes) add("quote", quote);
  for (const item of [...proposal.targetGroups, ...proposal.scopeAreas]) add(item.value, item);
  return items;
}

describe("extractPressRelease on the seed release", () => {
  const proposal = extractPressRelease(seedText);

  it("reads Kazakh and finds exactly the three signings", () => {
    expect(proposal.language).toBe("kk");
    expect(proposal.languageConfidence).toBeGreaterThan(0.9);
    expect(proposal.events.map((event) => event.id)).toEqual(["e1", "e2", "e3"]);
  });

  it("Shymkent city branch with the correction centre under the Education Department, «Amazing kids» and «ОРДА»", () => {
    const event = proposal.events[0]!;
    expect(event.branch).toMatchObject({
      kind: "city",
      regionCode: "KZ-79",
      name: "Шымкент қалалық филиалы",
    });
    expect(event.region?.value).toBe("KZ-79");
    expect(event.place).toBeNull();
    expect(event.partners.map((p) => [p.name, p.type])).toEqual([
      [
        "Шымкент қалалық Білім басқармасына қарасты психологиялық-педагогикалық түзету орталығы",
        "state_institution",
      ],
      ["Amazing kids", "private_centre"],
      ["ОРДА", "parents_association"],
    ]);
    expect(event.partialList).toBeNull();
    expect(event.targetGroups.map((t) => t.value)).toEqual(["asd"]);
    expect(event.scopeAreas.map((s) => s.value)).toEqual([
      "education_access",
      "medical_access",
      "social_services",
      "inclusion",
    ]);
    expect(event.date).toBeNull();
  });

  it("the People's Council in Mangystau region with «Ана махаббаты» and «Бочча», a partial list", () => {
    const event = proposal.events[1]!;
    expect(event.branch).toMatchObject({ kind: "attached_body", regionCode: "KZ-47", name: "Халық кеңесі" });
    expect(event.branch?.text).toBe("партия жанындағы «Халық кеңесі»");
    expect(event.region).toMatchObject({ value: "KZ-47" });
    expect(event.place).toMatchObject({
      text: "Маңғыстау облысында",
      name: "Маңғыстау облысы",
      kind: "region",
    });
    expect(event.partners.map((p) => [p.name, p.nameLatin, p.type, p.regionCode])).toEqual([
      ["Ана махаббаты", "Ana Mahabbaty", "public_foundation", null],
      ["Бочча", "Bochcha", "sport_federation", "KZ-47"],
    ]);
    expect(event.partners[0]?.text).toBe("«Ана махаббаты» қоғамдық қоры");
    expect(event.partialList?.text).toBe("және өзге де");
    expect(event.scopeAreas.map((s) => s.value)).toEqual(["adaptive_sport"]);
  });

  it("the Almaty regional branch in Qonaev with «Қамқор Жүрек» and the republican union of parents", () => {
    const event = proposal.events[2]!;
    expect(event.branch).toMatchObject({
      kind: "regional",
      regionCode: "KZ-19",
      name: "Алматы облыстық филиалы",
    });
    expect(event.region?.value).toBe("KZ-19");
    expect(event.place).toMatchObject({
      text: "Қонаев қаласында",
      name: "Қонаев",
      regionCode: "KZ-19",
      kind: "town",
    });
    expect(event.partners.map((p) => [p.name, p.type, p.level])).toEqual([
      ["Қамқор Жүрек", "public_association", null],
      ["Ерекше балалардың ата-аналар одағы", "republican_association", "republic"],
    ]);
    expect(event.partialList).toBeNull();
  });

  it("keeps what the release says about all signings for the whole proposal", () => {
    expect(proposal.targetGroups.map((t) => t.value)).toEqual(["asd"]);
    expect(proposal.scopeAreas.map((s) => s.value).sort()).toEqual(
      ["best_practice_exchange", "inclusion", "inclusive_policy", "joint_initiatives"].sort(),
    );
    expect(proposal.quotes.map((q) => q.text.slice(0, 24))).toEqual([
      "Ынтымақтастықтың мақсаты",
      "Бұл құжат инклюзивті сая",
    ]);
    expect(proposal.events.every((event) => event.quotes.length === 0)).toBe(true);
  });
});

describe("extractPressRelease on every fixture", () => {
  const fixtures = loadFixtures();

  it.each(fixtures.map((f) => [f.name, f.text] as const))(
    "%s: every span is exactly its item's text",
    (_, text) => {
      const proposal = extractPressRelease(text);
      expect(ZExtractionProposal.parse(proposal)).toEqual(proposal);
      for (const item of spannedItems(proposal)) {
        expect(item.span.end, item.what).toBeGreaterThan(item.span.start);
        if (item.text !== undefined)
          expect(proposal.text.slice(item.span.start, item.span.end), item.what).toBe(item.text);
      }
    },
  );

  it("is deterministic and normalizes line endings before counting offsets", () => {
    const windows = seedText.replace(/\n/g, "\r\n");
    const fromWindows = extractPressRelease(windows);
    expect(fromWindows).toEqual(extractPressRelease(seedText));
    expect(fromWindows.text.includes("\r")).toBe(false);
  });

  it("takes the language it is told, and finds nothing in a text without a signing", () => {
    const told = extractPressRelease(seedText, { language: "ru" });
    expect(told).toMatchObject({ language: "ru", languageConfidence: 1 });
    expect(extractPressRelease("Ертең Ақтауда бочча турнирі өтеді.").events).toEqual([]);
  });

  it("ties a quote to the signing whose paragraph it stands in", () => {
    const semey = fixtures.find((f) => f.name === "kk-semey-straight-quotes")!;
    const proposal = extractPressRelease(semey.text);
    expect(proposal.events[0]?.quotes.map((q) => q.text)).toEqual(["Бұл – отбасыларға нақты көмек"]);
    expect(proposal.quotes).toEqual([]);
  });

  it("reads Russian releases with their dates, places and straight quotes", () => {
    const astana = fixtures.find((f) => f.name === "ru-astana-three-partners")!;
    const proposal = extractPressRelease(astana.text);
    expect(proposal.language).toBe("ru");
    const [event] = proposal.events;
    expect(event?.date).toMatchObject({ value: "2025-04-03" });
    expect(event?.place).toMatchObject({ name: "Астана", kind: "city", regionCode: "KZ-71" });
    expect(event?.partners.map((p) => p.text)).toEqual([
      'ОФ "Ашық әлем"',
      'ОО "Союз родителей детей с ДЦП"',
      'ТОО "Логос"',
    ]);
    expect(proposal.quotes.map((q) => q.text)).toEqual([
      "Мы впервые подписываем документ сразу с тремя партнёрами",
    ]);
  });
});
