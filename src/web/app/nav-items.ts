import type { TMe } from "../features/auth/api/session.api.ts";

export interface NavItem {
  /** A route path of route-tree.ts. */
  to: "/" | "/users";
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
  { to: "/users", labelKey: "app.nav.users", allowed: (me) => me.capabilities.manageUsers },
];

export const navItemsFor = (me: TMe): NavItem[] => NAV_ITEMS.filter((item) => item.allowed(me));
