import { Link } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TUser } from "../../../../shared/contracts/users.ts";

/**
 * The new user's password, shown once: it lives only in this component's state, so it is gone after
 * leaving the screen; the API never returns it again.
 */
export function OneTimePassword({
  user,
  password,
  onAnother,
}: {
  user: TUser;
  password: string;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      setCopied(false); // clipboard refused (insecure origin): the password is still on screen
    }
  };
  return (
    <section className="narrow" aria-labelledby="created-title">
      <h1 id="created-title" ref={heading} tabIndex={-1}>
        {t("app.users.created.title")}
      </h1>
      <p>{t("app.users.created.body", { email: user.email })}</p>
      <div className="secret">
        <p className="secret__label" id="one-time-password-label">
          {t("app.users.created.password")}
        </p>
        <output
          className="secret__value"
          aria-labelledby="one-time-password-label"
          data-testid="one-time-password"
        >
          {password}
        </output>
        <button type="button" className="button button--secondary" onClick={copy}>
          {t("app.users.created.copy")}
        </button>
        <p role="status" className="muted">
          {copied ? t("app.users.created.copied") : ""}
        </p>
      </div>
      <p className="warning">{t("app.users.created.once")}</p>
      <div className="form__actions">
        <Link to="/users" className="button">
          {t("app.users.created.done")}
        </Link>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {t("app.users.created.another")}
        </button>
      </div>
    </section>
  );
}
