import { describe, expect, it } from "vitest";
import { extractPressRelease } from "./engine/extract-press-release.ts";
import { type ExpectedEvent, evaluate, loadFixtures, scoreFixture } from "./extraction-evaluation.ts";

describe("extraction evaluation over the fixtures", () => {
  const fixtures = loadFixtures();

  it("has the seed and at least eight more releases in kk and ru, one with no signing", () => {
    expect(fixtures.map((f) => f.name)).toContain("seed-press-release-kk");
    expect(fixtures.length).toBeGreaterThanOrEqual(9);
    expect(new Set(fixtures.map((f) => f.expected.language))).toEqual(new Set(["kk", "ru"]));
    expect(fixtures.some((f) => f.expected.events.length === 0)).toBe(true);
    expect(fixtures.some((f) => f.expected.events.length > 1)).toBe(true);
  });

  it.each(evaluate(fixtures).map((score) => [score.field, score] as const))(
    "%s: precision and recall at least 0.9",
    (_, score) => {
      expect(score.precision).toBeGreaterThanOrEqual(0.9);
      expect(score.recall).toBeGreaterThanOrEqual(0.9);
    },
  );

  it("counts a wrong, a missing and an invented value against the extraction", () => {
    const seed = fixtures.find((f) => f.name === "seed-press-release-kk")!;
    const proposal = extractPressRelease(seed.text);
    const expected: ExpectedEvent[] = structuredClone(seed.expected.events);
    expected[0]!.region = "KZ-75";
    expected[1]!.partners.push({ name: "Жоқ ұйым", type: "public_foundation" });
    expected[2]!.scopeAreas = [];
    expected.push({ ...expected[2]!, region: "KZ-10" });
    const scores = scoreFixture(proposal, expected);
    expect(scores.region).toEqual({ truePositives: 2, falsePositives: 1, falseNegatives: 2 });
    expect(scores["partner name"]).toEqual({ truePositives: 7, falsePositives: 0, falseNegatives: 3 });
    expect(scores["event count"]).toEqual({ truePositives: 3, falsePositives: 0, falseNegatives: 1 });
  });
});
