import { randomUUID } from "node:crypto";
import type { ApiClient } from "../api-client.ts";
import { pdfBytes } from "../factories/files.factory.ts";
import { memorandumInput } from "../factories/memoranda.factory.ts";
import { newsInput } from "../factories/news.factory.ts";
import { locationInput, organizationInput, validBin } from "../factories/organizations.factory.ts";
import { practiceInput } from "../factories/practices.factory.ts";
import { fillPath, type JsonSchema, type OpenApiRoute } from "../openapi-routes.ts";
import { sampleValue } from "../schema-sample.ts";
import type { TestContext } from "../test-context.ts";
import { attachmentBody, type Half, serviceBody } from "./fixture-world.ts";

export interface PlannedRequest {
  path: string;
  body?: unknown;
  /** A raw body with its own content type (uploads, archives). */
  raw?: { body: FormData | string; contentType?: string };
}

const text = (word: string) => ({ kk: word, ru: word, en: word });

/** The record a path's `{id}` names in a half: the most restricted record of the collection. */
function idFor(path: string, half: Half): string {
  const collection = path.split("/")[2] ?? "";
  const ids: Record<string, string> = {
    users: half.userId,
    branches: half.branchId,
    memoranda: /terminate|renewals|amendments/.test(path) ? half.signedMemorandumId : half.memorandumId,
    commitments: half.commitmentId,
    organizations: half.organizationId,
    services: half.serviceId,
    locations: half.locationId,
    initiatives: half.initiativeId,
    practices: half.practiceId,
    news: half.newsId,
    reports: half.reportId,
    files: half.fileId,
    notifications: half.notificationId,
  };
  const id = ids[collection];
  if (!id) throw new Error(`no fixture record for ${path}`);
  return id;
}

function paramsFor(route: OpenApiRoute, half: Half): Record<string, string> {
  const params: Record<string, string> = {};
  for (const parameter of route.parameters.filter((p) => p.in === "path")) {
    if (parameter.name === "code" || parameter.name === "regionCode")
      params[parameter.name] = half.regionCode;
    else if (parameter.name === "attachmentId") {
      const collection = route.path.split("/")[2] as keyof Half["attachmentIds"];
      params.attachmentId = half.attachmentIds[collection];
      params.id = idFor(route.path, half);
    } else params[parameter.name] = idFor(route.path, half);
  }
  return params;
}

/** The record whose `version` a write must send (actions send the version of the record they act on). */
function versionSource(path: string): string {
  return path.replace(/\/(transitions|terminate|merge|replications|publish|unpublish)$/, "");
}

async function versionOf(admin: ApiClient, path: string): Promise<number> {
  const response = await admin.get(path);
  return typeof response.body?.version === "number" ? response.body.version : 1;
}

/** Required query parameters: the audit of the half's draft memorandum, schema samples otherwise. */
function requiredQuery(route: OpenApiRoute, half: Half): string {
  if (route.key === "GET /api/audit") return `?entity=memoranda&id=${half.memorandumId}`;
  const required = route.parameters.filter((p) => p.in === "query" && p.required);
  if (required.length === 0) return "";
  return `?${new URLSearchParams(required.map((p): [string, string] => [p.name, String(sampleValue(p.schema))])).toString()}`;
}

/** A form with every field of a multipart schema: files get a one-line CSV, the rest a sample. */
function formFrom(schema: JsonSchema): FormData {
  const form = new FormData();
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (property.format === "binary")
      form.append(name, new Blob(["name\nMatrix\n"], { type: "text/csv" }), "a.csv");
    else if (name === "dryRun") form.append(name, "true");
    else if (schema.required?.includes(name)) form.append(name, String(sampleValue(property)));
  }
  return form;
}

type BodyBuilder = (half: Half, extra: { version: number; caller: ApiClient; ctx: TestContext }) => unknown;

