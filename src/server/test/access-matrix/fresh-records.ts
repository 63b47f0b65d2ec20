import type { TMemorandumCreate } from "../../../shared/contracts/memoranda.ts";
import type { ApiClient } from "../api-client.ts";
import { createSignedMemorandum } from "../factories/memoranda.factory.ts";
import { organizationInput } from "../factories/organizations.factory.ts";
import type { OpenApiRoute } from "../openapi-routes.ts";
import { sampleValue } from "../schema-sample.ts";
import type { TestContext } from "../test-context.ts";
import { attachmentBody, type Half } from "./fixture-world.ts";
import { planRequest } from "./request-plan.ts";

/** Routes whose permitted call consumes its target, so each permitted caller gets a fresh one. */
export const CONSUMES_TARGET = (route: OpenApiRoute) =>
  route.method === "DELETE" ||
  route.key === "POST /api/organizations/{id}/merge" ||
  route.key === "POST /api/memoranda/{id}/terminate" ||
  route.key === "POST /api/memoranda/{id}/transitions" ||
  route.key === "POST /api/news/{id}/publish";

async function created(response: Promise<{ status: number; body: any }>, what: string): Promise<string> {
  const { status, body } = await response;
  if (status !== 201) throw new Error(`fresh ${what}: ${status} ${JSON.stringify(body)}`);
  return body.id;
}

/** A copy of the half whose target of `route` is a new record, created by an admin in the same scope. */
export async function withFreshTarget(
  ctx: TestContext,
  admin: ApiClient,
  route: OpenApiRoute,
  half: Half,
  createRoutes: Map<string, OpenApiRoute>,
): Promise<Half> {
  const create = async (key: string, target: Half = half) => {
    const createRoute = createRoutes.get(key);
    if (!createRoute) throw new Error(`no route ${key}`);
    const planned = await planRequest(ctx, admin, admin, createRoute, target);
    return created(admin.post(planned.path, planned.body ?? sampleValue({})), key);
  };
  const collection = route.path.split("/")[2] ?? "";
  if (route.key === "POST /api/organizations/{id}/merge") {
    // Without a BIN, so it may be the same legal entity as the kept one.
    const duplicate = organizationInput({
      regionsServed: [half.regionCode],
      name: { kk: "Көшірме", en: "Duplicate" },
    });
    return {
      ...half,
      duplicateOrganizationId: await created(admin.post("/api/organizations", duplicate), "duplicate"),
    };
  }
  if (route.path.endsWith("{attachmentId}")) {
    const id = {
      memoranda: half.memorandumId,
      initiatives: half.initiativeId,
      practices: half.practiceId,
      news: half.newsId,
    }[collection as keyof Half["attachmentIds"]];
    const attachmentId = await created(
      admin.post(
        `/api/${collection}/${id}/attachments`,
        await attachmentBody(ctx, admin, collection as keyof Half["attachmentIds"]),
      ),
      "attachment",
    );
    return { ...half, attachmentIds: { ...half.attachmentIds, [collection]: attachmentId } };
  }
  if (route.key === "POST /api/memoranda/{id}/terminate") {
    const planned = await planRequest(
      ctx,
      admin,
      admin,
      createRoutes.get("POST /api/memoranda") as OpenApiRoute,
      half,
    );
    const signed = await createSignedMemorandum(admin, planned.body as TMemorandumCreate);
    return { ...half, signedMemorandumId: signed.id };
  }
  switch (collection) {
    case "branches":
      return { ...half, branchId: await create("POST /api/branches") };
    case "memoranda":
      return { ...half, memorandumId: await create("POST /api/memoranda") };
    case "commitments":
      return { ...half, commitmentId: await create("POST /api/memoranda/{id}/commitments") };
    case "organizations":
      return { ...half, organizationId: await create("POST /api/organizations") };
    case "services":
      return { ...half, serviceId: await create("POST /api/services") };
    case "locations":
      return { ...half, locationId: await create("POST /api/organizations/{id}/locations") };
    case "initiatives":
      return { ...half, initiativeId: await create("POST /api/initiatives") };
    case "practices":
      return { ...half, practiceId: await create("POST /api/practices") };
    case "news":
      return { ...half, newsId: await create("POST /api/news") };
    default:
      throw new Error(`no fresh target for ${route.key}`);
  }
}
