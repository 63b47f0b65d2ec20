import { createRoute } from "@tanstack/react-router";
import type { TMe } from "../../features/auth/api/session.api.ts";
import { ZNewsSearch } from "../../features/news/api/news.api.ts";
import { EditNewsScreen } from "../../features/news/components/edit-news-screen.tsx";
import { NewNewsScreen } from "../../features/news/components/new-news-screen.tsx";
import type { RegionChoice } from "../../features/news/components/news-form.tsx";
import { NewsScreen } from "../../features/news/components/news-screen.tsx";
import { listSearch } from "../../lib/search-params.ts";
import { requireCapability } from "../guards.ts";
import { signedInRoute } from "./signed-in.route.tsx";

export const newsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "news",
  ...listSearch(ZNewsSearch),
  component: NewsRoute,
});

export const newNewsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "news/new",
  beforeLoad: requireCapability("createNews"),
  component: NewNewsRoute,
});

export const newsPostRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "news/$id",
  component: NewsPostRoute,
});

/** Admins write posts of any region or none; a coordinator those of its own regions (news.policy.ts). */
const regionChoiceOf = (me: TMe): RegionChoice =>
  me.user.role === "admin" ? { all: true } : { all: false, codes: me.user.regionCodes };

function NewsRoute() {
  const { me } = newsRoute.useRouteContext();
  return <NewsScreen search={newsRoute.useSearch()} canWrite={me.capabilities.createNews} />;
}

function NewNewsRoute() {
  return <NewNewsScreen regions={regionChoiceOf(newNewsRoute.useRouteContext().me)} />;
}

function NewsPostRoute() {
  const { id } = newsPostRoute.useParams();
  return <EditNewsScreen id={id} regions={regionChoiceOf(newsPostRoute.useRouteContext().me)} />;
}
