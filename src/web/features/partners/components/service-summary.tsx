import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TService } from "../../../../shared/contracts/services.ts";
import { useFormat } from "../../../lib/format.ts";
import type { Labels } from "../lib/labels.ts";
import { locationLine } from "./partner-sections.tsx";

/** The service as those who may not change it read it. */
export function ServiceSummary({ service, labels }: { service: TService; labels: Labels }) {
  const { t } = useTranslation();
  const format = useFormat();
  const none = <span className="muted">{t("app.partners.none")}</span>;
  const ages =
    service.minAge !== null && service.maxAge !== null
      ? t("site.ages.range", { min: service.minAge, max: service.maxAge })
      : service.minAge !== null
        ? t("site.ages.from", { min: service.minAge })
        : service.maxAge !== null
          ? t("site.ages.to", { max: service.maxAge })
          : t("site.ages.any");
  const facts: Array<[string, ReactNode]> = [
    [t("app.services.field.description"), format.text(service.description) || none],
    [t("app.services.field.target_groups"), service.targetGroups.map(labels.targetGroup).join(", ") || none],
    [t("app.services.column.ages"), ages],
    [t("app.services.field.cost"), labels.cost(service.cost)],
    [t("app.services.field.languages"), service.languages.map(labels.language).join(", ") || none],
    [t("app.services.field.referral"), labels.referral(service.referralRequirement)],
    [t("app.services.field.waitlist"), t(service.hasWaitlist ? "app.services.yes" : "app.services.no")],
    [t("app.services.field.capacity"), service.capacity !== null ? format.number(service.capacity) : none],
    [
      t("app.services.field.state_funded_places"),
      service.stateFundedPlaces !== null ? format.number(service.stateFundedPlaces) : none,
    ],
    [
      t("app.services.field.locations"),
      service.locations.map((location) => locationLine(location, format)).join("; ") || none,
    ],
    [t("app.services.field.phone"), service.phone ?? none],
    [t("app.services.field.email"), service.email ?? none],
  ];
  return (
    <dl className="facts facts--wide">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
