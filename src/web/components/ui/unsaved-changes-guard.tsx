import { useBlocker } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "./confirm-dialog.tsx";

/**
 * While `when` is true (a form is dirty), leaving the screen asks first: in-app navigation through a
 * confirm dialog, closing or reloading the tab through the browser's own prompt (beforeunload).
 * Pass `when={isDirty && !isSubmitSuccessful}` so a saved form leaves freely.
 */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker({
    shouldBlockFn: () => when,
    enableBeforeUnload: () => when,
    withResolver: true,
  });
  return (
    <ConfirmDialog
      open={blocker.status === "blocked"}
      title={t("app.unsaved.title")}
      confirmLabel={t("app.unsaved.leave")}
      cancelLabel={t("app.unsaved.stay")}
      tone="danger"
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      <p>{t("app.unsaved.body")}</p>
    </ConfirmDialog>
  );
}
