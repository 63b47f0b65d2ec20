import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { MAX_EXTRACTION_TEXT, type TExtractionProposal } from "../../../../shared/contracts/extraction.ts";
import { FormField } from "../../../components/ui/form-field.tsx";
import { ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { ACCEPTED_FILES, useExtraction } from "../api/extraction.api.ts";

export interface SourceStepProps {
  onProposal: (proposal: TExtractionProposal) => void | Promise<void>;
}

/** Step 1: the press release, pasted or as a file. Reading it creates nothing. */
export function SourceStep({ onProposal }: SourceStepProps) {
  const { t } = useTranslation();
  const extraction = useExtraction();
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const source = file ? { file } : text.trim() ? { text } : null;
    setMissing(source === null);
    if (!source) return;
    try {
      await onProposal(await extraction.mutateAsync(source));
    } catch {
      // The mutation keeps the error; it is shown below the form.
    }
  };

  return (
    <form className="form extract-source" noValidate onSubmit={onSubmit} aria-busy={extraction.isPending}>
      <FormField
        label={t("app.extraction.source.text")}
        description={t("app.extraction.source.text_hint")}
        error={missing ? t("app.extraction.source.missing") : undefined}
      >
        {(control) => (
          <textarea
            {...control}
            rows={14}
            maxLength={MAX_EXTRACTION_TEXT}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t("app.extraction.source.file")} description={t("app.extraction.source.file_hint")}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept={ACCEPTED_FILES}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        )}
      </FormField>
      {extraction.isPending ? <LoadingState label={t("app.extraction.source.reading")} /> : null}
      {extraction.isError ? <ErrorState error={extraction.error} /> : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={extraction.isPending}>
          {t("app.extraction.source.submit")}
        </button>
      </div>
    </form>
  );
}
