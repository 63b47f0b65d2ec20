import { createRoute } from "@tanstack/react-router";
import { z } from "zod";
import { SignInScreen } from "../../features/auth/components/sign-in-screen.tsx";
import { searchValidator } from "../../lib/search-params.ts";
import { redirectIfSignedIn } from "../guards.ts";
import { rootRoute } from "./root.route.tsx";

/** `?redirect=` is where to go back to after signing in (set by requireSignedIn). */
const signInSearch = searchValidator(z.object({ redirect: z.string().max(2000).optional() }));

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "sign-in",
  validateSearch: signInSearch,
  beforeLoad: ({ context }) => redirectIfSignedIn(context.queryClient),
  component: SignInRoute,
});

function SignInRoute() {
  return <SignInScreen redirectTo={signInRoute.useSearch().redirect} />;
}
