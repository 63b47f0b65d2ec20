import { useQueryClient } from "@tanstack/react-query";
import { Link, useRouter } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useToast } from "../components/ui/toast.tsx";
import { ME_QUERY_KEY, signOut, type TMe } from "../features/auth/api/session.api.ts";
import { NotificationBell } from "../features/notifications/components/notification-bell.tsx";
import { LanguageSwitch } from "./language-switch.tsx";
import { navItemsFor } from "./nav-items.ts";

function MainNav({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <nav className="main-nav" aria-label={t("app.nav.label")}>
      <button
        type="button"
        className="main-nav__toggle"
        aria-expanded={open}
        aria-controls="main-nav-list"
        onClick={() => setOpen(!open)}
      >
        {t("app.nav.menu")}
      </button>
      <ul id="main-nav-list" className={open ? "main-nav__list main-nav__list--open" : "main-nav__list"}>
        {navItemsFor(me).map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              activeOptions={{ exact: item.to === "/" }}
              activeProps={{ "aria-current": "page" }}
              onClick={() => setOpen(false)} // a chosen item closes the menu on phones
            >
              {t(item.labelKey)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function AccountMenu({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const router = useRouter();
  const toast = useToast();
  const onSignOut = async () => {
    try {
      await signOut();
    } finally {
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, null);
      toast.show(t("app.signed_out"), "info");
      // Signing out is an explicit choice: it discards unsaved changes instead of asking about them.
      await router.navigate({ to: "/sign-in", ignoreBlocker: true });
    }
  };
  return (
    <div className="account">
      <NotificationBell />
      <span className="account__name">
        {t("app.account.signed_in_as", { name: me.user.name, role: t(`app.role.${me.user.role}`) })}
      </span>
      <Link to="/password" className="account__link">
        {t("app.password.title")}
      </Link>
      <button type="button" className="account__sign-out" onClick={onSignOut}>
        {t("app.sign_out")}
      </button>
    </div>
  );
}

export function AppHeader({ me }: { me: TMe | null }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header__bar">
        <Link to="/" className="app-header__brand">
          <span className="app-header__product">{t("app.product")}</span>
          <span className="app-header__tagline">{t("app.product_tagline")}</span>
        </Link>
        <LanguageSwitch />
      </div>
      {me ? (
        <div className="app-header__nav">
          <MainNav me={me} />
          <AccountMenu me={me} />
        </div>
      ) : null}
    </header>
  );
}
