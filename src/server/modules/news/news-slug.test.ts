import { describe, expect, it } from "vitest";
import { firstFreeSlug, slugFromTitle, slugify } from "./news-slug.ts";

describe("news slugs", () => {
  it("transliterates Kazakh Cyrillic with the 2021 Latin alphabet, without diacritics", () => {
    expect(slugify("Қонаевта меморандумға қол қойылды")).toBe("qonaevta-memorandumga-qol-qoiyldy");
    expect(slugify("Ұлттық Әлеуметтік Жоба: Өңірлер — Үміт, Һ!")).toBe(
      "ulttyq-aleumettik-joba-onirler-umit-h",
    );
    expect(slugify("«Шымкент» қалалық филиалы ерекше балаларға көмек көрсетеді")).toBe(
      "shymkent-qalalyq-filialy-erekshe-balalarga-komek-korsetedi",
    );
  });

  it("handles Russian letters, Latin Kazakh and punctuation", () => {
    expect(slugify("Союз родителей особенных детей: подъём, щедрость и цель")).toBe(
      "soiuz-roditelei-osobennyh-detei-podiom-shchedrost-i-tsel",
    );
    expect(slugify("  Şymkent: Qamqor Jürek ısı  ")).toBe("symkent-qamqor-jurek-isi");
    expect(slugify("2025 — «ORDA»")).toBe("2025-orda");
    expect(slugify("!!!")).toBe("");
  });

  it("cuts long titles at a word boundary", () => {
    const slug = slugify("Ерекше қажеттіліктері бар балаларды қолдау бағдарламасы ".repeat(4));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^erekshe-qajettilikteri-bar-balalardy-[a-z-]+[a-z]$/);
  });

  it("takes the Kazakh title first and never returns an empty or id-shaped slug", () => {
    expect(slugFromTitle({ en: "Signed in Qonaev", ru: "Подписан в Конаеве" })).toBe("podpisan-v-konaeve");
    expect(slugFromTitle({ en: "???" })).toBe("news");
    expect(slugFromTitle({ en: "3f2a1b4c-0d9e-4f1a-8b2c-1d2e3f4a5b6c" })).toBe(
      "news-3f2a1b4c-0d9e-4f1a-8b2c-1d2e3f4a5b6c",
    );
  });

  it("numbers a taken slug", () => {
    expect(firstFreeSlug("qol-qoiyldy", new Set())).toBe("qol-qoiyldy");
    expect(firstFreeSlug("qol-qoiyldy", new Set(["qol-qoiyldy", "qol-qoiyldy-2"]))).toBe("qol-qoiyldy-3");
  });
});
