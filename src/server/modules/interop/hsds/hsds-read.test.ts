import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createLocation,
  createOrganization,
  createService,
} from "../../../test/factories/organizations.factory.ts";
import { createTestContext, type SignedInClient, type TestContext } from "../../../test/test-context.ts";
import { derivedId, SERVICE_CATEGORY_TAXONOMY_ID, serviceCategoryTermId } from "./hsds-ids.ts";
import { openApiResponseValidator } from "./hsds-openapi-validator.ts";
import { profiledValidator } from "./hsds-profile.ts";
import { compiledValidator } from "./hsds-schemas.ts";

let ctx: TestContext;
let admin: SignedInClient;
let org: any;
let location: any;
let speech: any;
let hidden: any;

function expectValid(pathTemplate: string, body: unknown) {
  const validate = openApiResponseValidator(pathTemplate);
  const valid = validate(body);
  expect(valid ? [] : validate.errors?.slice(0, 5)).toEqual([]);
}

beforeAll(async () => {
  ctx = await createTestContext();
  admin = await ctx.signIn({ role: "admin" });
  org = await createOrganization(admin, {
    name: { kk: "«Үміт» орталығы", ru: "Центр «Умит»", en: "Umit centre" },
    description: { ru: "Коррекционный центр" },
    phone: "+7 701 000 00 00",
  });
  location = await createLocation(admin, org.id, { postalCode: "160011" });
  speech = await createService(admin, org.id, {
    name: { kk: "Логопед", ru: "Логопед", en: "Speech therapy" },
    locationIds: [location.id],
    phone: "+7 725 000 11 22",
    schedule: { ru: "Пн–Пт 9:00–18:00" },
    hasWaitlist: true,
    waitlistNote: { en: "About two months" },
    referralRequirement: "pmpk_conclusion",
    stateFundedPlaces: 10,
  });
  hidden = await createService(admin, org.id, { name: { en: "Hidden draft" }, published: false });
  await createService(admin, org.id, {
    name: { en: "ABA therapy" },
    categoryCodes: ["behavioural_therapy"],
    locationIds: [location.id],
  });
  // The OpenAPI's compiled schemas are large; compiling them once here keeps the tests within their time.
  for (const path of [
    "/services",
    "/services/{id}",
    "/organizations",
    "/organizations/{id}",
    "/service_at_locations",
  ])
    openApiResponseValidator(path);
  compiledValidator("compiled/service_at_location.json");
}, 300_000);
afterAll(() => ctx.close());

