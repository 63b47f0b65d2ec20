import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createWebApp, WebApp } from "./app/app.tsx";
import { ApiError } from "./lib/api-client.ts";
import { createI18n } from "./lib/i18n.ts";
import { initialLocale } from "./lib/locale.ts";
import "./styles/app.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
const i18n = await createI18n(initialLocale());
const { queryClient, router } = createWebApp();
createRoot(root, {
  // An API refusal (403, 404) shown by a route's error screen is an answer, not a bug to log.
  onCaughtError: (error, info) => {
    if (error instanceof ApiError && error.status >= 400 && error.status < 500) return;
    console.error(error, info.componentStack);
  },
}).render(
  <StrictMode>
    <WebApp i18n={i18n} queryClient={queryClient} router={router} />
  </StrictMode>,
);
