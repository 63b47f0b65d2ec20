import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** The staff SPA: `src/web` → `dist/web`, served by the app under `/app/` (src/server/web-app). */
export default defineConfig({
  root: "src/web",
  base: "/app/",
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    target: "es2022",
    reportCompressedSize: false,
    // One entry chunk of ~180 kB gzipped (React, router, query, zod, i18next); screens can move to
    // route-level `lazy` when it grows past this.
    chunkSizeWarningLimit: 700,
  },
  server: {
    // `npx vite` serves the SPA with hot reload at :5173/app/ next to `npm run dev` (the API on :8080);
    // better-auth only trusts its own origin, so the proxy presents requests as coming from it.
    proxy: { "/api": { target: "http://127.0.0.1:8080", headers: { origin: "http://localhost:8080" } } },
  },
});
