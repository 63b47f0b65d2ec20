import { withActor } from "../../db/client.ts";
import { notifications } from "../../modules/notifications/notifications.schema.ts";
import type { ApiClient } from "../api-client.ts";
import { pdfBytes, pngBytes, upload } from "../factories/files.factory.ts";
import { createSignedMemorandum, memorandumInput } from "../factories/memoranda.factory.ts";
import { newsInput } from "../factories/news.factory.ts";
import {
  locationInput,
  organizationInput,
  serviceInput,
  validBin,
} from "../factories/organizations.factory.ts";
import { practiceInput } from "../factories/practices.factory.ts";
import { postReportForm } from "../factories/reports.factory.ts";
import type { SignedInClient, TestContext } from "../test-context.ts";

export type Scope = "own" | "other";

/** The region of each half: the coordinator under test coordinates KZ-79 only; the partner is organization A. */
export const REGION_OF: Record<Scope, string> = { own: "KZ-79", other: "KZ-47" };

/** One half of the world: a region with its organization, and a record of every kind inside it. */
export interface Half {
  regionCode: string;
  organizationId: string;
  duplicateOrganizationId: string;
  locationId: string;
  serviceId: string;
  branchId: string;
  memorandumId: string;
  memorandumPartyId: string;
  signedMemorandumId: string;
  commitmentId: string;
  initiativeId: string;
  practiceId: string;
  newsId: string;
  fileId: string;
  attachmentIds: Record<"memoranda" | "initiatives" | "practices" | "news", string>;
  reportId: string;
  userId: string;
  notificationId: string;
}

