import { createRoute } from "@tanstack/react-router";
import { ZPracticeListSearch } from "../../features/practices/api/practices.api.ts";
import { NewPracticeScreen } from "../../features/practices/components/new-practice-screen.tsx";
import { PracticeScreen } from "../../features/practices/components/practice-screen.tsx";
import { PracticesScreen } from "../../features/practices/components/practices-screen.tsx";
import { listSearch } from "../../lib/search-params.ts";
import { requireCapability } from "../guards.ts";
import { signedInRoute } from "./signed-in.route.tsx";

export const practicesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "practices",
  ...listSearch(ZPracticeListSearch),
  component: PracticesRoute,
});

export const newPracticeRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "practices/new",
  beforeLoad: requireCapability("createPractice"),
  component: NewPracticeRoute,
});

export const practiceRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "practices/$id",
  component: PracticeRoute,
});

function PracticesRoute() {
  const { me } = practicesRoute.useRouteContext();
  return <PracticesScreen search={practicesRoute.useSearch()} canCreate={me.capabilities.createPractice} />;
}

function NewPracticeRoute() {
  return <NewPracticeScreen me={newPracticeRoute.useRouteContext().me} />;
}

function PracticeRoute() {
  const { id } = practiceRoute.useParams();
  return <PracticeScreen key={id} id={id} me={practiceRoute.useRouteContext().me} />;
}
