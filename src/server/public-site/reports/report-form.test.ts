import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { problemReports } from "../../modules/reports/reports.schema.ts";
import { seedDirectory } from "../../test/factories/directory.factory.ts";
import { createOrganization } from "../../test/factories/organizations.factory.ts";
import { postReportForm } from "../../test/factories/reports.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../test/test-context.ts";
import { clientAddress, hashAddress } from "./client-address.ts";

let ctx: TestContext;
let admin: SignedInClient;
let services: Map<string, string>;
let speechId: string;

const rowsFor = (entityId: string) =>
  ctx.db.select().from(problemReports).where(eq(problemReports.entityId, entityId));

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  services = await seedDirectory(admin);
  speechId = services.get("speech-shymkent")!;
});
afterAll(() => ctx.close());

describe("report a problem: the public form", () => {
  it("stores the report with a hash of the address, never the address, and confirms it", async () => {
    const ip = "203.0.113.7";
    const response = await postReportForm(
      ctx,
      `/services/${speechId}/report`,
      {
        message: "  Телефон не отвечает, адрес устарел.  ",
        contact: "+7 701 000 00 00",
        returnTo: "/search?q=логопед",
      },
      { ip, lang: "ru" },
    );
    expect(response.status).toBe(303);
    const location = response.headers.get("location")!;
    expect(location).toBe(
      `/services/${speechId}/report/sent?returnTo=${encodeURIComponent("/search?q=логопед")}`,
    );

    const [row, ...others] = await rowsFor(speechId);
    expect(others).toEqual([]);
    expect(row).toMatchObject({
      entityKind: "service",
      message: "Телефон не отвечает, адрес устарел.",
      contact: "+7 701 000 00 00",
      locale: "ru",
      status: "open",
      resolvedAt: null,
    });
    expect(row!.ipHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.ipHash).toBe(hashAddress(ip, ctx.auth.options.secret));
    expect(JSON.stringify(row)).not.toContain(ip);

    const confirmation = await ctx.app.request(location, { headers: { "accept-language": "ru" } });
    expect(confirmation.status).toBe(200);
    const html = await confirmation.text();
    expect(html).toContain("Спасибо, ваше сообщение отправлено");
    expect(html).toContain(`href="/search?q=логопед"`);
  });

  it("accepts reports on organizations too", async () => {
    const { body: service } = await admin.get(`/api/services/${services.get("aba-astana")}`);
    const response = await postReportForm(
      ctx,
      `/organizations/${service.organizationId}/report`,
      {},
      {
        ip: "203.0.113.8",
      },
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(
      `/organizations/${service.organizationId}/report/sent?returnTo=${encodeURIComponent(`/organizations/${service.organizationId}`)}`,
    );
    const rows = await rowsFor(service.organizationId);
    expect(rows.map((row) => [row.entityKind, row.locale, row.contact])).toEqual([
      ["organization", "kk", null],
    ]);
  });

  it("re-renders the form with translated errors and the typed text on bad input, storing nothing", async () => {
    const id = services.get("early-qonaev")!;
    const response = await postReportForm(
      ctx,
      `/services/${id}/report`,
      { message: "Wrong <b>", contact: "x".repeat(201) },
      { ip: "203.0.113.9", lang: "en" },
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Must be at least 10 characters.");
    expect(html).toContain("Must be at most 200 characters.");
    expect(html).toContain("Wrong &lt;b&gt;</textarea>");
    expect(html).toMatch(/<textarea[^>]*aria-invalid="true"/);
    expect(html).toContain(`action="/services/${id}/report"`);
    expect(await rowsFor(id)).toEqual([]);

    const kazakh = await postReportForm(
      ctx,
      `/services/${id}/report`,
      { message: "" },
      { ip: "203.0.113.9" },
    );
    expect(kazakh.status).toBe(400);
    expect(await kazakh.text()).toContain("Міндетті өріс.");
  });

  it("counts characters, not UTF-16 units, for the minimum length", async () => {
    const id = services.get("early-qonaev")!;
    const response = await postReportForm(
      ctx,
      `/services/${id}/report`,
      { message: "😡😡😡😡😡" },
      { ip: "203.0.113.9" },
    );
    expect(response.status).toBe(400);
    expect(await rowsFor(id)).toEqual([]);
  });

  it("answers a filled honeypot like a person but stores nothing", async () => {
    const id = services.get("boccia-aktau")!;
    const bot = await postReportForm(
      ctx,
      `/services/${id}/report`,
      { website: "http://spam.example" },
      { ip: "203.0.113.10" },
    );
    expect(bot.status).toBe(303);
    expect(bot.headers.get("location")).toBe(
      `/services/${id}/report/sent?returnTo=${encodeURIComponent(`/services/${id}`)}`,
    );
    expect(await rowsFor(id)).toEqual([]);
  });

  it("refuses the sixth report from one address within the hour with a 429 page", async () => {
    const id = services.get("pmpk-almaty")!;
    const ip = "192.0.2.55";
    for (let index = 0; index < 5; index++) {
      expect((await postReportForm(ctx, `/services/${id}/report`, {}, { ip })).status).toBe(303);
    }
    const sixth = await postReportForm(ctx, `/services/${id}/report`, {}, { ip, lang: "en" });
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get("retry-after")).toBe("3600");
    expect(await sixth.text()).toContain("Too many messages");
    expect(await rowsFor(id)).toHaveLength(5);
    // Another address is not affected.
    expect((await postReportForm(ctx, `/services/${id}/report`, {}, { ip: "192.0.2.56" })).status).toBe(303);
    expect(await rowsFor(id)).toHaveLength(6);
  });

  it("answers 404 for unpublished, unknown or malformed listings and stores nothing", async () => {
    const hidden = services.get("hidden-speech-shymkent")!;
    const draftOrganization = await createOrganization(admin, { published: false });
    for (const path of [
      `/services/${hidden}/report`,
      `/organizations/${draftOrganization.id}/report`,
      "/services/00000000-0000-4000-8000-000000000000/report",
      "/services/not-an-id/report",
    ]) {
      const response = await postReportForm(ctx, path, {}, { ip: "203.0.113.11" });
      expect(response.status, path).toBe(404);
      expect(await response.text()).toContain("<h1>Бет табылмады</h1>");
    }
    expect(await rowsFor(hidden)).toEqual([]);
    expect(await rowsFor(draftOrganization.id)).toEqual([]);
  });

  it("never links back off the site and shows the form on its own page", async () => {
    const id = services.get("parents-taraz")!;
    for (const returnTo of ["https://evil.example/", "//evil.example/", "/\\evil.example"]) {
      const response = await postReportForm(
        ctx,
        `/services/${id}/report`,
        { returnTo },
        { ip: "203.0.113.12" },
      );
      expect(response.headers.get("location")).toBe(
        `/services/${id}/report/sent?returnTo=${encodeURIComponent(`/services/${id}`)}`,
      );
    }
    const page = await ctx.app.request(`/services/${id}/report?lang=en`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("School for parents");
    expect(html).toMatch(/<form[^>]* action="\/services\/[\w-]+\/report" method="post"/);
    expect(html).toContain('name="website"');
  });

  it("turns an oversized body into a 413 page, not a 500", async () => {
    const id = services.get("parents-taraz")!;
    const response = await postReportForm(
      ctx,
      `/services/${id}/report`,
      { message: "x".repeat(20_000) },
      {
        ip: "203.0.113.13",
        lang: "en",
      },
    );
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("The message is too long");
  });
});

describe("client address", () => {
  const contextWith = (socket: string | undefined, forwarded?: string) =>
    ({
      env: socket ? { incoming: { socket: { remoteAddress: socket } } } : {},
      req: { header: (name: string) => (name === "x-forwarded-for" ? forwarded : undefined) },
    }) as never;

  it("believes X-Forwarded-For only from a proxy on a private network, and only its last hop", () => {
    expect(clientAddress(contextWith("10.0.0.2", "1.1.1.1, 198.51.100.20"))).toBe("198.51.100.20");
    expect(clientAddress(contextWith("198.51.100.30", "1.1.1.1"))).toBe("198.51.100.30");
    expect(clientAddress(contextWith("127.0.0.1", "not-an-address"))).toBe("127.0.0.1");
  });
});
