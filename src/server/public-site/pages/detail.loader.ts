import { ZMemorandumListQuery } from "../../../shared/contracts/memoranda.ts";
import { type TServiceCategory, ZServiceListQuery } from "../../../shared/contracts/services.ts";
import type { TLocalizedText } from "../../../shared/localized-text.ts";
import type { LifecycleStatus } from "../../../shared/vocabulary.ts";
import type { Database } from "../../db/client.ts";
import { ANONYMOUS } from "../../http/principal.ts";
import { listMemoranda } from "../../modules/memoranda/memoranda.repository.ts";
import { listParties } from "../../modules/memoranda/memorandum-parties.repository.ts";
import {
  findVisibleOrganization,
  type OrganizationRecord,
} from "../../modules/organizations/organizations.repository.ts";
import { listServiceCategories } from "../../modules/services/service-categories.repository.ts";
import {
  findVisibleService,
  listServices,
  type ServiceRecord,
} from "../../modules/services/services.repository.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_MEMORANDA = 50;
const MAX_SERVICES = 100;

export interface MemorandumTeaser {
  id: string;
  number: string | null;
  title: TLocalizedText;
  signedDate: string | null;
  lifecycle: LifecycleStatus | null;
  /** The other parties: the program's branches and fellow partners. */
  partners: TLocalizedText[];
}

export interface ServiceView {
  service: ServiceRecord;
  organization: OrganizationRecord;
  categories: TServiceCategory[];
  memoranda: MemorandumTeaser[];
}

export interface OrganizationView {
  organization: OrganizationRecord;
  services: ServiceRecord[];
  categories: TServiceCategory[];
  memoranda: MemorandumTeaser[];
}

/** In force: what makes an organization a «partner of the program». */
export const isInForce = (memorandum: MemorandumTeaser): boolean =>
  memorandum.lifecycle === "active" || memorandum.lifecycle === "expiring";

/** Signed memoranda the organization is party to, as an anonymous visitor may see them. */
async function memorandaOf(db: Database, organizationId: string, windowDays: number) {
  const query = ZMemorandumListQuery.parse({
    organization: organizationId,
    sort: "-signedDate",
    perPage: MAX_MEMORANDA,
  });
  const { rows } = await listMemoranda(db, ANONYMOUS, query, windowDays);
  const parties = await listParties(
    db,
    rows.map((row) => row.id),
  );
  return rows.map(
    (row): MemorandumTeaser => ({
      id: row.id,
      number: row.number,
      title: row.title as TLocalizedText,
      signedDate: row.signedDate,
      lifecycle: row.lifecycle,
      partners: parties
        .filter((party) => party.memorandumId === row.id && party.organizationId !== organizationId)
        .map((party) => party.name),
    }),
  );
}

/** A published service with its organization, or null when it does not exist for the public. */
export async function loadService(db: Database, id: string, windowDays: number): Promise<ServiceView | null> {
  if (!UUID.test(id)) return null;
  const service = await findVisibleService(db, ANONYMOUS, id);
  if (!service) return null;
  const organization = await findVisibleOrganization(db, ANONYMOUS, service.organizationId);
  if (!organization) return null;
  const [categories, memoranda] = await Promise.all([
    listServiceCategories(db),
    memorandaOf(db, organization.id, windowDays),
  ]);
  return { service, organization, categories, memoranda };
}

/** A published organization with its published services, or null when it does not exist for the public. */
export async function loadOrganization(
  db: Database,
  id: string,
  windowDays: number,
): Promise<OrganizationView | null> {
  if (!UUID.test(id)) return null;
  const organization = await findVisibleOrganization(db, ANONYMOUS, id);
  if (!organization) return null;
  const [services, categories, memoranda] = await Promise.all([
    listServices(db, ANONYMOUS, ZServiceListQuery.parse({ organization: id, perPage: MAX_SERVICES })),
    listServiceCategories(db),
    memorandaOf(db, id, windowDays),
  ]);
  return { organization, services: services.rows, categories, memoranda };
}
