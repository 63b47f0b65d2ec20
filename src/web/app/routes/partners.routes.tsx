import { createRoute, redirect } from "@tanstack/react-router";
import type { TMe } from "../../features/auth/api/session.api.ts";
import { EditPartnerScreen } from "../../features/partners/components/edit-partner-screen.tsx";
import { LocationScreen } from "../../features/partners/components/location-screen.tsx";
import { MergePartnerScreen } from "../../features/partners/components/merge-partner-screen.tsx";
import { NewPartnerScreen } from "../../features/partners/components/new-partner-screen.tsx";
import { NewServiceScreen } from "../../features/partners/components/new-service-screen.tsx";
import { PartnerScreen } from "../../features/partners/components/partner-screen.tsx";
import { PartnersScreen } from "../../features/partners/components/partners-screen.tsx";
import { ServiceScreen } from "../../features/partners/components/service-screen.tsx";
import { ServicesScreen } from "../../features/partners/components/services-screen.tsx";
import {
  ZNewServiceSearch,
  ZPartnerListSearch,
  ZServiceListSearch,
} from "../../features/partners/lib/partner-search.ts";
import { ApiError } from "../../lib/api-client.ts";
import { listSearch, searchValidator } from "../../lib/search-params.ts";
import { requireCapability } from "../guards.ts";
import { signedInRoute } from "./signed-in.route.tsx";

type Context = { context: { me: TMe } };

/** A partner user's back office is its own organization: the staff lists lead there. */
function partnerToOwnOrganization({ context }: Context): void {
  const { role, organizationId } = context.me.user;
  if (role === "partner" && organizationId) {
    throw redirect({ to: "/partners/$id", params: { id: organizationId } });
  }
}

/**
 * A partner user opens only its own organization here (others' public pages are on the public site);
 * the API refuses their writes anyway.
 */
function ownOrganizationOnly<Params extends { id: string }>({
  context,
  params,
}: Context & { params: Params }): void {
  const { role, organizationId } = context.me.user;
  if (role === "partner" && params.id !== organizationId) throw new ApiError(403, "forbidden", "");
}

export const partnersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "partners",
  beforeLoad: partnerToOwnOrganization,
  ...listSearch(ZPartnerListSearch),
  component: PartnersRoute,
});

export const newPartnerRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "partners/new",
  beforeLoad: requireCapability("createOrganization"),
  component: NewPartnerRoute,
});

export const partnerRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "partners/$id",
  beforeLoad: ownOrganizationOnly,
  component: PartnerRoute,
});

export const editPartnerRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "partners/$id/edit",
  beforeLoad: ownOrganizationOnly,
  component: EditPartnerRoute,
});

export const mergePartnerRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "partners/$id/merge",
  beforeLoad: ownOrganizationOnly,
  component: MergePartnerRoute,
});

export const newLocationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "partners/$id/locations/new",
  beforeLoad: ownOrganizationOnly,
  component: NewLocationRoute,
});

export const locationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "partners/$id/locations/$locationId",
  beforeLoad: ownOrganizationOnly,
  component: LocationRoute,
});

export const servicesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "services",
  beforeLoad: partnerToOwnOrganization,
  ...listSearch(ZServiceListSearch),
  component: ServicesRoute,
});

export const newServiceRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "services/new",
  validateSearch: searchValidator(ZNewServiceSearch),
  component: NewServiceRoute,
});

export const serviceRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "services/$id",
  component: ServiceRoute,
});

/** Every route of the partners and services screens, for route-tree.ts. */
export const partnersRoutes = [
  partnersRoute,
  newPartnerRoute,
  partnerRoute,
  editPartnerRoute,
  mergePartnerRoute,
  newLocationRoute,
  locationRoute,
  servicesRoute,
  newServiceRoute,
  serviceRoute,
] as const;

function PartnersRoute() {
  const canCreate = partnersRoute.useRouteContext().me.capabilities.createOrganization;
  return <PartnersScreen search={partnersRoute.useSearch()} canCreate={canCreate} />;
}

function NewPartnerRoute() {
  const { user } = newPartnerRoute.useRouteContext().me;
  return <NewPartnerScreen regionCodes={user.role === "coordinator" ? user.regionCodes : []} />;
}

function PartnerRoute() {
  const { id } = partnerRoute.useParams();
  const { user } = partnerRoute.useRouteContext().me;
  return <PartnerScreen id={id} showList={user.role !== "partner"} />;
}

function EditPartnerRoute() {
  return <EditPartnerScreen id={editPartnerRoute.useParams().id} />;
}

function MergePartnerRoute() {
  return <MergePartnerScreen id={mergePartnerRoute.useParams().id} />;
}

function NewLocationRoute() {
  return <LocationScreen organizationId={newLocationRoute.useParams().id} />;
}

function LocationRoute() {
  const { id, locationId } = locationRoute.useParams();
  return <LocationScreen organizationId={id} locationId={locationId} />;
}

function ServicesRoute() {
  return <ServicesScreen search={servicesRoute.useSearch()} />;
}

function NewServiceRoute() {
  return <NewServiceScreen organizationId={newServiceRoute.useSearch().organization} />;
}

function ServiceRoute() {
  return <ServiceScreen id={serviceRoute.useParams().id} />;
}