describe("HSDS read API", () => {
  it("describes itself at /hsds/", async () => {
    const { status, body } = await ctx.anonymous.get("/hsds/");
    expect(status).toBe(200);
    expect(body).toEqual({
      version: "3.0",
      profile: "http://localhost:8080/hsds/profile",
      openapi_url: "http://localhost:8080/hsds/openapi.json",
    });
    expectValid("/", body);
  });

  it("lists public services only, in the page envelope, valid against the OpenAPI", async () => {
    const { status, body } = await ctx.anonymous.get("/hsds/services?per_page=1&lang=en");
    expect(status).toBe(200);
    expectValid("/services", body);
    expect(body).toMatchObject({
      total_items: 2,
      total_pages: 2,
      page_number: 1,
      size: 1,
      first_page: true,
      last_page: false,
      empty: false,
    });
    const all = await ctx.anonymous.get("/hsds/services?lang=en");
    expect(all.body.contents.map((s: any) => s.name).sort()).toEqual(["ABA therapy", "Speech therapy"]);
    expect(all.body.contents.some((s: any) => s.id === hidden.id)).toBe(false);
  });

  it("returns a fully nested service in the language asked, with the profile's fields", async () => {
    const { status, body } = await ctx.anonymous.get(`/hsds/services/${speech.id}?lang=ru`);
    expect(status).toBe(200);
    expectValid("/services/{id}", body);
    expect(body).toMatchObject({
      id: speech.id,
      name: "Логопед",
      status: "active",
      wait_time: "About two months",
      has_waitlist: true,
      referral_requirement: "pmpk_conclusion",
      state_funded_places: 10,
      phones: [{ number: "+7 725 000 11 22", id: derivedId("service_phone", speech.id) }],
      schedules: [{ description: "Пн–Пт 9:00–18:00" }],
      organization: { id: org.id, name: "Центр «Умит»", description: "Коррекционный центр" },
      translations: { en: { name: "Speech therapy", wait_time: "About two months" } },
    });
    expect(body.service_at_locations[0].location.addresses[0]).toMatchObject({
      postal_code: "160011",
      country: "KZ",
    });
    expect(body.attributes[0].taxonomy_term_id).toBe(serviceCategoryTermId("correctional_pedagogy"));
    const profiled = profiledValidator("service.json");
    expect(profiled(body) ? [] : profiled.errors).toEqual([]);
  });

  it("answers 404 for an unpublished, unknown or malformed id", async () => {
    for (const id of [hidden.id, "00000000-0000-4000-8000-000000000000", "not-a-uuid"]) {
      const { status, body } = await ctx.anonymous.get(`/hsds/services/${id}`);
      expect(status).toBe(404);
      expect(body.error.code).toBe("not_found");
    }
  });

  it("filters by taxonomy term, taxonomy, organization, search and modified_after", async () => {
    const term = serviceCategoryTermId("behavioural_therapy");
    const byTerm = await ctx.anonymous.get(`/hsds/services?taxonomy_term_id=${term}&lang=en`);
    expect(byTerm.body.contents.map((s: any) => s.name)).toEqual(["ABA therapy"]);
    const byTaxonomy = await ctx.anonymous.get(`/hsds/services?taxonomy_id=${SERVICE_CATEGORY_TAXONOMY_ID}`);
    expect(byTaxonomy.body.total_items).toBe(2);
    const byOrg = await ctx.anonymous.get(`/hsds/services?organization_id=${org.id}`);
    expect(byOrg.body.total_items).toBe(2);
    const search = await ctx.anonymous.get("/hsds/services?search=логопед&lang=en");
    expect(search.body.contents.map((s: any) => s.name)).toEqual(["Speech therapy"]);
    const future = await ctx.anonymous.get("/hsds/services?modified_after=2999-01-01T00:00:00Z");
    expect(future.body).toMatchObject({ total_items: 0, empty: true, contents: [] });
    const minimal = await ctx.anonymous.get("/hsds/services?minimal=true");
    expect(Object.keys(minimal.body.contents[0]).sort()).toEqual(["id", "last_modified", "name", "status"]);
  });

  it("rejects bad parameters with a translated 400 naming the parameter", async () => {
    const { status, body } = await ctx.anonymous.get("/hsds/services?per_page=0&taxonomy_id=x&lang=ru");
    expect(status).toBe(400);
    expect(body.error.details.map((d: any) => d.path).sort()).toEqual(["per_page", "taxonomy_id"]);
    const proximity = await ctx.anonymous.get("/hsds/service_at_locations?proximity=1000&lang=en");
    expect(proximity.status).toBe(400);
    expect(proximity.body.error.details[0].message).toBe("proximity needs a postcode");
  });

  it("streams every result as ndjson without the envelope", async () => {
    const response = await ctx.app.request("/hsds/services?format=ndjson&per_page=1");
    expect(response.headers.get("content-type")).toContain("application/x-ndjson");
    const lines = (await response.text())
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    const validate = compiledValidator("compiled/service_list.json");
    for (const line of lines) expect(validate(line) ? [] : validate.errors).toEqual([]);
  });

  it("lists and returns organizations, with their locations and services", async () => {
    const list = await ctx.anonymous.get("/hsds/organizations?lang=en");
    expectValid("/organizations", list.body);
    expect(list.body.contents).toHaveLength(1);
    const { status, body } = await ctx.anonymous.get(
      `/hsds/organizations/${org.id}?lang=en&full_service=true`,
    );
    expect(status).toBe(200);
    expectValid("/organizations/{id}", body);
    expect(body).toMatchObject({
      name: "Umit centre",
      phones: [{ number: "+7 701 000 00 00" }],
      regions_served: ["KZ-79"],
    });
    expect(body.services).toHaveLength(2);
    expect(body.locations[0].id).toBe(location.id);
  });

  it("lists services at locations, by postcode and proximity, and returns one by its id", async () => {
    const list = await ctx.anonymous.get("/hsds/service_at_locations?postcode=160011");
    expectValid("/service_at_locations", list.body);
    expect(list.body.total_items).toBe(2);
    const near = await ctx.anonymous.get("/hsds/service_at_locations?postcode=160011&proximity=100");
    expect(near.body.total_items).toBe(2);
    const elsewhere = await ctx.anonymous.get("/hsds/service_at_locations?postcode=999999");
    expect(elsewhere.body.total_items).toBe(0);
    const id = list.body.contents[0].id;
    const one = await ctx.anonymous.get(`/hsds/service_at_locations/${id}?full=true`);
    expect(one.status).toBe(200);
    // The 3.0 OpenAPI names compiled/service.json here by mistake; the record is a service at a location.
    const validate = compiledValidator("compiled/service_at_location.json");
    expect(validate(one.body) ? [] : validate.errors).toEqual([]);
    expect(one.body.location.id).toBe(location.id);
  });

  it("publishes the taxonomies and their terms", async () => {
    const taxonomies = await ctx.anonymous.get("/hsds/taxonomies?lang=en");
    expectValid("/taxonomies", taxonomies.body);
    expect(taxonomies.body.total_items).toBe(2);
    const terms = await ctx.anonymous.get(
      `/hsds/taxonomy_terms?taxonomy_id=${SERVICE_CATEGORY_TAXONOMY_ID}&per_page=100`,
    );
    expectValid("/taxonomy_terms", terms.body);
    expect(terms.body.total_items).toBe(14);
    const one = await ctx.anonymous.get(
      `/hsds/taxonomy_terms/${serviceCategoryTermId("assessment")}?lang=ru`,
    );
    expectValid("/taxonomy_terms/{id}", one.body);
    expect(one.body.name).toBe("Диагностика и ПМПК");
  });

  it("serves the profile: patches, compiled schemas and the taxonomy", async () => {
    const index = await ctx.anonymous.get("/hsds/profile");
    expect(index.body.schema_patches).toContain("http://localhost:8080/hsds/profile/schema/service.json");
    const patch = await ctx.anonymous.get("/hsds/profile/schema/service.json");
    expect(patch.body.properties.referral_requirement.enum).toContain("pmpk_conclusion");
    const compiled = await ctx.anonymous.get("/hsds/profile/compiled/service.json");
    expect(compiled.body.properties.name.type).toBe("string");
    expect(compiled.body.properties.state_funded_places.type).toBe("integer");
    expect((await ctx.anonymous.get("/hsds/profile/schema/nothing.json")).status).toBe(404);
  });
});
