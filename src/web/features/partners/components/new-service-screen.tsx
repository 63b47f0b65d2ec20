import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState, ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import { mergeCandidatesQueryOptions, partnerQueryOptions } from "../api/partners.api.ts";
import { ServiceForm } from "./service-form.tsx";

/** Without an organization in the URL: find the one the new service belongs to. */
function OrganizationChooser() {
  const { t } = useTranslation();
  const format = useFormat();
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  const organizations = useQuery(mergeCandidatesQueryOptions(q));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setQ(text.trim());
  };
  const writable = (organizations.data?.items ?? []).filter((item) => item.permissions.update);
  return (
    <>
      <p>{t("app.services.new.choose_intro")}</p>
      <form className="filters" onSubmit={onSubmit} aria-label={t("app.services.new.choose")}>
        <div className="field">
          <label className="field__label" htmlFor="service-organization-q">
            {t("app.partners.filter.q")}
          </label>
          <input
            id="service-organization-q"
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--secondary">
          {t("app.partners.merge.find")}
        </button>
      </form>
      {organizations.isPending ? (
        <LoadingState />
      ) : organizations.isError ? (
        <ErrorState error={organizations.error} onRetry={() => organizations.refetch()} />
      ) : writable.length === 0 ? (
        <EmptyState title={t("app.partners.empty")} />
      ) : (
        <ul className="item-list">
          {writable.map((organization) => (
            <li key={organization.id}>
              <Link to="/services/new" search={{ organization: organization.id }}>
                {format.text(organization.name)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function NewServiceScreen({ organizationId }: { organizationId: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  useDocumentTitle(t("app.services.new.title"));
  const partner = useQuery({
    ...partnerQueryOptions(organizationId ?? ""),
    enabled: Boolean(organizationId),
  });
  return (
    <section aria-labelledby="new-service-title" className="narrow">
      <p className="breadcrumb">
        {organizationId ? (
          <Link to="/partners/$id" params={{ id: organizationId }}>
            {partner.data ? format.text(partner.data.name) : t("app.partners.one")}
          </Link>
        ) : (
          <Link to="/services">{t("app.nav.services")}</Link>
        )}
      </p>
      <h1 id="new-service-title">{t("app.services.new.title")}</h1>
      {!organizationId ? (
        <OrganizationChooser />
      ) : partner.isPending ? (
        <LoadingState />
      ) : partner.isError ? (
        <ErrorState error={partner.error} onRetry={() => partner.refetch()} />
      ) : partner.data.permissions.update ? (
        <ServiceForm
          key={organizationId}
          organizationId={organizationId}
          service={null}
          cancel={
            <Link to="/partners/$id" params={{ id: organizationId }} className="button button--secondary">
              {t("app.action.cancel")}
            </Link>
          }
        />
      ) : (
        <ErrorState error={new ApiError(403, "forbidden", "")} />
      )}
    </section>
  );
}
