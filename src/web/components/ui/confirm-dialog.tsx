import { type ReactNode, useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";

export interface ConfirmDialogProps {
  open: boolean;
  title: ReactNode;
  children?: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel?: ReactNode;
  /** `danger` for what cannot be undone easily (deactivate, delete, terminate). */
  tone?: "default" | "danger";
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal question on the native `<dialog>` (focus trap, Escape and the top layer come from the browser).
 * Focus starts on «Cancel», so Enter never confirms a destructive action by accident.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) {
      // happy-dom and old browsers lack showModal; `open` still shows it
      if (typeof element.showModal === "function") element.showModal();
      else element.setAttribute("open", "");
      cancel.current?.focus();
    } else if (!props.open && element.open) element.close();
  }, [props.open]);

  return (
    <dialog
      ref={dialog}
      className={`confirm-dialog confirm-dialog--${props.tone ?? "default"}`}
      aria-labelledby={titleId}
      aria-describedby={props.children ? bodyId : undefined}
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id={titleId} className="confirm-dialog__title">
        {props.title}
      </h2>
      {props.children ? (
        <div id={bodyId} className="confirm-dialog__body">
          {props.children}
        </div>
      ) : null}
      <div className="confirm-dialog__actions">
        <button ref={cancel} type="button" className="button button--secondary" onClick={props.onCancel}>
          {props.cancelLabel ?? t("app.action.cancel")}
        </button>
        <button
          type="button"
          className={props.tone === "danger" ? "button button--danger" : "button"}
          onClick={props.onConfirm}
          disabled={props.busy}
          aria-busy={props.busy || undefined}
        >
          {props.confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
