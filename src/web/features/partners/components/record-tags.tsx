import { useTranslation } from "react-i18next";
import type { Labels } from "../lib/labels.ts";

/** Status and publication as words (never colour alone): «Active · Published», «Archived · Hidden». */
export function RecordTags({
  record,
  labels,
  kind = "partner",
}: {
  record: { status: string; published: boolean };
  labels: Labels;
  kind?: "partner" | "service";
}) {
  const { t } = useTranslation();
  const active = record.status === "active";
  return (
    <span className="tags">
      <span className={active ? "tag" : "tag tag--muted"}>
        {kind === "partner" ? labels.recordStatus(record.status) : labels.serviceStatus(record.status)}
      </span>{" "}
      <span className={record.published ? "tag" : "tag tag--muted"}>
        {t(record.published ? "app.partners.published" : "app.partners.unpublished")}
      </span>
    </span>
  );
}
