/**
 * Precision and recall of the press-release extraction per field, over every fixture in
 * src/server/modules/extraction/fixtures (and the seed release). `npm run eval:extraction`.
 */

import { extractPressRelease } from "../src/server/modules/extraction/engine/extract-press-release.ts";
import { evaluate, loadFixtures } from "../src/server/modules/extraction/extraction-evaluation.ts";

const fixtures = loadFixtures();
const scores = evaluate(fixtures);
const percent = (value: number) => `${(value * 100).toFixed(1).padStart(5)} %`;
const languageRight = fixtures.filter(
  (f) => extractPressRelease(f.text).language === f.expected.language,
).length;

process.stdout.write(
  `${fixtures.length} releases, ${fixtures.reduce((n, f) => n + f.expected.events.length, 0)} signings\n\n`,
);
process.stdout.write(`${"field".padEnd(14)} precision   recall    TP  FP  FN\n`);
for (const { field, precision, recall, tally } of scores) {
  const counts = [tally.truePositives, tally.falsePositives, tally.falseNegatives].map((n) =>
    String(n).padStart(3),
  );
  process.stdout.write(
    `${field.padEnd(14)} ${percent(precision)}   ${percent(recall)}  ${counts.join(" ")}\n`,
  );
}
process.stdout.write(`\nlanguage detected right in ${languageRight} of ${fixtures.length}\n`);
const failing = scores.filter((s) => s.precision < 0.9 || s.recall < 0.9);
if (failing.length > 0) {
  process.stdout.write(`below 0.9: ${failing.map((s) => s.field).join(", ")}\n`);
  process.exitCode = 1;
}
