import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_ORIGIN } from "../../test/api-client.ts";
import { seedDirectory } from "../../test/factories/directory.factory.ts";
import { newsInput } from "../../test/factories/news.factory.ts";
import { createOrganization } from "../../test/factories/organizations.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { organizationJsonLd, serviceJsonLd } from "./json-ld.ts";
import { elementTexts, xmlProblems } from "./xml-well-formed.test-helper.ts";

let ctx: TestContext;
let admin: SignedInClient;
let services: Map<string, string>;

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  services = await seedDirectory(admin);
});
afterAll(() => ctx.close());

describe("sitemap.xml", () => {
  it("lists home, search and every published service, organization and post in kk, ru and en", async () => {
    const draftOrganization = await createOrganization(admin, { published: false });
    const published = await admin.post("/api/news", newsInput({ slug: "published-post" }));
    await admin.post(`/api/news/${published.body.id}/publish`, { version: published.body.version });
    await admin.post("/api/news", newsInput({ slug: "draft-post" }));

    const response = await ctx.app.request("/sitemap.xml");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const xml = await response.text();
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain(
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    );
    const locs = elementTexts(xml, "loc");
    expect(locs).toEqual(
      expect.arrayContaining([`${TEST_ORIGIN}/?lang=kk`, `${TEST_ORIGIN}/search?lang=en`]),
    );
    for (const [key, id] of services) {
      const listed = locs.filter((loc) => loc.startsWith(`${TEST_ORIGIN}/services/${id}?lang=`));
      expect(listed, key).toHaveLength(key === "hidden-speech-shymkent" ? 0 : 3);
    }
    expect(xml).not.toContain(draftOrganization.id);
    expect(locs).toContain(`${TEST_ORIGIN}/news/published-post?lang=ru`);
    expect(xml).not.toContain("draft-post");
    // 10 published services, 11 organizations (the hidden service's is public), 1 post, 3 fixed pages.
    expect(locs).toHaveLength((10 + 11 + 1 + 3) * 3);

    const speech = services.get("speech-shymkent");
    const entry = xml
      .split("\n")
      .find((line) => line.includes(`<loc>${TEST_ORIGIN}/services/${speech}?lang=ru</loc>`));
    expect(entry).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T[\d:.]+Z<\/lastmod>/);
    for (const hreflang of ["kk", "ru", "en"]) {
      expect(entry).toContain(
        `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${TEST_ORIGIN}/services/${speech}?lang=${hreflang}"/>`,
      );
    }
    expect(entry).toContain(`hreflang="x-default" href="${TEST_ORIGIN}/services/${speech}"`);
  });
});

describe("JSON-LD", () => {
  const location = {
    regionCode: "KZ-79",
    locality: { kk: "Шымкент", ru: "Шымкент", en: "Shymkent" },
    address: { ru: "ул. Абая, 10" },
    postalCode: "160000",
    latitude: 42.34,
    longitude: 69.59,
  };
  const hostile = "Speech </script><script>alert(1)</script> & <!-- room";

  it("describes a service as schema.org data that cannot end its script element", () => {
    const json = serviceJsonLd(
      {
        name: { en: hostile },
        description: { en: "Sessions for children with ASD" },
        cost: "free",
        feesDescription: null,
        languages: ["kk", "ru"],
        minAge: 3,
        maxAge: 7,
        email: null,
        phone: "+7 701 000 00 00",
        url: null,
        locations: [location],
      },
      "en",
      `${TEST_ORIGIN}/services/1`,
      { name: { kk: "Серіктес", en: "Partner" }, url: `${TEST_ORIGIN}/organizations/2` },
    );
    expect(json).not.toMatch(/[<>&]/);
    expect(json.toLowerCase()).not.toContain("</script");
    const data = JSON.parse(json);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Service",
      url: `${TEST_ORIGIN}/services/1`,
      name: hostile,
      provider: { "@type": "Organization", name: "Partner", url: `${TEST_ORIGIN}/organizations/2` },
      areaServed: [{ "@type": "AdministrativeArea", name: "Shymkent", identifier: "KZ-79" }],
      audience: { "@type": "PeopleAudience", suggestedMinAge: 3, suggestedMaxAge: 7 },
      offers: { "@type": "Offer", price: "0", priceCurrency: "KZT" },
      availableChannel: {
        servicePhone: { telephone: "+7 701 000 00 00" },
        availableLanguage: [
          { name: "Kazakh", alternateName: "kk" },
          { name: "Russian", alternateName: "ru" },
        ],
        serviceLocation: [
          {
            "@type": "Place",
            address: { streetAddress: "ул. Абая, 10", addressLocality: "Shymkent", addressCountry: "KZ" },
            geo: { latitude: 42.34, longitude: 69.59 },
          },
        ],
      },
    });
  });

  it("describes an organization by its kind, with contacts, address and regions served", () => {
    const data = JSON.parse(
      organizationJsonLd(
        {
          name: { kk: "«ORDA» ата-аналар бірлестігі", ru: "Ассоциация родителей «ORDA»" },
          type: "parents_association",
          description: null,
          bin: null,
          regionsServed: ["KZ-79", "KZ-61"],
          email: "orda@example.kz",
          phone: "+7 725 000 00 00",
          website: "https://orda.example.kz",
        },
        "ru",
        `${TEST_ORIGIN}/organizations/3`,
        { locations: [location], languages: ["kk"] },
      ),
    );
    expect(data).toMatchObject({
      "@type": "NGO",
      name: "Ассоциация родителей «ORDA»",
      telephone: "+7 725 000 00 00",
      sameAs: ["https://orda.example.kz"],
      address: { "@type": "PostalAddress", addressRegion: "Шымкент", streetAddress: "ул. Абая, 10" },
      areaServed: [{ name: "Шымкент" }, { name: "Туркестанская область" }],
      contactPoint: { availableLanguage: [{ name: "казахский" }] },
    });
    expect(data).not.toHaveProperty("description");
    expect(data).not.toHaveProperty("taxID");
  });
});
