import { checkCatalogs } from "../src/i18n/check-catalogs.ts";

const problems = checkCatalogs();
if (problems.length > 0) {
  console.error(`i18n: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join("\n")}`);
  process.exit(1);
}
console.log("i18n: kk, ru and en catalogs agree");
