import { useQueries, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { TInitiative } from "../../../../shared/contracts/initiatives.ts";
import { pickLocalized } from "../../../../shared/localized-text.ts";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { linkedMemorandumQueryOptions, linkedOrganizationQueryOptions } from "../api/initiatives.api.ts";
import { useDateRange } from "./initiatives-screen.tsx";

/** Text in the interface language, or another one marked with its own `lang`. */
function LocalizedParagraph({ value }: { value: Record<string, string> | null }) {
  const format = useFormat();
  const picked = pickLocalized(value, format.locale);
  if (!picked) return null;
  return (
    <p lang={picked.locale} className="record-text">
      {picked.text}
    </p>
  );
}

/** An initiative for those who may read but not change it. */
export function InitiativeDetails({ initiative }: { initiative: TInitiative }) {
  const { t } = useTranslation();
  const format = useFormat();
  const dateRange = useDateRange();
  const regions = useQuery(regionsQueryOptions());
  const memoranda = useQueries({
    queries: initiative.memorandumIds.map((id) => linkedMemorandumQueryOptions(id)),
  });
  const organizations = useQueries({
    queries: initiative.organizationIds.map((id) => linkedOrganizationQueryOptions(id)),
  });
  const region = regions.data?.find((candidate) => candidate.code === initiative.regionCode);
  const names = (
    results: Array<{ data?: { title?: Record<string, string>; name?: Record<string, string> } }>,
  ) => format.list(results.map((result) => format.text(result.data?.title ?? result.data?.name) || "…"));
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t("app.initiatives.field.type")}</dt>
          <dd>{t(`app.initiatives.type.${initiative.type}`)}</dd>
        </div>
        <div>
          <dt>{t("app.initiatives.column.dates")}</dt>
          <dd>{dateRange(initiative.startDate, initiative.endDate)}</dd>
        </div>
        <div>
          <dt>{t("app.initiatives.field.region")}</dt>
          <dd>{format.text(region?.name) || initiative.regionCode}</dd>
        </div>
        {(["children", "parents", "specialists"] as const).map((key) => (
          <div key={key}>
            <dt>{t(`app.initiatives.reach.${key}`)}</dt>
            <dd>{format.number(initiative.reach[key])}</dd>
          </div>
        ))}
      </dl>
      <h2>{t("app.initiatives.field.memoranda")}</h2>
      <p>{names(memoranda)}</p>
      {initiative.organizationIds.length > 0 ? (
        <>
          <h2>{t("app.initiatives.field.partners")}</h2>
          <p>{names(organizations)}</p>
        </>
      ) : null}
      {initiative.description ? (
        <>
          <h2>{t("app.initiatives.field.description")}</h2>
          <LocalizedParagraph value={initiative.description} />
        </>
      ) : null}
      {initiative.outcome ? (
        <>
          <h2>{t("app.initiatives.field.outcome")}</h2>
          <LocalizedParagraph value={initiative.outcome} />
        </>
      ) : null}
    </>
  );
}
