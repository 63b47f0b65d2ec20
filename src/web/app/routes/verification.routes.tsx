import { createRoute } from "@tanstack/react-router";
import { ZQueueSearch } from "../../features/verification/api/verification.api.ts";
import { VerificationScreen } from "../../features/verification/components/verification-screen.tsx";
import { listSearch } from "../../lib/search-params.ts";
import { signedInRoute } from "./signed-in.route.tsx";

/** Every signed-in role: the API narrows both lists to the caller's regions or organization. */
export const verificationRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: "verification",
  ...listSearch(ZQueueSearch),
  component: VerificationRoute,
});

function VerificationRoute() {
  return <VerificationScreen search={verificationRoute.useSearch()} />;
}
