import { createRoute } from "@tanstack/react-router";
import { ZInitiativeListSearch } from "../../features/initiatives/api/initiatives.api.ts";
import { InitiativeScreen } from "../../features/initiatives/components/initiative-screen.tsx";
import { InitiativesScreen } from "../../features/initiatives/components/initiatives-screen.tsx";
import { NewInitiativeScreen } from "../../features/initiatives/components/new-initiative-screen.tsx";
import { listSearch } from "../../lib/search-params.ts";
import { requireCapability } from "../guards.ts";
import { signedInRoute } from "./signed-in.route.tsx";

export const initiativesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "initiatives",
  ...listSearch(ZInitiativeListSearch),
  component: InitiativesRoute,
});

export const newInitiativeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "initiatives/new",
  beforeLoad: requireCapability("createInitiative"),
  component: NewInitiativeRoute,
});

export const initiativeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "initiatives/$id",
  component: InitiativeRoute,
});

function InitiativesRoute() {
  const { me } = initiativesRoute.useRouteContext();
  return (
    <InitiativesScreen search={initiativesRoute.useSearch()} canCreate={me.capabilities.createInitiative} />
  );
}

function NewInitiativeRoute() {
  return <NewInitiativeScreen me={newInitiativeRoute.useRouteContext().me} />;
}

function InitiativeRoute() {
  const { id } = initiativeRoute.useParams();
  return <InitiativeScreen key={id} id={id} me={initiativeRoute.useRouteContext().me} />;
}
