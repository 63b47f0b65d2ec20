import { useTranslation } from "react-i18next";
import type { TPractice } from "../../../../shared/contracts/practices.ts";
import { pickLocalized } from "../../../../shared/localized-text.ts";
import { useFormat } from "../../../lib/format.ts";
import { useRegionName } from "./practices-screen.tsx";

function LocalizedText({ value, className }: { value: Record<string, string> | null; className?: string }) {
  const format = useFormat();
  const picked = pickLocalized(value, format.locale);
  if (!picked) return null;
  return (
    <p lang={picked.locale} className={className}>
      {picked.text}
    </p>
  );
}

/** A practice for those who may read but not change it. */
export function PracticeDetails({ practice }: { practice: TPractice }) {
  const { t } = useTranslation();
  const format = useFormat();
  const regionName = useRegionName();
  return (
    <>
      <LocalizedText value={practice.summary} className="lead" />
      <dl className="facts">
        <div>
          <dt>{t("app.practices.field.region")}</dt>
          <dd>{regionName(practice.regionCode)}</dd>
        </div>
        <div>
          <dt>{t("app.practices.field.status")}</dt>
          <dd>{t(practice.published ? "app.practices.status.published" : "app.practices.status.draft")}</dd>
        </div>
        <div>
          <dt>{t("app.practices.column.updated")}</dt>
          <dd>{format.date(practice.updatedAt)}</dd>
        </div>
        {practice.tags.length > 0 ? (
          <div>
            <dt>{t("app.practices.field.tags")}</dt>
            <dd>{practice.tags.join(", ")}</dd>
          </div>
        ) : null}
      </dl>
      <LocalizedText value={practice.body} className="record-text" />
    </>
  );
}
