import type { TMe } from "../features/auth/api/session.api.ts";

export interface NavItem {
  /** A route path of route-tree.ts. */
  to:
    | "/"
    | "/users"
    | "/memoranda"
    | "/initiatives"
    | "/practices"
    | "/news"
    | "/verification"
    | "/partners"
    | "/services"
    | "/extraction"
    | "/analytics"
    | "/imports";
  labelKey: string;
  /** Whether the signed-in user's role may use the screen at all (from `/api/me` capabilities). */
  allowed: (me: TMe) => boolean;
}

/**
 * The main menu, in order. Planned screens (partners, services, memoranda, initiatives, practices, news,
 * verification queue) are added here together with their routes.
 */
export const NAV_ITEMS: NavItem[] = [
  { to: "/", labelKey: "app.nav.home", allowed: () => true },
  // A partner user's back office is its own organization (the /partners route leads there).
  { to: "/partners", labelKey: "app.nav.partners", allowed: (me) => me.user.role !== "partner" },
  { to: "/partners", labelKey: "app.nav.my_organization", allowed: (me) => me.user.role === "partner" },
  { to: "/services", labelKey: "app.nav.services", allowed: (me) => me.user.role !== "partner" },
  { to: "/memoranda", labelKey: "app.nav.memoranda", allowed: () => true },
  { to: "/users", labelKey: "app.nav.users", allowed: (me) => me.capabilities.manageUsers },
  { to: "/initiatives", labelKey: "app.nav.initiatives", allowed: () => true },
  { to: "/practices", labelKey: "app.nav.practices", allowed: () => true },
  // Partners read published news on the public site; the back office's list is for staff who review it.
  { to: "/news", labelKey: "app.nav.news", allowed: (me) => me.user.role !== "partner" },
  { to: "/verification", labelKey: "app.nav.verification", allowed: () => true },
  // Importing a press release creates draft memoranda: admins and coordinators.
  { to: "/extraction", labelKey: "app.nav.extraction", allowed: (me) => me.capabilities.createMemorandum },
  // Dashboards are for those who run the program (admins, viewers, coordinators); the API refuses partners.
  { to: "/analytics", labelKey: "app.nav.analytics", allowed: (me) => me.user.role !== "partner" },
  // Spreadsheet import registers organizations: admins, and coordinators for their regions.
  { to: "/imports", labelKey: "app.nav.imports", allowed: (me) => me.capabilities.createOrganization },
];

export const navItemsFor = (me: TMe): NavItem[] => NAV_ITEMS.filter((item) => item.allowed(me));
