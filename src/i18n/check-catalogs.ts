import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { ERROR_STATUS } from "../shared/errors.ts";
import { LOCALES } from "../shared/vocabulary.ts";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SRC = path.resolve(HERE, "..");

type Catalogs = Record<string, Record<string, string>>;

export function readCatalogs(): Catalogs {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, JSON.parse(readFileSync(path.join(HERE, `${locale}.json`), "utf8"))]),
  );
}

function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if ("value" in element && typeof element.value === "string") into.add(element.value);
    if ("options" in element) {
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    }
    if (element.type === TYPE.tag) placeholders(element.children, into);
  }
  return into;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

/** Message keys of the errors and validation namespaces written literally in the source. */
export function keysUsedInSource(): Set<string> {
  const used = new Set<string>();
  const pattern = /["'`]((?:errors|validation)\.[a-z0-9_]+)["'`]/g;
  for (const file of sourceFiles(SRC)) {
    for (const match of readFileSync(file, "utf8").matchAll(pattern)) if (match[1]) used.add(match[1]);
  }
  return used;
}

/** Every problem with the three catalogs; an empty list means they agree. */
export function checkCatalogs(catalogs: Catalogs = readCatalogs()): string[] {
  const problems: string[] = [];
  const allKeys = new Set(LOCALES.flatMap((locale) => Object.keys(catalogs[locale] ?? {})));
  for (const key of [...allKeys].sort()) {
    const perLocale = new Map<string, Set<string>>();
    for (const locale of LOCALES) {
      const message = catalogs[locale]?.[key];
      if (message === undefined) {
        problems.push(`${locale}: missing key ${key}`);
        continue;
      }
      if (message.trim() === "") problems.push(`${locale}: empty message ${key}`);
      try {
        perLocale.set(locale, placeholders(parse(message)));
      } catch (error) {
        problems.push(`${locale}: ${key} is not valid ICU: ${(error as Error).message}`);
      }
    }
    const [first, ...rest] = [...perLocale.entries()];
    for (const [locale, names] of rest) {
      if (first && [...names].sort().join() !== [...first[1]].sort().join()) {
        problems.push(
          `${locale}: ${key} has placeholders {${[...names].join(", ")}} but ${first[0]} has {${[...first[1]].join(", ")}}`,
        );
      }
    }
  }
  const errorKeys = Object.keys(ERROR_STATUS).map((code) => `errors.${code}`);
  for (const key of new Set([...keysUsedInSource(), ...errorKeys])) {
    if (!allKeys.has(key)) problems.push(`source uses ${key}, which no catalog has`);
  }
  return problems;
}
