import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { REGION_SEEDS } from "../../modules/regions/regions.data.ts";
import { RegionMap } from "./region-map.tsx";

const COUNTS: Record<string, number> = {
  "KZ-75": 40,
  "KZ-71": 31,
  "KZ-55": 25,
  "KZ-61": 20,
  "KZ-79": 12,
  "KZ-47": 3,
  "KZ-10": 1,
  "KZ-23": -2, // nonsense counts read as 0
  "KZ-99": 1000, // not a region: ignored, so it does not change the scale
};
const hrefFor = (code: string) => `/search?region=${code}&lang=x`;

function render(props: Partial<Parameters<typeof RegionMap>[0]> = {}): string {
  return renderToString(<RegionMap counts={COUNTS} locale="kk" hrefFor={hrefFor} {...props} />);
}

const decode = (text: string) =>
  text.replaceAll("&amp;", "&").replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<");

function attributes(tag: string): Record<string, string> {
  return Object.fromEntries(
    [...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k, v]) => [k, decode(v ?? "")]),
  );
}

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error("expected a match");
  return value;
}

const firstTag = (html: string, name: string) => must(new RegExp(`<${name} [^>]*>`).exec(html))[0];

const svgOf = (html: string) => html.slice(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length);

/** The region links of the map, by region code, in drawing order. */
function regionLinks(html: string): Map<string, Record<string, string>> {
  const links = [...svgOf(html).matchAll(/<a [^>]*>/g)].map((m) => attributes(m[0]));
  return new Map(links.map((a) => [a["data-region"] ?? "", a]));
}

const EXPECTED_CLASS: Record<string, number> = { "KZ-75": 5, "KZ-71": 4, "KZ-55": 4, "KZ-61": 3, "KZ-79": 2 };

