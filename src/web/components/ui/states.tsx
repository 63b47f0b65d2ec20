import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../lib/api-client.ts";

/** Nothing to show yet, with what to do about it. */
export function EmptyState({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {children ? <div className="state__body">{children}</div> : null}
    </div>
  );
}

/** A failed load: the API's translated message when there is one, and a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message =
    error instanceof ApiError
      ? error.code === "network"
        ? t("app.error.network")
        : error.message || t(`errors.${error.code}`)
      : t("app.error.unexpected");
  const code = error instanceof ApiError ? error.code : null;
  const title =
    code === "forbidden"
      ? "app.error.forbidden"
      : code === "not_found"
        ? "app.error.not_found"
        : "app.error.title";
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t(title)}</p>
      <p className="state__body">{message}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t("app.action.retry")}
        </button>
      ) : null}
    </div>
  );
}

/** Shown while data loads; announced once, politely. */
export function LoadingState({ label }: { label?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="state state--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t("app.loading")}</span>
    </div>
  );
}
