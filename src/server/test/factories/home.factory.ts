import type { TRegion } from "../../../shared/contracts/regions.ts";
import type { ApiClient } from "../api-client.ts";
import type { TestContext } from "../test-context.ts";
import {
  addDays,
  createSignedMemorandum,
  databaseToday,
  insertBranch,
  memorandumInput,
} from "./memoranda.factory.ts";
import { createLocation, createOrganization, createService } from "./organizations.factory.ts";
import { postReportForm } from "./reports.factory.ts";

export interface HomeRegionData {
  regionCode: TRegion["code"];
  organizationId: string;
  serviceId: string;
  /** Verified today, so never among the stale listings. */
  verifiedServiceId: string;
  memorandumId: string;
  commitmentId: string;
  draftMemorandumId: string;
}

/**
 * One region's worth of what the home screen shows: a partner with a never-verified and a verified
 * service, a signed memorandum ending in 30 days with a commitment 10 days overdue, a draft, and an open
 * problem report on the unverified service. `tag` keeps names apart between regions.
 */
export async function seedHomeRegion(
  ctx: TestContext,
  admin: ApiClient,
  regionCode: string,
  tag: string,
): Promise<HomeRegionData> {
  const organization = await createOrganization(admin, {
    name: { kk: `«${tag}» орталығы`, ru: `Центр «${tag}»`, en: `${tag} centre` },
    regionsServed: [regionCode],
    bin: undefined,
  });
  const location = await createLocation(admin, organization.id, { regionCode });
  const service = await createService(admin, organization.id, {
    name: { kk: `«${tag}» логопеді`, ru: `Логопед «${tag}»`, en: `${tag} speech therapy` },
    locationIds: [location.id],
    published: true,
  });
  const verified = await createService(admin, organization.id, {
    name: { kk: `«${tag}» психологы`, ru: `Психолог «${tag}»`, en: `${tag} psychologist` },
    locationIds: [location.id],
    published: true,
  });
  const verify = await admin.post(`/api/services/${verified.id}/verify`);
  if (verify.status !== 200) throw new Error(`verify failed: ${JSON.stringify(verify.body)}`);
  const organizationVerify = await admin.post(`/api/organizations/${organization.id}/verify`);
  if (organizationVerify.status !== 200) {
    throw new Error(`verify failed: ${JSON.stringify(organizationVerify.body)}`);
  }

  const branchId = await insertBranch(ctx.db, regionCode, tag);
  const today = await databaseToday(ctx.db);
  const title = { kk: `«${tag}» меморандумы`, ru: `Меморандум «${tag}»`, en: `${tag} memorandum` };
  const parties = { branchIds: [branchId], organizationIds: [organization.id] };
  const signed = await createSignedMemorandum(
    admin,
    memorandumInput(parties, { title, startDate: addDays(today, -300), endDate: addDays(today, 30) }),
  );
  const partyId = signed.parties.find((party: { kind: string }) => party.kind === "organization").id;
  const commitment = await admin.post(`/api/memoranda/${signed.id}/commitments`, {
    partyId,
    text: { kk: `«${tag}» есебін тапсыру`, ru: `Сдать отчёт «${tag}»`, en: `Hand in the ${tag} report` },
    dueDate: addDays(today, -10),
  });
  if (commitment.status !== 201) throw new Error(`commitment failed: ${JSON.stringify(commitment.body)}`);
  const draft = await admin.post("/api/memoranda", memorandumInput(parties, { title }));
  if (draft.status !== 201) throw new Error(`draft failed: ${JSON.stringify(draft.body)}`);
  const report = await postReportForm(ctx, `/services/${service.id}/report`, {
    message: `The phone of ${tag} does not answer.`,
  });
  if (report.status !== 303) throw new Error(`report failed: ${report.status}`);
  return {
    regionCode,
    organizationId: organization.id,
    serviceId: service.id,
    verifiedServiceId: verified.id,
    memorandumId: signed.id,
    commitmentId: commitment.body.id,
    draftMemorandumId: draft.body.id,
  };
}