describe("RegionMap", () => {
  it("colours each region by its class: 0 → hatched empty class, max → darkest", () => {
    const html = render();
    const links = regionLinks(html);
    expect(links.size).toBe(20);
    for (const seed of REGION_SEEDS) {
      const expected = EXPECTED_CLASS[seed.code] ?? (["KZ-47", "KZ-10"].includes(seed.code) ? 1 : 0);
      expect(links.get(seed.code)?.class, seed.code).toBe(
        `region-map__region region-map__region--c${expected}`,
      );
    }
    const patternId = attributes(firstTag(html, "pattern")).id;
    const fillOf = (code: string) =>
      attributes(must(new RegExp(`data-region="${code}">(<g [^>]*>)`).exec(html))[1] ?? "").fill;
    expect(fillOf("KZ-11")).toBe(`url(#${patternId})`);
    expect(fillOf("KZ-23")).toBe(`url(#${patternId})`);
    expect(fillOf("KZ-10")).toBe("#d4e5f4");
    expect(fillOf("KZ-75")).toBe("#0a2d61");
  });

  it("makes every region a link with the page's href and an accessible name in kk, ru and en", () => {
    const labels = {
      kk: new Map<string, string>(),
      ru: new Map<string, string>(),
      en: new Map<string, string>(),
    };
    for (const locale of ["kk", "ru", "en"] as const) {
      for (const [code, a] of regionLinks(render({ locale }))) {
        expect(a.href).toBe(hrefFor(code));
        labels[locale].set(code, a["aria-label"] ?? "");
      }
    }
    expect(labels.kk.get("KZ-79")).toBe("Шымкент: 12 қызмет");
    expect(labels.ru.get("KZ-79")).toBe("Шымкент: 12 услуг");
    expect(labels.en.get("KZ-79")).toBe("Shymkent: 12 services");
    expect(labels.kk.get("KZ-10")).toBe("Абай облысы: 1 қызмет");
    expect(labels.ru.get("KZ-10")).toBe("Абайская область: 1 услуга");
    expect(labels.ru.get("KZ-47")).toBe("Мангистауская область: 3 услуги");
    expect(labels.ru.get("KZ-71")).toBe("Астана: 31 услуга");
    expect(labels.en.get("KZ-10")).toBe("Abai Region: 1 service");
    expect(labels.en.get("KZ-23")).toBe("Atyrau Region: 0 services");
    // names come from REGION_SEEDS, not from the file («Чимкент», Latin i in «Солтүстiк»)
    expect(labels.ru.get("KZ-79")).not.toContain("Чимкент");
    expect(labels.kk.get("KZ-59")).toBe("Солтүстік Қазақстан облысы: 0 қызмет");
  });

  it("draws cities after the regions around them, each with a marker, and the counts above all", () => {
    const svg = svgOf(render({ locale: "ru", counts: { ...COUNTS, "KZ-35": 12_345 } }));
    const order = [...regionLinks(svg).keys()];
    expect(order.slice(-3)).toEqual(["KZ-71", "KZ-75", "KZ-79"]);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    const labels = svg.slice(svg.indexOf('<g class="region-map__labels"'));
    expect(labels.indexOf("<a ")).toBe(-1);
    expect(attributes(firstTag(labels, "g"))).toMatchObject({
      "pointer-events": "none",
      "aria-hidden": "true",
    });
    const texts = [...labels.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toHaveLength(20);
    expect(texts).toContain("12\u00a0345"); // Russian groups digits with a no-break space
    expect(texts).toContain("40");
  });

  it("outlines a selected region below the cities and marks it aria-current", () => {
    const svg = svgOf(render({ selected: "KZ-61" }));
    const links = regionLinks(svg);
    expect(links.get("KZ-61")?.["aria-current"]).toBe("true");
    expect([...links.values()].filter((a) => a["aria-current"])).toHaveLength(1);
    const use = attributes(firstTag(svg, "use"));
    const pathId = must(/<path d="[^"]*" id="([^"]+)"/.exec(svg))[1];
    expect(use.href).toBe(`#${pathId}`);
    expect(svg.indexOf(`id="${pathId}"`)).toBeGreaterThan(svg.indexOf('data-region="KZ-61"'));
    expect(svg.indexOf(`id="${pathId}"`)).toBeLessThan(svg.indexOf('data-region="KZ-62"'));
    expect(svg.indexOf("<use ")).toBeGreaterThan(svg.indexOf('data-region="KZ-63"'));
    expect(svg.indexOf("<use ")).toBeLessThan(svg.indexOf('data-region="KZ-71"'));
    expect(render()).not.toContain("<use ");
  });

  it("outlines a selected city on its marker, sized to fit the count", () => {
    const svg = svgOf(render({ selected: "KZ-79", counts: { "KZ-79": 203, "KZ-75": 7 } }));
    expect(regionLinks(svg).get("KZ-79")?.["aria-current"]).toBe("true");
    expect(svg).not.toContain("<use ");
    const circles = [...svg.matchAll(/<circle [^>]*>/g)].map((m) => attributes(m[0]));
    expect(circles.map((c) => [c.r, c["stroke-width"]])).toEqual([
      ["12", "1.5"], // Astana, 0
      ["12", "1.5"], // Almaty, 7
      ["17", "3"], // Shymkent, 203: wider and outlined
    ]);
  });

  it("names and describes the map, with a custom title when given", () => {
    const svg = svgOf(render({ locale: "en" }));
    const root = attributes(firstTag(svg, "svg"));
    expect(root.role).toBe("group");
    expect(svg).toContain(`<title id="${root["aria-labelledby"]}">Map of services by region</title>`);
    expect(decode(svg)).toContain(`<desc id="${root["aria-describedby"]}">Kazakhstan's 20 regions`);
    expect(svgOf(render({ title: "Логопедтер" }))).toMatch(/<title id="[^"]+">Логопедтер<\/title>/);
  });

  it("has a legend with the empty class and the five ranges", () => {
    const legend = (locale: "kk" | "ru" | "en") =>
      [
        ...render({ locale }).matchAll(/<li class="region-map__legend-item[^"]*">.*?<span>([^<]*)<\/span>/g),
      ].map((m) => m[1]);
    expect(legend("kk")).toEqual(["Қызмет жоқ", "1–8", "9–16", "17–24", "25–32", "33–40"]);
    expect(legend("ru")[0]).toBe("Нет услуг");
    expect(legend("en")[0]).toBe("No services");
  });

  it("offers the same information as a table of links, sorted by name", () => {
    const html = render({ locale: "ru", selected: "KZ-79" });
    const rows = [
      ...html.matchAll(
        /<tr data-region="([^"]+)"><th scope="row"><a ([^>]*)>([^<]*)<\/a><\/th><td>(\d+)<\/td>/g,
      ),
    ];
    expect(rows).toHaveLength(20);
    const names = rows.map((r) => r[3]);
    expect(names).toEqual([...names].sort((a, b) => (a ?? "").localeCompare(b ?? "", "ru")));
    const shymkent = must(rows.find((r) => r[1] === "KZ-79"));
    expect(shymkent[3]).toBe("Шымкент");
    expect(shymkent[4]).toBe("12");
    expect(attributes(shymkent[2] ?? "")).toMatchObject({ href: hrefFor("KZ-79"), "aria-current": "true" });
    expect(must(rows.find((r) => r[1] === "KZ-11"))[4]).toBe("0");
    expect(html).toContain("<summary>Показать карту в виде таблицы</summary>");
  });

  it("credits the boundaries source in every language", () => {
    expect(render({ locale: "en" })).toContain(
      "Boundaries: geokz (arodionoff/geokz), CC BY 4.0, based on national statistics and OCHA data",
    );
    expect(render({ locale: "ru" })).toContain("Границы: geokz (arodionoff/geokz), CC BY 4.0");
    expect(render({ locale: "kk" })).toContain("Шекаралар: geokz (arodionoff/geokz), CC BY 4.0");
  });

  it("stays small, with no script, no inline style and no external URL", () => {
    const sizes = (["kk", "ru", "en"] as const).map((locale) => {
      const html = render({ locale, selected: "KZ-19", counts: { ...COUNTS, "KZ-35": 123_456 } });
      expect(html).not.toMatch(/<script|style="|on[a-z]+="|https?:/i);
      return { svg: Buffer.byteLength(svgOf(html)), all: Buffer.byteLength(html) };
    });
    for (const size of sizes) {
      expect(size.svg).toBeLessThan(30_000);
      expect(size.all).toBeLessThan(40_000);
    }
  });
});
