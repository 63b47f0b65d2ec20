import { describe, expect, it } from "vitest";
import { parseQuery } from "./query-parser.ts";

const regionsOf = (q: string) => parseQuery(q).places.map((p) => p.regionCode);

describe("parseQuery", () => {
  it.each([
    ["Шымкент", "KZ-79"],
    ["Şymkent", "KZ-79"],
    ["Shymkent", "KZ-79"],
    ["Чимкент", "KZ-79"],
    ["Shymknt", "KZ-79"],
    ["Шымкентте", "KZ-79"],
    ["Qonaev", "KZ-19"],
    ["Konaev", "KZ-19"],
    ["Қонаевта", "KZ-19"],
    ["Kapshagay", "KZ-19"],
    ["Nur-Sultan", "KZ-71"],
    ["Астане", "KZ-71"],
    ["Alma-Ata", "KZ-75"],
    ["Алматы", "KZ-75"],
    ["Алматы облысы", "KZ-19"],
    ["Алматинская область", "KZ-19"],
    ["Маңғыстау облысында", "KZ-47"],
    ["Mangystau", "KZ-47"],
    ["Актау", "KZ-47"],
    ["Ust-Kamenogorsk", "KZ-63"],
    ["Семипалатинск", "KZ-10"],
    ["Жезқазған", "KZ-62"],
    ["Uralsk", "KZ-27"],
  ])("reads «%s» as the place %s", (query, region) => {
    expect(regionsOf(query)).toEqual([region]);
  });

  it("separates the need from the place and widens the need to its synonyms", () => {
    const parsed = parseQuery("логопед Шымкент");
    expect(parsed.places.map((p) => p.regionCode)).toEqual(["KZ-79"]);
    expect(parsed.needs).toHaveLength(1);
    const alternatives = parsed.needs[0]?.alternatives.map((a) => a.join(" "));
    expect(alternatives).toContain("speech therapi");
    expect(alternatives).toContain("logoped");
  });

  it("reads a multi-word need in English and a typo in a need", () => {
    const english = parseQuery("speech therapy in Shymkent");
    expect(english.needs.map((n) => n.text)).toEqual(["speech therapi"]);
    expect(english.needs[0]?.alternatives.map((a) => a.join(" "))).toContain("logoped");
    const typo = parseQuery("lagoped");
    expect(typo.needs[0]?.alternatives.map((a) => a.join(" "))).toContain("logoped");
  });

  it("reads a phrase of the vocabulary with a slip in one word as the whole phrase", () => {
    const phrase = (q: string) => parseQuery(q).needs.map((n) => n.text);
    expect(phrase("early intrvention Almaty")).toEqual(["earli intrvention"]);
    expect(parseQuery("early intrvention").needs[0]?.alternatives.map((a) => a.join(" "))).toContain(
      "erte aralasu",
    );
    // The exact single word «sensory» must not win over the longer phrase with a slip.
    expect(phrase("sensory integraton")).toEqual(["sensori integraton"]);
    expect(phrase("логопед intrvention")).toEqual(["logoped", "intrvention"]);
  });

  it.each([
    ["сенсорлық интеграция", "sensori integration"],
    ["иппотерапия", "hippotherapi"],
    ["коррекционная школа", "special school"],
    ["ата-аналар бірлестігі", "parents association"],
    ["АВА терапия", "aba"],
  ])("reads «%s» as one need of the vocabulary (with «%s»)", (query, alternative) => {
    const { needs } = parseQuery(query);
    expect(needs).toHaveLength(1);
    expect(needs[0]?.groupId).toBeDefined();
    expect(needs[0]?.alternatives.map((a) => a.join(" "))).toContain(alternative);
  });

  it("leaves out words for a kind of place beside a need or a place, and keeps them when alone", () => {
    const needsOf = (q: string) => parseQuery(q).needs.map((n) => n.text);
    expect(needsOf("оңалту орталығы")).toEqual(["onaltu"]);
    expect(needsOf("Рудный оңалту орталығы")).toEqual(["onaltu"]);
    expect(needsOf("оңалту орталчғы Ақсу")).toEqual(["onaltu"]);
    expect(needsOf("Шымкент орталығы")).toEqual([]);
    expect(needsOf("speech therapy room")).toEqual(["speech therapi"]);
    expect(needsOf("центр")).toEqual(["tsentr"]);
    expect(needsOf("Amazing kids центр")).toEqual(["amazing"]);
  });

  it("keeps unknown words as they are, and returns nothing for an empty query", () => {
    expect(parseQuery("Amazing kids").needs.map((n) => n.text)).toEqual(
      ["amazing", "kids"].filter((w) => w !== "kids"),
    );
    expect(parseQuery("  ")).toEqual({ places: [], needs: [] });
  });

  it("gives the city's locality when a centre is named", () => {
    expect(parseQuery("Қонаев").places[0]).toMatchObject({ regionCode: "KZ-19", localityKey: "konaev" });
  });

  it("knows towns that are not region centres, in every language and with case endings", () => {
    expect(parseQuery("Шиеліде логопед").places[0]).toMatchObject({
      regionCode: "KZ-43",
      localityKey: "shieli",
    });
    expect(parseQuery("Рудный").places[0]).toMatchObject({ regionCode: "KZ-39", localityKey: "rudni" });
    expect(parseQuery("Аральск").places[0]).toMatchObject({ regionCode: "KZ-43", localityKey: "aral" });
    expect(parseQuery("Almaty").places[0]).toMatchObject({ regionCode: "KZ-75" });
  });
});
