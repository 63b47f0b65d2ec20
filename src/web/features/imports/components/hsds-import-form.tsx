import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { MAX_HSDS_UPLOAD_BYTES } from "../../../../shared/contracts/hsds-import.ts";
import { LOCALES, type Locale } from "../../../../shared/vocabulary.ts";
import { FormField } from "../../../components/ui/form-field.tsx";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { ACCEPTED_HSDS, type HsdsImportRun } from "../api/hsds-import.api.ts";

/** The package and how to read it: all or nothing or partial, the language of its text, a default region. */
export function HsdsImportForm({
  busy,
  onSubmit,
}: {
  busy: boolean;
  onSubmit: (run: HsdsImportRun) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const partialHintId = useId();
  const regions = useQuery(regionsQueryOptions());
  const [file, setFile] = useState<File | null>(null);
  const [partial, setPartial] = useState(false);
  const [sourceLang, setSourceLang] = useState<Locale>(
    LOCALES.find((locale) => locale === i18n.language) ?? "kk",
  );
  const [region, setRegion] = useState("");
  return (
    <form
      className="stack"
      aria-busy={busy}
      onSubmit={(event) => {
        event.preventDefault();
        if (file) onSubmit({ file, partial, sourceLang, region: region || null });
      }}
    >
      <FormField
        label={t("app.imports.hsds.package")}
        description={t("app.imports.hsds.package_hint", { maxMb: MAX_HSDS_UPLOAD_BYTES / 2 ** 20 })}
        required
      >
        {(control) => (
          <input
            {...control}
            type="file"
            accept={ACCEPTED_HSDS}
            required
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        )}
      </FormField>
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            checked={partial}
            aria-describedby={partialHintId}
            onChange={(event) => setPartial(event.target.checked)}
          />
          <span>{t("app.imports.hsds.partial")}</span>
        </label>
        <p className="field__description" id={partialHintId}>
          {t("app.imports.hsds.partial_hint")}
        </p>
      </div>
      <FormField
        label={t("app.imports.hsds.source_lang")}
        description={t("app.imports.hsds.source_lang_hint")}
      >
        {(control) => (
          <select
            {...control}
            value={sourceLang}
            onChange={(event) => setSourceLang(event.target.value as Locale)}
          >
            {LOCALES.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {t(`app.language.${locale}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t("app.imports.hsds.region")} description={t("app.imports.hsds.region_hint")}>
        {(control) => (
          <select {...control} value={region} onChange={(event) => setRegion(event.target.value)}>
            <option value="">{t("app.imports.mapping.none")}</option>
            {(regions.data ?? []).map((item) => (
              <option key={item.code} value={item.code}>
                {format.text(item.name)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button" disabled={!file || busy}>
          {t("app.imports.hsds.import")}
        </button>
      </div>
    </form>
  );
}
