import { useQuery } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AttachmentKind, AttachmentTarget, TAttachment } from "../../../shared/contracts/files.ts";
import type { TLocalizedText } from "../../../shared/localized-text.ts";
import { ApiError } from "../../lib/api-client.ts";
import { useFormat } from "../../lib/format.ts";
import { attachmentsQueryOptions, fileProblem, useAttachFile, useDetachFile } from "./attachments.api.ts";
import { ConfirmDialog } from "./confirm-dialog.tsx";
import { FormField } from "./form-field.tsx";
import { LocalizedTextField } from "./localized-text-field.tsx";
import { EmptyState, ErrorState, LoadingState } from "./states.tsx";
import { useToast } from "./toast.tsx";

export interface AttachmentsPanelProps {
  target: AttachmentTarget;
  targetId: string;
  /** The kind new files are attached as (KINDS_BY_TARGET). */
  kind: AttachmentKind;
  heading: ReactNode;
  /** The file input's `accept`, e.g. `image/jpeg,image/png,image/webp`. */
  accept: string;
  /** What may be uploaded (types, sizes), under the file input. */
  hint: ReactNode;
  empty: ReactNode;
}

function useFileSize() {
  const { t } = useTranslation();
  const format = useFormat();
  return (bytes: number) =>
    bytes >= 2 ** 20
      ? t("app.attachments.size_mb", { size: format.number(Math.round(bytes / 2 ** 20 / 0.1) / 10) })
      : t("app.attachments.size_kb", { size: format.number(Math.max(1, Math.round(bytes / 1024))) });
}

function AttachmentItem({ item, onRemove }: { item: TAttachment; onRemove: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const size = useFileSize();
  const caption = format.text(item.caption);
  const type = item.file.contentType === "application/pdf" ? "PDF" : item.file.contentType.split("/")[1];
  return (
    <li className="attachment">
      {item.file.thumbnailUrl ? (
        // The name and caption next to it say what the picture is; the picture itself adds nothing to read.
        <img className="attachment__thumbnail" src={item.file.thumbnailUrl} alt="" loading="lazy" />
      ) : (
        <span className="attachment__type" aria-hidden="true">
          {type?.toUpperCase()}
        </span>
      )}
      <div className="attachment__body">
        <a href={item.file.url} className="attachment__name">
          {item.file.originalName}
        </a>
        <span className="muted">
          {type?.toUpperCase()} · {size(item.file.size)} · {format.date(item.createdAt)}
        </span>
        {caption ? <span className="attachment__caption">{caption}</span> : null}
      </div>
      {item.permissions.delete ? (
        <button type="button" className="button button--secondary" onClick={onRemove}>
          {t("app.attachments.remove")}
          <span className="visually-hidden"> {item.file.originalName}</span>
        </button>
      ) : null}
    </li>
  );
}

function UploadForm(props: Pick<AttachmentsPanelProps, "target" | "targetId" | "kind" | "accept" | "hint">) {
  const { t } = useTranslation();
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const [caption, setCaption] = useState<TLocalizedText>({});
  const [error, setError] = useState<string | undefined>();
  const attach = useAttachFile(props.target, props.targetId, props.kind);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setError(t("app.attachments.error.none"));
      input.current?.focus();
      return;
    }
    const problem = fileProblem(file, props.kind);
    if (problem) {
      setError(t(problem.key, problem.params));
      input.current?.focus();
      return;
    }
    try {
      const hasCaption = Object.keys(caption).length > 0;
      await attach.mutateAsync({ file, caption: hasCaption ? caption : null });
      if (input.current) input.current.value = "";
      setCaption({});
      toast.show(t("app.attachments.attached", { name: file.name }));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : t("app.error.unexpected"));
      input.current?.focus();
    }
  };
  return (
    <form className="form attachments__upload" onSubmit={onSubmit} noValidate>
      <FormField label={t("app.attachments.file")} description={props.hint} error={error}>
        {(control) => (
          <input
            {...control}
            ref={input}
            type="file"
            accept={props.accept}
            onChange={() => setError(undefined)}
          />
        )}
      </FormField>
      <LocalizedTextField
        label={t("app.attachments.caption")}
        value={caption}
        onChange={setCaption}
        maxLength={500}
      />
      <div className="form__actions">
        <button
          type="submit"
          className="button"
          disabled={attach.isPending}
          aria-busy={attach.isPending || undefined}
        >
          {attach.isPending ? t("app.attachments.uploading") : t("app.attachments.attach")}
        </button>
      </div>
    </form>
  );
}

/**
 * The files of one record (photos, documents) with their thumbnails, an upload form for whoever may
 * attach (`canAttach` from the API) and a confirmed «remove» on each file the caller may detach.
 */
export function AttachmentsPanel(props: AttachmentsPanelProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const headingId = useId();
  const list = useQuery(attachmentsQueryOptions(props.target, props.targetId));
  const detach = useDetachFile(props.target, props.targetId);
  const [removing, setRemoving] = useState<TAttachment | null>(null);
  const onDetach = async () => {
    if (!removing) return;
    try {
      await detach.mutateAsync(removing.id);
      toast.show(t("app.attachments.removed", { name: removing.file.originalName }));
    } catch (error) {
      toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
    } finally {
      setRemoving(null);
    }
  };
  return (
    <section className="attachments" aria-labelledby={headingId}>
      <h2 id={headingId}>{props.heading}</h2>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <>
          {list.data.items.length === 0 ? (
            <EmptyState title={props.empty} />
          ) : (
            <ul className="attachments__list">
              {list.data.items.map((item) => (
                <AttachmentItem key={item.id} item={item} onRemove={() => setRemoving(item)} />
              ))}
            </ul>
          )}
          {list.data.canAttach ? <UploadForm {...props} /> : null}
        </>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t("app.attachments.remove_confirm", { name: removing?.file.originalName ?? "" })}
        confirmLabel={t("app.attachments.remove")}
        tone="danger"
        busy={detach.isPending}
        onConfirm={onDetach}
        onCancel={() => setRemoving(null)}
      >
        <p>{t("app.attachments.remove_hint")}</p>
      </ConfirmDialog>
    </section>
  );
}
