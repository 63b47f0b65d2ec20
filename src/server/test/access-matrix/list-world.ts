import { memorandumInput } from "../factories/memoranda.factory.ts";
import { newsInput } from "../factories/news.factory.ts";
import { locationInput, organizationInput } from "../factories/organizations.factory.ts";
import { practiceInput } from "../factories/practices.factory.ts";
import { postReportForm } from "../factories/reports.factory.ts";
import type { SignedInClient, TestContext } from "../test-context.ts";
import { type Half, serviceBody } from "./fixture-world.ts";

/** A region where neither half has anything public. */
export const QONAEV = { regionCode: "KZ-19", locality: { kk: "Қонаев", ru: "Конаев", en: "Qonaev" } };

async function created(promise: Promise<{ status: number; body: any }>, what: string) {
  const { status, body } = await promise;
  if (status !== 201 && status !== 200)
    throw new Error(`list world ${what}: ${status} ${JSON.stringify(body)}`);
  return body;
}

/**
 * What the matrix's halves lack for lists: a record of each state that decides visibility, next to
 * the half's draft ones. Returns the ids of the organizations added (for filter probes).
 */
export async function addListRecords(
  ctx: TestContext,
  admin: SignedInClient,
  half: Half,
  otherHalf: Half,
  tag: string,
): Promise<{ hiddenOrganizationId: string }> {
  const { regionCode } = half;
  // A partner that is not public (unpublished) with a published service, and an archived one.
  const hidden = await created(
    admin.post(
      "/api/organizations",
      organizationInput({ name: { en: `Hidden ${tag}` }, regionsServed: [regionCode], published: false }),
    ),
    "unpublished organization",
  );
  const hiddenLocation = await created(
    admin.post(`/api/organizations/${hidden.id}/locations`, locationInput({ regionCode })),
    "location of the unpublished organization",
  );
  await created(admin.post("/api/services", serviceBody(hidden.id, hiddenLocation.id)), "service");
  await created(
    admin.post(
      "/api/organizations",
      organizationInput({ name: { en: `Archived ${tag}` }, regionsServed: [regionCode], status: "archived" }),
    ),
    "archived organization",
  );
  // Services of the half's own organization that are not public: unpublished, inactive.
  for (const overrides of [{ published: false }, { status: "inactive" as const }]) {
    await created(
      admin.post("/api/services", { ...serviceBody(half.organizationId, half.locationId), ...overrides }),
      "non-public service",
    );
  }
  // An unpublished service of the organization, alone in a region (QONAEV): the organization must not
  // be found by that region to whoever does not see the service.
  const far = await created(
    admin.post(
      `/api/organizations/${half.organizationId}/locations`,
      locationInput({
        regionCode: QONAEV.regionCode,
        locality: QONAEV.locality,
        latitude: 43.87,
        longitude: 77.07,
      }),
    ),
    "far location",
  );
  await created(
    admin.post("/api/services", { ...serviceBody(half.organizationId, far.id), published: false }),
    "unpublished far service",
  );
  // Drafts whose parties straddle the halves: this half's partner with the other half's branch.
  await created(
    admin.post(
      "/api/memoranda",
      memorandumInput({ branchIds: [otherHalf.branchId], organizationIds: [half.organizationId] }),
    ),
    "cross-half draft memorandum",
  );
  // An initiative under the half's draft memorandum (not public), a published practice and post.
  await created(
    admin.post("/api/initiatives", {
      type: "event",
      title: { en: `Under a draft ${tag}` },
      startDate: "2025-05-10",
      regionCode,
      memorandumIds: [half.memorandumId],
      organizationIds: [half.organizationId],
      reach: { children: 5, parents: 3, specialists: 1 },
    }),
    "initiative under a draft",
  );
  // One under the other half's draft: its coordinator sees it by region, its partner by taking part.
  await created(
    admin.post("/api/initiatives", {
      type: "training",
      title: { en: `Under the other draft ${tag}` },
      startDate: "2025-05-11",
      regionCode,
      memorandumIds: [otherHalf.memorandumId],
      organizationIds: [half.organizationId],
      reach: { children: 5, parents: 3, specialists: 1 },
    }),
    "initiative under the other half's draft",
  );
  await created(
    admin.post(
      "/api/practices",
      practiceInput({ regionCode, organizationId: half.organizationId, published: true }),
    ),
    "published practice",
  );
  const post = await created(admin.post("/api/news", newsInput({ regionCode })), "news");
  await created(admin.post(`/api/news/${post.id}/publish`, { version: post.version }), "publish");
  await created(admin.post("/api/news", newsInput({ regionCode: null })), "news without a region");
  // A report on the organization itself, with the family's contact.
  const report = await postReportForm(
    ctx,
    `/organizations/${half.organizationId}/report`,
    { contact: "+7 700 123 45 67" },
    { ip: tag === "own" ? "203.0.113.1" : "203.0.113.2" },
  );
  if (report.status >= 400) throw new Error(`list world report: ${report.status}`);
  return { hiddenOrganizationId: hidden.id };
}
