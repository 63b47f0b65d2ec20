import { createRoute } from "@tanstack/react-router";
import { ZMemorandumListSearch } from "../../features/memoranda/api/memoranda.api.ts";
import { EditMemorandumScreen } from "../../features/memoranda/components/edit-memorandum-screen.tsx";
import { MemorandaScreen } from "../../features/memoranda/components/memoranda-screen.tsx";
import { MemorandumScreen } from "../../features/memoranda/components/memorandum-screen.tsx";
import { NewMemorandumScreen } from "../../features/memoranda/components/new-memorandum-screen.tsx";
import { listSearch } from "../../lib/search-params.ts";
import { requireCapability } from "../guards.ts";
import { signedInRoute } from "./signed-in.route.tsx";

export const memorandaRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "memoranda",
  ...listSearch(ZMemorandumListSearch),
  component: MemorandaRoute,
});

export const newMemorandumRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "memoranda/new",
  beforeLoad: requireCapability("createMemorandum"),
  component: NewMemorandumRoute,
});

export const memorandumRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "memoranda/$id",
  component: MemorandumRoute,
});

export const editMemorandumRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "memoranda/$id/edit",
  component: EditMemorandumRoute,
});

function MemorandaRoute() {
  const { me } = memorandaRoute.useRouteContext();
  return <MemorandaScreen search={memorandaRoute.useSearch()} canCreate={me.capabilities.createMemorandum} />;
}

function NewMemorandumRoute() {
  return <NewMemorandumScreen me={newMemorandumRoute.useRouteContext().me} />;
}

function MemorandumRoute() {
  const { id } = memorandumRoute.useParams();
  return <MemorandumScreen key={id} id={id} me={memorandumRoute.useRouteContext().me} />;
}

function EditMemorandumRoute() {
  const { id } = editMemorandumRoute.useParams();
  return <EditMemorandumScreen key={id} id={id} me={editMemorandumRoute.useRouteContext().me} />;
}
