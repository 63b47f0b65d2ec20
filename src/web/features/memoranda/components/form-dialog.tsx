import { type FormEvent, type ReactNode, useEffect, useId, useRef } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";

export interface FormDialogProps {
  open: boolean;
  title: ReactNode;
  submitLabel: ReactNode;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onClose: () => void;
  busy?: boolean;
  /** A failure no field can show (the API's translated message), inside the dialog where it is seen. */
  error?: string | null;
  className?: string;
  children: ReactNode;
}

/**
 * A modal form on the native `<dialog>`, rendered into <body> so that it is never a form inside another
 * form (the memorandum form opens one to register a partner). Escape and «Cancel» close it.
 */
export function FormDialog(props: FormDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (props.open && !element.open) {
      if (typeof element.showModal === "function") element.showModal();
      else element.setAttribute("open", "");
    } else if (!props.open && element.open) element.close();
  }, [props.open]);
  if (typeof document === "undefined") return null;
  return createPortal(
    <dialog
      ref={dialog}
      className={["confirm-dialog", "form-dialog", props.className ?? ""].filter(Boolean).join(" ")}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      {props.open ? (
        <form
          noValidate
          className="form"
          onSubmit={(event) => {
            // React bubbles events through portals: the form this dialog was opened from must not submit.
            event.stopPropagation();
            props.onSubmit(event);
          }}
        >
          <h2 id={titleId} className="confirm-dialog__title">
            {props.title}
          </h2>
          {props.children}
          {props.error ? (
            <p className="form-alert" role="alert">
              {props.error}
            </p>
          ) : null}
          <div className="confirm-dialog__actions">
            <button type="button" className="button button--secondary" onClick={props.onClose}>
              {t("app.action.cancel")}
            </button>
            <button
              type="submit"
              className="button"
              disabled={props.busy}
              aria-busy={props.busy || undefined}
            >
              {props.submitLabel}
            </button>
          </div>
        </form>
      ) : null}
    </dialog>,
    document.body,
  );
}
