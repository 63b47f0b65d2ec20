import { analyticsRoute } from "./routes/analytics.routes.tsx";
import { extractionRoute } from "./routes/extraction.route.tsx";
import { homeRoute } from "./routes/home.route.tsx";
import { importsRoute } from "./routes/imports.route.tsx";
import { initiativeRoute, initiativesRoute, newInitiativeRoute } from "./routes/initiatives.routes.tsx";
import {
  editMemorandumRoute,
  memorandaRoute,
  memorandumRoute,
  newMemorandumRoute,
} from "./routes/memoranda.routes.tsx";
import { newNewsRoute, newsPostRoute, newsRoute } from "./routes/news.routes.tsx";
import { notificationsRoute } from "./routes/notifications.route.tsx";
import { partnersRoutes } from "./routes/partners.routes.tsx";
import { passwordRoute } from "./routes/password.route.tsx";
import { newPracticeRoute, practiceRoute, practicesRoute } from "./routes/practices.routes.tsx";
import { rootRoute } from "./routes/root.route.tsx";
import { signInRoute } from "./routes/sign-in.route.tsx";
import { signedInRoute } from "./routes/signed-in.route.tsx";
import { inviteUserRoute, userRoute, usersRoute } from "./routes/users.routes.tsx";
import { verificationRoute } from "./routes/verification.routes.tsx";

/** Every screen of the SPA. A new screen: a route file in routes/, one line here, a nav item if it has one. */
export const routeTree = rootRoute.addChildren([
  signInRoute,
  signedInRoute.addChildren([
    homeRoute,
    passwordRoute,
    usersRoute,
    inviteUserRoute,
    userRoute,
    memorandaRoute,
    newMemorandumRoute,
    memorandumRoute,
    editMemorandumRoute,
    initiativesRoute,
    newInitiativeRoute,
    initiativeRoute,
    practicesRoute,
    newPracticeRoute,
    practiceRoute,
    newsRoute,
    newNewsRoute,
    newsPostRoute,
    verificationRoute,
    notificationsRoute,
    analyticsRoute,
    extractionRoute,
    importsRoute,
    ...partnersRoutes,
  ]),
]);
