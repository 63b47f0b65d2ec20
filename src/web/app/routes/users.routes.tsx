import { createRoute } from "@tanstack/react-router";
import { ZUserListQuery } from "../../../shared/contracts/users.ts";
import { EditUserScreen } from "../../features/users/components/edit-user-screen.tsx";
import { InviteUserScreen } from "../../features/users/components/invite-user-screen.tsx";
import { UsersScreen } from "../../features/users/components/users-screen.tsx";
import { listSearch } from "../../lib/search-params.ts";
import { requireCapability } from "../guards.ts";
import { signedInRoute } from "./signed-in.route.tsx";

export const usersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "users",
  beforeLoad: requireCapability("manageUsers"),
  ...listSearch(ZUserListQuery),
  component: UsersRoute,
});

export const inviteUserRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "users/invite",
  beforeLoad: requireCapability("manageUsers"),
  component: InviteUserScreen,
});

export const userRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "users/$id",
  beforeLoad: requireCapability("manageUsers"),
  component: UserRoute,
});

function UsersRoute() {
  return <UsersScreen search={usersRoute.useSearch()} />;
}

function UserRoute() {
  const { id } = userRoute.useParams();
  return <EditUserScreen id={id} currentUserId={userRoute.useRouteContext().me.user.id} />;
}
