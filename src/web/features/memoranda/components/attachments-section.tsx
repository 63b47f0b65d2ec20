import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type AttachmentKind,
  KINDS_BY_TARGET,
  MAX_IMAGE_BYTES,
  MAX_PDF_BYTES,
  type TAttachment,
} from "../../../../shared/contracts/files.ts";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog.tsx";
import { ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { useFormat } from "../../../lib/format.ts";
import { attachmentsQueryOptions, useAttachFile, useDetachFile } from "../api/memorandum-extras.api.ts";
import { apiErrorMessage } from "../lib/api-error-message.ts";

const ACCEPT: Record<AttachmentKind, string> = {
  signed_scan: "application/pdf,image/jpeg,image/png,image/webp",
  photo: "image/jpeg,image/png,image/webp",
  document: "application/pdf,image/jpeg,image/png,image/webp",
  media: "image/jpeg,image/png,image/webp",
  attachment: "application/pdf,image/jpeg,image/png,image/webp",
};
const MB = 1024 * 1024;

function UploadForm({ memorandumId }: { memorandumId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const attach = useAttachFile(memorandumId);
  const [kind, setKind] = useState<AttachmentKind>("signed_scan");
  const [error, setError] = useState<string | null>(null);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setError(t("app.memoranda.files.choose"));
      return;
    }
    setError(null);
    try {
      await attach.mutateAsync({ file, kind });
      toast.show(t("app.memoranda.files.uploaded", { name: file.name }));
      if (input.current) input.current.value = "";
    } catch (failure) {
      setError(apiErrorMessage(failure, t));
    }
  };
  return (
    <form
      className="filters memo-upload"
      onSubmit={onSubmit}
      noValidate
      aria-label={t("app.memoranda.files.upload")}
    >
      <div className="field">
        <label className="field__label" htmlFor={`${id}-kind`}>
          {t("app.memoranda.files.kind")}
        </label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(event) => setKind(event.target.value as AttachmentKind)}
        >
          {KINDS_BY_TARGET.memorandum.map((value) => (
            <option key={value} value={value}>
              {t(`app.memoranda.files.kind.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={error ? "field field--invalid" : "field"}>
        <label className="field__label" htmlFor={`${id}-file`}>
          {t("app.memoranda.files.file")}
        </label>
        <p className="field__description" id={`${id}-hint`}>
          {t("app.memoranda.files.limits", { pdf: MAX_PDF_BYTES / MB, image: MAX_IMAGE_BYTES / MB })}
        </p>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept={ACCEPT[kind]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
        {error ? (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        className="button"
        disabled={attach.isPending}
        aria-busy={attach.isPending || undefined}
      >
        {t("app.memoranda.files.upload")}
      </button>
    </form>
  );
}

/** Signed scans, documents and photos of the memorandum: download, add, remove. */
export function AttachmentsSection({ memorandumId }: { memorandumId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const attachments = useQuery(attachmentsQueryOptions(memorandumId));
  const detach = useDetachFile(memorandumId);
  const [removing, setRemoving] = useState<TAttachment | null>(null);
  const items = attachments.data?.items ?? [];
  const documents = items.filter((item) => item.kind !== "photo");
  const photos = items.filter((item) => item.kind === "photo");
  const onRemove = async () => {
    if (!removing) return;
    try {
      await detach.mutateAsync(removing.id);
      toast.show(t("app.memoranda.files.removed"));
    } catch (error) {
      toast.show(apiErrorMessage(error, t), "error");
    } finally {
      setRemoving(null);
    }
  };
  const removeButton = (item: TAttachment) =>
    item.permissions.delete ? (
      <button type="button" className="button button--secondary" onClick={() => setRemoving(item)}>
        {t("app.memoranda.files.remove")}
        <span className="visually-hidden">: {item.file.originalName}</span>
      </button>
    ) : null;
  return (
    <section className="memo-section" aria-labelledby="memo-files">
      <h2 id="memo-files">{t("app.memoranda.files.title")}</h2>
      {attachments.isPending ? (
        <LoadingState />
      ) : attachments.isError ? (
        <ErrorState error={attachments.error} onRetry={() => attachments.refetch()} />
      ) : (
        <>
          {items.length === 0 ? <p className="muted">{t("app.memoranda.files.none")}</p> : null}
          {documents.length > 0 ? (
            <ul className="file-list">
              {documents.map((item) => (
                <li key={item.id}>
                  <a href={`${item.file.url}?download=1`} download={item.file.originalName}>
                    {item.file.originalName}
                  </a>
                  <span className="muted">
                    {t(`app.memoranda.files.kind.${item.kind}`)} ·{" "}
                    {t("app.memoranda.files.size", {
                      size: format.number(Math.max(1, Math.round(item.file.size / 1024))),
                    })}{" "}
                    · {format.date(item.createdAt)}
                  </span>
                  {removeButton(item)}
                </li>
              ))}
            </ul>
          ) : null}
          {photos.length > 0 ? (
            <ul className="photo-grid">
              {photos.map((item) => (
                <li key={item.id}>
                  <a href={item.file.url}>
                    <img
                      src={item.file.thumbnailUrl ?? item.file.url}
                      alt={
                        format.text(item.caption) ||
                        t("app.memoranda.files.photo_alt", { name: item.file.originalName })
                      }
                      loading="lazy"
                    />
                  </a>
                  {removeButton(item)}
                </li>
              ))}
            </ul>
          ) : null}
          {attachments.data.canAttach ? <UploadForm memorandumId={memorandumId} /> : null}
        </>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t("app.memoranda.files.remove_confirm", { name: removing?.file.originalName ?? "" })}
        confirmLabel={t("app.memoranda.files.remove")}
        tone="danger"
        busy={detach.isPending}
        onConfirm={onRemove}
        onCancel={() => setRemoving(null)}
      >
        <p>{t("app.memoranda.files.remove_hint")}</p>
      </ConfirmDialog>
    </section>
  );
}
