/**
 * Adds or replaces one message in the three catalogs at once, keeping them sorted:
 *   npx tsx scripts/i18n-add.ts <key> <kk> <ru> <en>
 * A lock directory serializes concurrent runs so no write is lost.
 */
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";

const [key, kk, ru, en] = process.argv.slice(2);
if (!key || kk === undefined || ru === undefined || en === undefined) {
  console.error("usage: tsx scripts/i18n-add.ts <key> <kk> <ru> <en>");
  process.exit(2);
}
const lock = "src/i18n/.lock";
for (let attempt = 0; ; attempt++) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    if (attempt > 200) throw new Error("i18n catalogs are locked");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
}
try {
  for (const [locale, text] of [
    ["kk", kk],
    ["ru", ru],
    ["en", en],
  ] as const) {
    const file = `src/i18n/${locale}.json`;
    const catalog = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
    catalog[key] = text;
    const sorted = Object.fromEntries(Object.entries(catalog).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
  }
} finally {
  rmdirSync(lock);
}