async function expectCreated(promise: Promise<{ status: number; body: any }>, what: string) {
  const response = await promise;
  if (response.status !== 201 && response.status !== 200) {
    throw new Error(`fixture ${what}: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body;
}

let serial = 0;

/** Builds one half through the API as an admin (so every trigger and read model runs as in production). */
export async function buildHalf(ctx: TestContext, admin: SignedInClient, scope: Scope): Promise<Half> {
  serial += 1;
  const regionCode = REGION_OF[scope];
  const tag = `${scope}-${serial}`;
  const organization = await expectCreated(
    admin.post(
      "/api/organizations",
      organizationInput({
        name: { kk: `Ұйым ${tag}`, ru: `Организация ${tag}`, en: `Organization ${tag}` },
        regionsServed: [regionCode],
        bin: validBin(),
      }),
    ),
    "organization",
  );
  const duplicate = await expectCreated(
    admin.post(
      "/api/organizations",
      organizationInput({
        name: { kk: `Көшірме ${tag}`, en: `Duplicate ${tag}` },
        regionsServed: [regionCode],
      }),
    ),
    "duplicate organization",
  );
  const location = await expectCreated(
    admin.post(`/api/organizations/${organization.id}/locations`, locationInput({ regionCode })),
    "location",
  );
  const service = await expectCreated(
    admin.post("/api/services", serviceBody(organization.id, location.id)),
    "service",
  );
  const branch = await expectCreated(
    admin.post("/api/branches", {
      kind: "regional",
      regionCode,
      name: { kk: `Филиал ${tag}`, en: `Branch ${tag}` },
    }),
    "branch",
  );
  const parties = { branchIds: [branch.id], organizationIds: [organization.id] };
  const memorandum = await expectCreated(
    admin.post("/api/memoranda", memorandumInput(parties)),
    "memorandum",
  );
  const signed = await createSignedMemorandum(admin, memorandumInput(parties));
  const commitment = await expectCreated(
    admin.post(`/api/memoranda/${memorandum.id}/commitments`, {
      partyId: memorandum.parties[0].id,
      text: { kk: "Міндеттеме", en: "Commitment" },
    }),
    "commitment",
  );
  const initiative = await expectCreated(
    admin.post("/api/initiatives", {
      type: "round_table",
      title: { kk: `Бастама ${tag}`, en: `Initiative ${tag}` },
      startDate: "2025-04-10",
      regionCode,
      memorandumIds: [signed.id],
      organizationIds: [organization.id],
    }),
    "initiative",
  );
  const practice = await expectCreated(
    admin.post("/api/practices", practiceInput({ regionCode, organizationId: organization.id })),
    "practice",
  );
  const news = await expectCreated(admin.post("/api/news", newsInput({ regionCode })), "news");
  const file = (await upload(ctx.app, admin, pdfBytes(tag), `${tag}.pdf`)).body;
  const attachmentIds = {} as Half["attachmentIds"];
  for (const [collection, id] of [
    ["memoranda", memorandum.id],
    ["initiatives", initiative.id],
    ["practices", practice.id],
    ["news", news.id],
  ] as const) {
    const attachment = await expectCreated(
      admin.post(`/api/${collection}/${id}/attachments`, await attachmentBody(ctx, admin, collection)),
      `${collection} attachment`,
    );
    attachmentIds[collection] = attachment.id;
  }
  const reportResponse = await postReportForm(
    ctx,
    `/services/${service.id}/report`,
    {},
    { ip: `198.51.100.${serial}` },
  );
  if (reportResponse.status >= 400) throw new Error(`fixture report: ${reportResponse.status}`);
  const reports = await admin.get(`/api/reports?region=${regionCode}&perPage=100`);
  const reportId =
    reports.body.items?.find((r: { entityId?: string; serviceId?: string }) =>
      [r.entityId, r.serviceId].includes(service.id),
    )?.id ?? reports.body.items?.[0]?.id;
  const user = await expectCreated(
    admin.post("/api/users", { email: `user-${tag}@example.kz`, name: `User ${tag}`, role: "viewer" }),
    "user",
  );
  const notificationId = await insertNotification(ctx, user.user.id);
  return {
    regionCode,
    organizationId: organization.id,
    duplicateOrganizationId: duplicate.id,
    locationId: location.id,
    serviceId: service.id,
    branchId: branch.id,
    memorandumId: memorandum.id,
    memorandumPartyId: memorandum.parties[0].id,
    signedMemorandumId: signed.id,
    commitmentId: commitment.id,
    initiativeId: initiative.id,
    practiceId: practice.id,
    newsId: news.id,
    fileId: file.id,
    attachmentIds,
    reportId,
    userId: user.user.id,
    notificationId,
  };
}

const ATTACHMENT_KIND = {
  memoranda: "document",
  initiatives: "media",
  practices: "attachment",
  news: "photo",
};

/** An attachment of the kind the collection takes, of a file the caller uploads first (if it may). */
export async function attachmentBody(
  ctx: TestContext,
  caller: ApiClient,
  collection: keyof Half["attachmentIds"],
  fallbackFileId = "00000000-0000-4000-8000-000000000000",
) {
  const kind = ATTACHMENT_KIND[collection];
  const bytes = kind === "media" || kind === "photo" ? await pngBytes(64, 48) : pdfBytes(collection);
  const file = caller.cookie ? await upload(ctx.app, caller, bytes, "a.bin") : null;
  return { fileId: file?.status === 201 ? file.body.id : fallbackFileId, kind };
}

export function serviceBody(organizationId: string, locationId: string) {
  return serviceInput(organizationId, { locationIds: [locationId] });
}

/** A reminder digest for one user, written straight to its table (nothing in the API creates one). */
export async function insertNotification(ctx: TestContext, userId: string): Promise<string> {
  const [row] = await withActor(ctx.db, null, (tx) =>
    tx
      .insert(notifications)
      .values({
        userId,
        kind: "reminder_digest",
        payload: {
          day: "2025-05-01",
          counts: { expiringMemoranda: 0, overdueCommitments: 0, staleListings: 0, staleReports: 0 },
          reportStaleDays: 7,
          items: [],
        },
      })
      .returning({ id: notifications.id }),
  );
  if (!row) throw new Error("notification not inserted");
  return row.id;
}

export type Clients = Record<"anonymous" | "viewer" | "partner" | "coordinator" | "admin", ApiClient>;
