import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TOrganization } from "../../../../shared/contracts/organizations.ts";
import type { TLocation } from "../../../../shared/contracts/services.ts";
import { ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useFormat } from "../../../lib/format.ts";
import { partnerLocationsQueryOptions } from "../api/locations.api.ts";
import { partnerServicesQueryOptions } from "../api/services.api.ts";
import type { Labels } from "../lib/labels.ts";
import { RecordTags } from "./record-tags.tsx";

export function locationLine(location: TLocation, format: ReturnType<typeof useFormat>): string {
  return [format.text(location.address), format.text(location.locality)].filter(Boolean).join(", ");
}

/** The places the organization works at, each with its map pin if it has one. */
export function PartnerLocations({ partner, labels }: { partner: TOrganization; labels: Labels }) {
  const { t } = useTranslation();
  const format = useFormat();
  const locations = useQuery(partnerLocationsQueryOptions(partner.id));
  return (
    <section aria-labelledby="partner-locations" className="partner-section">
      <div className="page-head">
        <h2 id="partner-locations">{t("app.partners.locations.title")}</h2>
        {partner.permissions.update ? (
          <Link
            to="/partners/$id/locations/new"
            params={{ id: partner.id }}
            className="button button--secondary"
          >
            {t("app.partners.locations.add")}
          </Link>
        ) : null}
      </div>
      {locations.isPending ? (
        <LoadingState />
      ) : locations.isError ? (
        <ErrorState error={locations.error} onRetry={() => locations.refetch()} />
      ) : locations.data.items.length === 0 ? (
        <p className="muted">{t("app.partners.locations.empty")}</p>
      ) : (
        <ul className="item-list">
          {locations.data.items.map((location) => (
            <li key={location.id}>
              <span className="item-list__title">
                {location.permissions.update ? (
                  <Link
                    to="/partners/$id/locations/$locationId"
                    params={{ id: partner.id, locationId: location.id }}
                  >
                    {format.text(location.name) || locationLine(location, format)}
                  </Link>
                ) : (
                  format.text(location.name) || locationLine(location, format)
                )}
              </span>
              <span className="item-list__meta">
                {[
                  format.text(location.name) ? locationLine(location, format) : null,
                  labels.region(location.regionCode),
                  location.latitude !== null && location.longitude !== null
                    ? t("app.partners.locations.pin", {
                        lat: format.number(location.latitude),
                        lon: format.number(location.longitude),
                      })
                    : t("app.partners.locations.no_pin"),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The organization's services, with the way to add one for those who write it. */
export function PartnerServices({ partner, labels }: { partner: TOrganization; labels: Labels }) {
  const { t } = useTranslation();
  const format = useFormat();
  const services = useQuery(partnerServicesQueryOptions(partner.id));
  return (
    <section aria-labelledby="partner-services" className="partner-section">
      <div className="page-head">
        <h2 id="partner-services">{t("app.partners.services.title")}</h2>
        {partner.permissions.update ? (
          <Link to="/services/new" search={{ organization: partner.id }} className="button button--secondary">
            {t("app.services.new.title")}
          </Link>
        ) : null}
      </div>
      {services.isPending ? (
        <LoadingState />
      ) : services.isError ? (
        <ErrorState error={services.error} onRetry={() => services.refetch()} />
      ) : services.data.items.length === 0 ? (
        <p className="muted">{t("app.partners.services.empty")}</p>
      ) : (
        <>
          <ul className="item-list">
            {services.data.items.map((service) => (
              <li key={service.id}>
                <span className="item-list__title">
                  <Link to="/services/$id" params={{ id: service.id }}>
                    {format.text(service.name)}
                  </Link>
                </span>
                <span className="item-list__meta">
                  <RecordTags record={service} labels={labels} kind="service" /> {labels.cost(service.cost)}
                  {" · "}
                  {service.lastVerifiedAt
                    ? t("app.partners.verify.last", { date: format.date(service.lastVerifiedAt) })
                    : t("app.partners.verify.never")}
                </span>
              </li>
            ))}
          </ul>
          {services.data.total > services.data.items.length ? (
            <p>
              <Link to="/services" search={{ organization: [partner.id] }}>
                {t("app.partners.services.all", { count: services.data.total })}
              </Link>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
