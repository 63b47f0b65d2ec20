import { homeRoute } from "./routes/home.route.tsx";
import { passwordRoute } from "./routes/password.route.tsx";
import { rootRoute } from "./routes/root.route.tsx";
import { signInRoute } from "./routes/sign-in.route.tsx";
import { signedInRoute } from "./routes/signed-in.route.tsx";
import { inviteUserRoute, userRoute, usersRoute } from "./routes/users.routes.tsx";

/** Every screen of the SPA. A new screen: a route file in routes/, one line here, a nav item if it has one. */
export const routeTree = rootRoute.addChildren([
  signInRoute,
  signedInRoute.addChildren([homeRoute, passwordRoute, usersRoute, inviteUserRoute, userRoute]),
]);
