import { readFileSync } from "node:fs";
import path from "node:path";
import type { Context } from "hono";
import { Hono } from "hono";
import { cors } from "hono/cors";
import { stream } from "hono/streaming";
import { LOCALES } from "../../../../shared/vocabulary.ts";
import { AppError } from "../../../http/app-error.ts";
import type { AppEnv } from "../../../http/context.ts";
import { type hsdsPage, pageOf } from "./hsds-page.ts";
import { HSDS_SCHEMA_DIR } from "./hsds-paths.ts";
import { PROFILE_PATCHES, PROFILE_VERSION, profiledSchema } from "./hsds-profile.ts";
import { parseHsdsQuery, type THsdsListQuery } from "./hsds-query.ts";
import {
  organizationById,
  organizationsPage,
  serviceAtLocationById,
  serviceById,
  servicesAtLocationsPage,
  servicesPage,
} from "./hsds-read.service.ts";
import type { HsdsRecord } from "./hsds-record-types.ts";
import { TAXONOMY_TERMS, taxonomyRecords, taxonomyTermRecord } from "./hsds-taxonomy-records.ts";

type Page = ReturnType<typeof hsdsPage>;
type PageLoader = (query: THsdsListQuery) => Promise<Page>;

const NDJSON_CHUNK = 100;

/** `format=ndjson` streams every result, one record per line, without the page envelope. */
function listResponse(c: Context<AppEnv>, load: PageLoader) {
  const query = parseHsdsQuery(c.req.query());
  if (query.format === "json") return load(query).then((page) => c.json(page));
  c.header("content-type", "application/x-ndjson; charset=utf-8");
  return stream(c, async (out) => {
    for (let page = 1; ; page++) {
      const result = await load({ ...query, page, per_page: NDJSON_CHUNK });
      if (result.contents.length > 0)
        await out.write(`${result.contents.map((record) => JSON.stringify(record)).join("\n")}\n`);
      if (result.last_page || result.empty) return;
    }
  });
}

const baseUrlOf = (c: Context<AppEnv>) => c.get("deps").config.baseUrl.replace(/\/$/, "");

function officialOpenApi(): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(HSDS_SCHEMA_DIR, "openapi.json"), "utf8")) as Record<
    string,
    unknown
  >;
}

/**
 * The HSDS 3.0 read API over public data (published, active services of published, active
 * organizations), in the language of `?lang=`. Described by the official OpenAPI, served at /hsds/openapi.json.
 */
export function hsdsRoutes() {
  const router = new Hono<AppEnv>();
  const openData = cors({ origin: "*", allowMethods: ["GET"] });
  router.use("/hsds", openData);
  router.use("/hsds/*", openData);

  const root = (c: Context<AppEnv>) =>
    c.json({
      version: "3.0",
      profile: `${baseUrlOf(c)}/hsds/profile`,
      openapi_url: `${baseUrlOf(c)}/hsds/openapi.json`,
    });
  router.get("/hsds", root);
  router.get("/hsds/", root);
  router.get("/hsds/openapi.json", (c) =>
    c.json({ ...officialOpenApi(), servers: [{ url: `${baseUrlOf(c)}/hsds` }] }),
  );

  const db = (c: Context<AppEnv>) => c.get("deps").db;
  router.get("/hsds/services", (c) => listResponse(c, (q) => servicesPage(db(c), q, c.get("locale"))));
  router.get("/hsds/services/:id", async (c) =>
    c.json(await serviceById(db(c), c.req.param("id"), c.get("locale"))),
  );
  router.get("/hsds/organizations", (c) =>
    listResponse(c, (q) => organizationsPage(db(c), q, c.get("locale"))),
  );
  router.get("/hsds/organizations/:id", async (c) => {
    const query = parseHsdsQuery(c.req.query());
    return c.json(
      await organizationById(db(c), c.req.param("id"), c.get("locale"), Boolean(query.full_service)),
    );
  });
  router.get("/hsds/service_at_locations", (c) =>
    listResponse(c, (q) => servicesAtLocationsPage(db(c), q, c.get("locale"))),
  );
  router.get("/hsds/service_at_locations/:id", async (c) =>
    c.json(await serviceAtLocationById(db(c), c.req.param("id"), c.get("locale"))),
  );

  const searchMatches = (record: HsdsRecord, search: string | undefined) =>
    !search || String(record.name).toLocaleLowerCase().includes(search.toLocaleLowerCase());
  router.get("/hsds/taxonomies", (c) =>
    listResponse(c, async (q) =>
      pageOf(
        taxonomyRecords(c.get("locale")).filter((r) => searchMatches(r, q.search)),
        q.page,
        q.per_page,
      ),
    ),
  );
  router.get("/hsds/taxonomies/:id", (c) => {
    const record = taxonomyRecords(c.get("locale")).find((r) => r.id === c.req.param("id"));
    if (!record) throw AppError.notFound();
    return c.json(record);
  });
  router.get("/hsds/taxonomy_terms", (c) =>
    listResponse(c, async (q) => {
      // Yntymaq's terms have no parents: every term is a top term and none has children.
      const terms = TAXONOMY_TERMS.filter(
        (t) => (!q.taxonomy_id || t.taxonomyId === q.taxonomy_id) && !q.parent_id,
      )
        .map((t) => taxonomyTermRecord(t, c.get("locale")))
        .filter((r) => searchMatches(r, q.search));
      return pageOf(terms, q.page, q.per_page);
    }),
  );
  router.get("/hsds/taxonomy_terms/:id", (c) => {
    const term = TAXONOMY_TERMS.find((t) => t.id === c.req.param("id"));
    if (!term) throw AppError.notFound();
    return c.json(taxonomyTermRecord(term, c.get("locale")));
  });

  router.get("/hsds/profile", (c) => {
    const base = `${baseUrlOf(c)}/hsds/profile`;
    return c.json({
      name: "yntymaq-special-needs",
      version: PROFILE_VERSION,
      hsds_version: "3.0",
      description:
        "HSDS 3.0 profile for services for children with special needs in Kazakhstan: target groups, referral " +
        "requirement, waiting list, state-funded places, the service taxonomy and kk/ru/en translations.",
      languages: [...LOCALES],
      schema_patches: Object.keys(PROFILE_PATCHES).map((file) => `${base}/schema/${file}`),
      compiled_schemas: Object.keys(PROFILE_PATCHES).map((file) => `${base}/compiled/${file}`),
      taxonomy: `${base}/taxonomy.json`,
    });
  });
  router.get("/hsds/profile/schema/:file", (c) => {
    const patch = PROFILE_PATCHES[c.req.param("file")];
    if (!patch) throw AppError.notFound();
    return c.json(patch);
  });
  router.get("/hsds/profile/compiled/:file", (c) => {
    const schema = profiledSchema(c.req.param("file"));
    if (!schema) throw AppError.notFound();
    return c.json(schema);
  });
  router.get("/hsds/profile/taxonomy.json", (c) =>
    c.json({
      taxonomies: taxonomyRecords(c.get("locale")),
      taxonomy_terms: LOCALES.flatMap((locale) =>
        TAXONOMY_TERMS.map((term) => taxonomyTermRecord(term, locale)),
      ),
    }),
  );

  router.all("/hsds/*", () => {
    throw AppError.notFound();
  });
  return router;
}
