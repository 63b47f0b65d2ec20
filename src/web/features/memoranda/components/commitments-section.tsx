import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TCommitment, TMemorandum } from "../../../../shared/contracts/memoranda.ts";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { useFormat } from "../../../lib/format.ts";
import { useDeleteCommitment, useUpdateCommitment } from "../api/memoranda.api.ts";
import { apiErrorMessage } from "../lib/api-error-message.ts";
import { CommitmentDialog } from "./commitment-dialog.tsx";

type Editing = { commitment: TCommitment | null; partyId?: string } | null;

function CommitmentItem({
  commitment,
  onEdit,
  onDelete,
}: {
  commitment: TCommitment;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const update = useUpdateCommitment();
  const text = format.text(commitment.text);
  const finished = commitment.status === "done" || commitment.status === "cancelled";
  const complete = async () => {
    try {
      await update.mutateAsync({ id: commitment.id, patch: { status: "done", version: commitment.version } });
      toast.show(t("app.memoranda.commitments.completed"));
    } catch (error) {
      toast.show(apiErrorMessage(error, t), "error");
    }
  };
  return (
    <li className="commitment">
      <p className="commitment__text">{text}</p>
      <p className="commitment__meta">
        <span className={`tag commitment-status commitment-status--${commitment.status}`}>
          {t(`memoranda.commitment_status.${commitment.status}`)}
        </span>
        {commitment.overdue ? (
          <span className="tag tag--attention">{t("app.memoranda.commitments.overdue")}</span>
        ) : null}
        <span>
          {commitment.dueDate
            ? t("app.memoranda.commitments.due", { date: format.date(commitment.dueDate) })
            : t("app.memoranda.commitments.no_due")}
        </span>
      </p>
      {commitment.evidence ? (
        <p className="commitment__evidence">
          <span className="muted">{t("app.memoranda.commitments.evidence")}: </span>
          {commitment.evidence}
        </p>
      ) : null}
      <div className="commitment__actions">
        {commitment.permissions.updateProgress && !finished ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={complete}
            disabled={update.isPending}
          >
            {t("app.memoranda.commitments.complete")}
            <span className="visually-hidden">: {text}</span>
          </button>
        ) : null}
        {commitment.permissions.updateProgress ? (
          <button type="button" className="button button--secondary" onClick={onEdit}>
            {t("app.memoranda.commitments.edit")}
            <span className="visually-hidden">: {text}</span>
          </button>
        ) : null}
        {commitment.permissions.delete ? (
          <button type="button" className="button button--secondary" onClick={onDelete}>
            {t("app.memoranda.commitments.delete")}
            <span className="visually-hidden">: {text}</span>
          </button>
        ) : null}
      </div>
    </li>
  );
}

/** Commitments under the party that owns them, with what the caller may do about each. */
export function CommitmentsSection({ memorandum }: { memorandum: TMemorandum }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const remove = useDeleteCommitment();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<TCommitment | null>(null);
  const canAdd = memorandum.permissions.manageCommitments;
  const onDelete = async () => {
    if (!deleting) return;
    try {
      await remove.mutateAsync(deleting.id);
      toast.show(t("app.memoranda.commitments.deleted"));
    } catch (error) {
      toast.show(apiErrorMessage(error, t), "error");
    } finally {
      setDeleting(null);
    }
  };
  return (
    <section className="memo-section" aria-labelledby="memo-commitments">
      <h2 id="memo-commitments">
        {t("app.memoranda.commitments.title")} <span className="badge">{memorandum.commitments.length}</span>
      </h2>
      <div className="commitment-parties">
        {memorandum.parties.map((party) => {
          const own = memorandum.commitments.filter((commitment) => commitment.partyId === party.id);
          const name = format.text(party.name);
          return (
            <section key={party.id} className="commitment-party" aria-label={name}>
              <h3>{name}</h3>
              {own.length === 0 ? (
                <p className="muted">{t("app.memoranda.commitments.none")}</p>
              ) : (
                <ul className="commitment-list">
                  {own.map((commitment) => (
                    <CommitmentItem
                      key={commitment.id}
                      commitment={commitment}
                      onEdit={() => setEditing({ commitment })}
                      onDelete={() => setDeleting(commitment)}
                    />
                  ))}
                </ul>
              )}
              {canAdd ? (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setEditing({ commitment: null, partyId: party.id })}
                >
                  {t("app.memoranda.commitments.add")}
                  <span className="visually-hidden">: {name}</span>
                </button>
              ) : null}
            </section>
          );
        })}
      </div>
      {editing ? (
        <CommitmentDialog
          memorandum={memorandum}
          commitment={editing.commitment}
          {...(editing.partyId ? { partyId: editing.partyId } : {})}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        title={t("app.memoranda.commitments.delete_confirm")}
        confirmLabel={t("app.memoranda.commitments.delete")}
        tone="danger"
        busy={remove.isPending}
        onConfirm={onDelete}
        onCancel={() => setDeleting(null)}
      >
        <p>{deleting ? format.text(deleting.text) : null}</p>
      </ConfirmDialog>
    </section>
  );
}
