import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TMemorandum } from "../../../../shared/contracts/memoranda.ts";
import type { ReviewState } from "../../../../shared/vocabulary.ts";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { useDeleteMemorandum, useTransitionMemorandum } from "../api/memoranda.api.ts";
import { apiErrorMessage } from "../lib/api-error-message.ts";
import { SignDialog } from "./sign-dialog.tsx";

/** The button for a move from `from` to `to`: forward moves are the main action, steps back secondary. */
function transitionLabel(from: ReviewState, to: ReviewState): string {
  if (to === "in_review")
    return from === "draft" ? "app.memoranda.review.submit" : "app.memoranda.review.reopen";
  if (to === "draft") return "app.memoranda.review.back_to_draft";
  if (to === "approved") return "app.memoranda.review.approve";
  return "app.memoranda.review.sign";
}

const FORWARD: Record<ReviewState, number> = { draft: 0, in_review: 1, approved: 2, signed: 3 };

/** Edit, the review moves the caller may make, signing, and deleting a draft. */
export function ReviewActions({ memorandum }: { memorandum: TMemorandum }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const transition = useTransitionMemorandum(memorandum.id);
  const remove = useDeleteMemorandum(memorandum.id);
  const [signing, setSigning] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const { permissions, reviewState } = memorandum;

  const move = async (to: ReviewState) => {
    if (to === "signed") {
      setSigning(true);
      return;
    }
    try {
      await transition.mutateAsync({ to, version: memorandum.version });
      toast.show(t("app.memoranda.review.moved", { state: t(`memoranda.review_state.${to}`) }));
    } catch (error) {
      toast.show(apiErrorMessage(error, t), "error");
    }
  };
  const onDelete = async () => {
    try {
      await remove.mutateAsync();
      toast.show(t("app.memoranda.deleted"));
      await navigate({ to: "/memoranda" });
    } catch (error) {
      toast.show(apiErrorMessage(error, t), "error");
    } finally {
      setDeleting(false);
    }
  };

  if (!permissions.update && permissions.transitions.length === 0 && !permissions.delete) return null;
  return (
    <div className="memo-actions">
      {permissions.transitions.map((to) => (
        <button
          key={to}
          type="button"
          className={FORWARD[to] > FORWARD[reviewState] ? "button" : "button button--secondary"}
          disabled={transition.isPending}
          onClick={() => move(to)}
        >
          {t(transitionLabel(reviewState, to))}
        </button>
      ))}
      {permissions.update ? (
        <Link to="/memoranda/$id/edit" params={{ id: memorandum.id }} className="button button--secondary">
          {t("app.memoranda.edit.action")}
        </Link>
      ) : null}
      {permissions.delete ? (
        <button type="button" className="button button--danger" onClick={() => setDeleting(true)}>
          {t("app.memoranda.delete.action")}
        </button>
      ) : null}
      {signing ? (
        <SignDialog
          memorandum={memorandum}
          open
          onClose={() => setSigning(false)}
          onSigned={() => {
            setSigning(false);
            toast.show(t("app.memoranda.sign.done"));
          }}
        />
      ) : null}
      <ConfirmDialog
        open={deleting}
        title={t("app.memoranda.delete.confirm")}
        confirmLabel={t("app.memoranda.delete.action")}
        tone="danger"
        busy={remove.isPending}
        onConfirm={onDelete}
        onCancel={() => setDeleting(false)}
      >
        <p>{t("app.memoranda.delete.hint")}</p>
      </ConfirmDialog>
    </div>
  );
}
