import { useTranslation } from "react-i18next";
import { useToast } from "../../../components/ui/toast.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useFormat } from "../../../lib/format.ts";

export interface VerificationPanelProps {
  lastVerifiedAt: string | null;
  canVerify: boolean;
  busy: boolean;
  onVerify: () => Promise<unknown>;
}

/** «Last verified» with the way to record a new check, for those allowed to (the record's permissions). */
export function VerificationPanel({ lastVerifiedAt, canVerify, busy, onVerify }: VerificationPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const verify = async () => {
    try {
      await onVerify();
      toast.show(t("app.partners.verify.done"));
    } catch (error) {
      toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
    }
  };
  return (
    <div className="verification">
      <p className="verification__date">
        {lastVerifiedAt
          ? t("app.partners.verify.last", { date: format.date(lastVerifiedAt) })
          : t("app.partners.verify.never")}
      </p>
      {canVerify ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={verify}
          disabled={busy}
          aria-busy={busy || undefined}
        >
          {t("app.partners.verify.action")}
        </button>
      ) : null}
    </div>
  );
}