/** Minimal valid bodies, per route, that a permitted caller's request would succeed with. */
const BODIES: Record<string, BodyBuilder> = {
  "POST /api/users": () => ({
    email: `u-${randomUUID().slice(0, 8)}@example.kz`,
    name: "New",
    role: "viewer",
  }),
  "PATCH /api/users/{id}": () => ({ name: "Renamed user" }),
  "POST /api/branches": (half) => ({ kind: "city", regionCode: half.regionCode, name: text("Жаңа филиал") }),
  "PATCH /api/branches/{id}": (_, { version }) => ({ version, phone: "+7 700 000 00 00" }),
  "POST /api/memoranda": (half) =>
    memorandumInput({ branchIds: [half.branchId], organizationIds: [half.organizationId] }),
  "PATCH /api/memoranda/{id}": (_, { version }) => ({ version, title: text("Өзгертілген") }),
  "POST /api/memoranda/{id}/transitions": (_, { version }) => ({ to: "in_review", version }),
  "POST /api/memoranda/{id}/terminate": (_, { version }) => ({ reason: "Matrix", version }),
  "POST /api/memoranda/{id}/renewals": () => ({ startDate: "2031-01-01", endDate: "2032-01-01" }),
  "POST /api/memoranda/{id}/amendments": () => ({ title: text("Қосымша") }),
  "POST /api/memoranda/{id}/commitments": (half) => ({
    partyId: half.memorandumPartyId,
    text: text("Міндеттеме"),
  }),
  "PATCH /api/commitments/{id}": () => ({ version: 1, status: "in_progress" }),
  "POST /api/organizations": (half) =>
    organizationInput({
      regionsServed: [half.regionCode],
      bin: validBin(),
      name: text(`Org ${randomUUID()}`),
    }),
  "PATCH /api/organizations/{id}": (_, { version }) => ({ version, phone: "+7 700 000 00 01" }),
  "POST /api/organizations/{id}/merge": (half, { version }) => ({
    duplicateId: half.duplicateOrganizationId,
    version,
  }),
  "POST /api/services": (half) => serviceBody(half.organizationId, half.locationId),
  "PATCH /api/services/{id}": (_, { version }) => ({ version, name: text("Өзгертілген қызмет") }),
  "POST /api/organizations/{id}/locations": (half) => locationInput({ regionCode: half.regionCode }),
  "PATCH /api/locations/{id}": (_, { version }) => ({ version, postalCode: "160001" }),
  "POST /api/initiatives": (half) => ({
    type: "round_table",
    title: text("Бастама"),
    startDate: "2025-04-10",
    regionCode: half.regionCode,
    memorandumIds: [half.signedMemorandumId],
    organizationIds: [half.organizationId],
  }),
  "PATCH /api/initiatives/{id}": (_, { version }) => ({ version, title: text("Өзгертілген бастама") }),
  "POST /api/practices": (half) =>
    practiceInput({ regionCode: half.regionCode, organizationId: half.organizationId }),
  "PATCH /api/practices/{id}": (_, { version }) => ({ version, title: text("Өзгертілген тәжірибе") }),
  "PUT /api/practices/{id}/replications": (_, { version }) => ({ version, replications: [] }),
  "POST /api/news": (half) => newsInput({ regionCode: half.regionCode }),
  "PATCH /api/news/{id}": (_, { version }) => ({ version, title: text("Өзгертілген жаңалық") }),
  "POST /api/news/{id}/publish": (_, { version }) => ({ version }),
  "POST /api/news/{id}/unpublish": (_, { version }) => ({ version }),
  "POST /api/reports/{id}/resolve": () => ({ note: "Checked by the access matrix" }),
  "PUT /api/analytics/population/{regionCode}": () => ({ children: 1000, year: 2024, source: "Matrix" }),
  "POST /api/extraction": () => ({ text: "Шымкент қалалық филиалы меморандумға қол қойды.", language: "kk" }),
};

const ATTACHMENT_CREATE = /^POST \/api\/(memoranda|initiatives|practices|news)\/\{id\}\/attachments$/;

/** Builds the request one caller sends to one route against one half of the world. */
export async function planRequest(
  ctx: TestContext,
  admin: ApiClient,
  caller: ApiClient,
  route: OpenApiRoute,
  half: Half,
): Promise<PlannedRequest> {
  const path = fillPath(route.path, paramsFor(route, half)) + requiredQuery(route, half);
  if (route.key === "POST /api/files") {
    const form = new FormData();
    form.append("file", new Blob([pdfBytes("matrix")], { type: "application/pdf" }), "matrix.pdf");
    return { path, raw: { body: form } };
  }
  if (route.key === "POST /api/interop/hsds/import") {
    return { path, raw: { body: JSON.stringify({ services: [] }), contentType: "application/json" } };
  }
  if (ATTACHMENT_CREATE.test(route.key)) {
    const collection = route.path.split("/")[2] as keyof Half["attachmentIds"];
    return { path, body: await attachmentBody(ctx, caller, collection, half.fileId) };
  }
  const multipart = route.body["multipart/form-data"];
  if (multipart) return { path, raw: { body: formFrom(multipart) } };
  const schema = route.body["application/json"];
  if (!schema) return { path };
  const builder = BODIES[route.key];
  const version = schema.properties?.version ? await versionOf(admin, versionSource(path)) : 1;
  return { path, body: builder ? builder(half, { version, caller, ctx }) : sampleValue(schema) };
}
