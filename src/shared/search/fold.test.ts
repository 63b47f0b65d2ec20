import { describe, expect, it } from "vitest";
import { foldText, foldTokens, lowerKazakh } from "./fold.ts";

/** The 2021 Kazakh Latin alphabet, letter by letter (../shared/PRODUCT.md). */
// biome-ignore format: the alphabet as a table
const KAZAKH_CYRILLIC_TO_LATIN: ReadonlyArray<[string, string]> = [
  ["а", "a"], ["ә", "ä"], ["б", "b"], ["в", "v"], ["г", "g"], ["ғ", "ğ"], ["д", "d"], ["е", "e"], ["ж", "j"],
  ["з", "z"], ["и", "i"], ["й", "i"], ["і", "ı"], ["к", "k"], ["қ", "q"], ["л", "l"], ["м", "m"], ["н", "n"],
  ["ң", "ñ"], ["о", "o"], ["ө", "ö"], ["п", "p"], ["р", "r"], ["с", "s"], ["т", "t"], ["у", "u"], ["ұ", "ū"],
  ["ү", "ü"], ["ф", "f"], ["х", "h"], ["һ", "h"], ["ш", "ş"], ["ы", "y"],
];

describe("foldText", () => {
  it.each(KAZAKH_CYRILLIC_TO_LATIN)(
    "folds Cyrillic «%s» and 2021 Latin «%s» to one key, in both cases",
    (cyr, lat) => {
      const key = foldText(`а${cyr}а`);
      expect(foldText(`a${lat}a`)).toBe(key);
      expect(foldText(`А${cyr.toUpperCase()}А`)).toBe(key);
      const upperLatin = lat === "ı" ? "I" : lat === "i" ? "İ" : lat.toUpperCase();
      expect(foldText(`A${upperLatin}A`)).toBe(key);
      expect(key).toMatch(/^[a-z]+$/);
    },
  );

  it("uses Kazakh casing: Latin I is the capital of ı and İ of i, unlike JavaScript's kk locale", () => {
    expect("I".toLocaleLowerCase("kk")).toBe("i");
    expect(lowerKazakh("I")).toBe("ı");
    expect(lowerKazakh("İ")).toBe("i");
    expect(lowerKazakh("Қ")).toBe("қ");
    expect(lowerKazakh("Ұ")).toBe("ұ");
    expect(foldText("IRGIZ")).toBe(foldText("Ырғыз"));
  });

  it.each([
    ["ё", "е"],
    ["ц", "ts"],
    ["ч", "ch"],
    ["щ", "ш"],
    ["ъ", ""],
    ["ь", ""],
    ["э", "е"],
    ["ю", "yu"],
    ["я", "ya"],
  ])(
    "folds the Russian-only letter «%s» like its usual Latin or Cyrillic spelling «%s»",
    (russian, spelled) => {
      expect(foldText(`а${russian}а`)).toBe(foldText(`а${spelled}а`));
    },
  );

  it.each([
    ["Шымкент", "Şymkent", "Shymkent", "SHYMKENT", "Shimkent"],
    ["Қонаев", "Qonaev", "Konaev", "Конаев", "QONAEV"],
    ["Маңғыстау", "Mañğystau", "Mangystau", "Мангистау", "Mangistau"],
    ["Жамбыл", "Jambyl", "Zhambyl", "Жамбил", "Jambil"],
    ["Өскемен", "Öskemen", "Oskemen", "Oskemen", "OSKEMEN"],
    ["Жезқазған", "Jezqazğan", "Zhezkazgan", "Жезказган", "Jezkazgan"],
    ["Ақтөбе", "Aqtöbe", "Aktobe", "Актобе", "AKTOBE"],
    ["Түркістан", "Türkıstan", "Turkistan", "Туркистан", "TÜRKISTAN"],
    ["логопед", "logoped", "Логопед", "LOGOPED", "lоgоped"],
  ])("gives «%s» one key in every script", (...spellings) => {
    const keys = new Set(spellings.map(foldText));
    expect([...keys]).toHaveLength(1);
  });

  it("drops punctuation and quotes and collapses spaces", () => {
    expect(foldText("«Ана   махаббаты» қоғамдық қоры!")).toBe("ana mahabbati kogamdik kori");
    expect(foldText("Alma-Ata")).toBe("alma ata");
    expect(foldText("  ")).toBe("");
    expect(foldText("ПМПК №3, 2-корпус")).toBe("pmpk 3 2 korpus");
  });

  it("leaves ASCII English readable", () => {
    expect(foldText("Speech therapy")).toBe("speech therapi");
    expect(foldTokens("Early intervention centre")).toEqual(["earli", "intervention", "centre"]);
  });
});
