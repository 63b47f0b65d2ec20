import { describe, expect, it } from "vitest";
import { findDates } from "./dates.ts";
import { detectLanguage } from "./language.ts";
import { kazakhNominative, russianNominative, toKazakhLatin } from "./name-forms.ts";
import { findPlaces } from "./places.ts";
import { wordsOf } from "./text-segments.ts";

describe("dates", () => {
  it("reads Kazakh, Russian and numeric dates, and lends a year to a date without one", () => {
    const text = "2025 жылғы 12 наурызда … 03.04.2025 … 15 мая 2025 года … 10 қыркүйекте … 31.02.2025";
    expect(findDates(text).map((d) => [text.slice(d.start, d.end), d.value, d.confidence])).toEqual([
      ["2025 жылғы 12 наурызда", "2025-03-12", 0.95],
      ["03.04.2025", "2025-04-03", 0.95],
      ["15 мая 2025 года", "2025-05-15", 0.95],
      ["10 қыркүйекте", "2025-09-10", 0.7],
    ]);
    expect(findDates("10 қыркүйекте")).toEqual([]);
  });
});

describe("names", () => {
  it("transliterates to Kazakh Latin (2021) with capitalized words", () => {
    expect(toKazakhLatin("Ана махаббаты")).toBe("Ana Mahabbaty");
    expect(toKazakhLatin("Ерекше балалардың ата-аналар одағы")).toBe("Erekşe Balalardyñ Ata-analar Odağy");
    expect(toKazakhLatin("Ілім")).toBe("Ilım");
    expect(toKazakhLatin("Amazing kids")).toBe("Amazing Kids");
  });

  it("puts the head of a name back in the nominative", () => {
    expect(kazakhNominative("орталығымен")).toBe("орталығы");
    expect(kazakhNominative("ұйымының")).toBe("ұйымы");
    expect(russianNominative("Жетысуской областной федерацией адаптивного спорта")).toBe(
      "Жетысуская областная федерация адаптивного спорта",
    );
    expect(russianNominative("детским реабилитационным центром")).toBe("детский реабилитационный центр");
    expect(russianNominative("Шымкентским городским филиалом")).toBe("Шымкентский городской филиал");
  });
});

describe("places", () => {
  const places = (text: string, language: "kk" | "ru") =>
    findPlaces(text, wordsOf(text), language).map((p) => [p.text, p.name, p.regionCode, p.kind, p.locative]);

  it("handles Kazakh case endings and the level word after a name", () => {
    expect(places("Алматы облыстық филиалы Қонаев қаласында", "kk")).toEqual([
      ["Алматы", "Алматы облысы", "KZ-19", "region", false],
      ["Қонаев қаласында", "Қонаев", "KZ-19", "town", true],
    ]);
    expect(places("Маңғыстау облысында, Ақтауда, Қызылорда", "kk")).toEqual([
      ["Маңғыстау облысында", "Маңғыстау облысы", "KZ-47", "region", true],
      ["Ақтауда", "Ақтау", "KZ-47", "town", true],
      ["Қызылорда", "Қызылорда", "KZ-43", "town", false],
    ]);
  });

  it("handles Russian locatives and adjectives of place", () => {
    expect(places("в Астане, в Карагандинской области, Шымкентский городской", "ru")).toEqual([
      ["Астане", "Астана", "KZ-71", "city", true],
      ["Карагандинской области", "Карагандинская область", "KZ-35", "region", true],
      ["Шымкентский", "Шымкент", "KZ-79", "city", false],
    ]);
  });
});

describe("language", () => {
  it("tells Kazakh from Russian", () => {
    expect(detectLanguage("Филиал қоғамдық қормен меморандумға қол қойды").language).toBe("kk");
    expect(detectLanguage("Филиал подписал меморандум с фондом «Ашық әлем»").language).toBe("ru");
  });
});
