import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TExtractionProposal, TSigningEvent } from "../../../shared/contracts/extraction.ts";
import { foldText } from "../../../shared/search/fold.ts";
import { sharedDir } from "../../public-site/map/region-geometry.ts";
import { extractPressRelease } from "./engine/extract-press-release.ts";

/** What a person who read the release wrote down for one signing (fixtures/*.expected.json). */
export interface ExpectedEvent {
  branch: { kind: string; regionCode: string } | null;
  region: string | null;
  place: { name: string; regionCode: string; kind: string } | null;
  partners: Array<{ name: string; type: string }>;
  partialList: boolean;
  targetGroups: string[];
  scopeAreas: string[];
  date: string | null;
}

export interface Fixture {
  name: string;
  text: string;
  expected: { language: string; events: ExpectedEvent[] };
}

export const FIELDS = [
  "event count",
  "branch",
  "region",
  "place",
  "partner name",
  "partner type",
  "target groups",
  "scope areas",
  "date",
  "partial list",
] as const;
export type Field = (typeof FIELDS)[number];

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

const FIXTURES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");

/** Every fixture: a release and its expected events; `source` points at a text outside the folder (the seed). */
export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR)
    .filter((file) => file.endsWith(".expected.json"))
    .sort()
    .map((file) => {
      const expected = JSON.parse(readFileSync(path.join(FIXTURES_DIR, file), "utf8"));
      const name = file.replace(/\.expected\.json$/, "");
      const textFile = expected.source
        ? path.join(sharedDir(), expected.source.replace(/^\.\.\/shared\//, ""))
        : path.join(FIXTURES_DIR, `${name}.txt`);
      return { name, text: readFileSync(textFile, "utf8"), expected };
    });
}

/** The comparable values of one event, per field: a field with no value is an empty set. */
function valuesOf(event: ExpectedEvent): Record<Exclude<Field, "event count">, Set<string>> {
  const one = (value: string | null) => new Set(value === null ? [] : [value]);
  return {
    branch: one(event.branch ? `${event.branch.kind}:${event.branch.regionCode}` : null),
    region: one(event.region),
    place: one(
      event.place ? `${foldText(event.place.name)}:${event.place.regionCode}:${event.place.kind}` : null,
    ),
    "partner name": new Set(event.partners.map((p) => foldText(p.name))),
    "partner type": new Set(event.partners.map((p) => `${foldText(p.name)}:${p.type}`)),
    "target groups": new Set(event.targetGroups),
    "scope areas": new Set(event.scopeAreas),
    date: one(event.date),
    "partial list": one(event.partialList ? "partial" : null),
  };
}

/** A proposal's event in the fixtures' terms. */
export function asExpected(event: TSigningEvent): ExpectedEvent {
  return {
    branch: event.branch?.regionCode
      ? { kind: event.branch.kind, regionCode: event.branch.regionCode }
      : null,
    region: event.region?.value ?? null,
    place: event.place
      ? { name: event.place.name, regionCode: event.place.regionCode, kind: event.place.kind }
      : null,
    partners: event.partners.map((p) => ({ name: p.name, type: p.type })),
    partialList: event.partialList !== null,
    targetGroups: event.targetGroups.map((t) => t.value),
    scopeAreas: event.scopeAreas.map((s) => s.value),
    date: event.date?.value ?? null,
  };
}

const emptyTally = (): Tally => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

/**
 * Pairs found and expected events in text order by their region (else by position) and counts, per
 * field, the values found and right (TP), found but wrong (FP) and expected but missed (FN).
 */
export function scoreFixture(proposal: TExtractionProposal, expected: ExpectedEvent[]): Record<Field, Tally> {
  const tallies = Object.fromEntries(FIELDS.map((field) => [field, emptyTally()])) as Record<Field, Tally>;
  const found = proposal.events.map(asExpected);
  const unmatched = new Set(found.keys());
  const pairs: Array<[ExpectedEvent | null, ExpectedEvent | null]> = [];
  for (const want of expected) {
    const index = [...unmatched].find((i) => found[i]?.region === want.region) ?? [...unmatched][0];
    if (index === undefined) {
      pairs.push([want, null]);
      continue;
    }
    unmatched.delete(index);
    pairs.push([want, found[index] ?? null]);
  }
  for (const index of unmatched) pairs.push([null, found[index] ?? null]);
  for (const [want, got] of pairs) {
    const count = tallies["event count"];
    if (want && got) count.truePositives++;
    else if (got) count.falsePositives++;
    else count.falseNegatives++;
    const wanted = want ? valuesOf(want) : null;
    const gotten = got ? valuesOf(got) : null;
    for (const field of FIELDS) {
      if (field === "event count") continue;
      const w = wanted?.[field] ?? new Set<string>();
      const g = gotten?.[field] ?? new Set<string>();
      for (const value of g) tallies[field][w.has(value) ? "truePositives" : "falsePositives"]++;
      for (const value of w) if (!g.has(value)) tallies[field].falseNegatives++;
    }
  }
  return tallies;
}

export interface FieldScore {
  field: Field;
  precision: number;
  recall: number;
  tally: Tally;
}

/** Precision and recall per field over all fixtures (1 when there was nothing to find or nothing found). */
export function evaluate(fixtures: readonly Fixture[] = loadFixtures()): FieldScore[] {
  const total = Object.fromEntries(FIELDS.map((field) => [field, emptyTally()])) as Record<Field, Tally>;
  for (const fixture of fixtures) {
    const scores = scoreFixture(extractPressRelease(fixture.text), fixture.expected.events);
    for (const field of FIELDS) {
      total[field].truePositives += scores[field].truePositives;
      total[field].falsePositives += scores[field].falsePositives;
      total[field].falseNegatives += scores[field].falseNegatives;
    }
  }
  return FIELDS.map((field) => {
    const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = total[field];
    return {
      field,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn),
      tally: total[field],
    };
  });
}
