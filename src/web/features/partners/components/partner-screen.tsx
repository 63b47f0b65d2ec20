import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TOrganization } from "../../../../shared/contracts/organizations.ts";
import { ConfirmDialog } from "../../../components/ui/confirm-dialog.tsx";
import { ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import { partnerQueryOptions, useUpdatePartner, useVerifyPartner } from "../api/partners.api.ts";
import { type Labels, useLabels } from "../lib/labels.ts";
import { EXACT } from "../lib/links.ts";
import { PartnerLocations, PartnerServices } from "./partner-sections.tsx";
import { RecordTags } from "./record-tags.tsx";
import { VerificationPanel } from "./verification-panel.tsx";

function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function PartnerFacts({ partner, labels }: { partner: TOrganization; labels: Labels }) {
  const { t } = useTranslation();
  const none = <span className="muted">{t("app.partners.none")}</span>;
  const contact = [partner.contactName, partner.contactPosition].filter(Boolean).join(", ");
  return (
    <dl className="facts">
      <Fact label={t("app.partners.field.type")}>{labels.type(partner.type)}</Fact>
      <Fact label={t("app.partners.field.level")}>{labels.level(partner.level)}</Fact>
      <Fact label={t("app.partners.field.bin")}>{partner.bin ?? none}</Fact>
      <Fact label={t("app.partners.field.regions")}>
        {partner.regionsServed.length > 0 ? partner.regionsServed.map(labels.region).join(", ") : none}
      </Fact>
      <Fact label={t("app.partners.field.target_groups")}>
        {partner.targetGroups.length > 0 ? partner.targetGroups.map(labels.targetGroup).join(", ") : none}
      </Fact>
      <Fact label={t("app.partners.field.contact_name")}>{contact || none}</Fact>
      <Fact label={t("app.partners.field.email")}>{partner.email ?? none}</Fact>
      <Fact label={t("app.partners.field.phone")}>{partner.phone ?? none}</Fact>
      <Fact label={t("app.partners.field.website")}>{partner.website ?? none}</Fact>
    </dl>
  );
}

/** A duplicate merged away points to the organization that took its place. */
function MergedNotice({ keptId }: { keptId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const kept = useQuery(partnerQueryOptions(keptId));
  return (
    <p className="warning">
      {t("app.partners.merged_into")}{" "}
      <Link to="/partners/$id" params={{ id: keptId }} activeOptions={EXACT}>
        {kept.data ? format.text(kept.data.name) : t("app.partners.merged_into_link")}
      </Link>
    </p>
  );
}

/** Archive (the way an organization leaves the directory, its history kept) or bring it back. */
function ArchiveZone({ partner }: { partner: TOrganization }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const update = useUpdatePartner(partner.id);
  const [confirming, setConfirming] = useState(false);
  const archived = partner.status === "archived";
  const name = format.text(partner.name);
  const toggle = async () => {
    try {
      await update.mutateAsync({ status: archived ? "active" : "archived", version: partner.version });
      toast.show(t(archived ? "app.partners.archive.restored" : "app.partners.archive.done", { name }));
    } catch (error) {
      toast.show(error instanceof ApiError ? error.message : t("app.error.unexpected"), "error");
    } finally {
      setConfirming(false);
    }
  };
  return (
    <section className="danger-zone" aria-labelledby="partner-archive">
      <h2 id="partner-archive">{t("app.partners.archive.title")}</h2>
      <p>{t(archived ? "app.partners.archive.restore_hint" : "app.partners.archive.hint")}</p>
      <button
        type="button"
        className={archived ? "button button--secondary" : "button button--danger"}
        onClick={() => setConfirming(true)}
      >
        {t(archived ? "app.partners.archive.restore" : "app.partners.archive.action")}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t(archived ? "app.partners.archive.restore_confirm" : "app.partners.archive.confirm", {
          name,
        })}
        confirmLabel={t(archived ? "app.partners.archive.restore" : "app.partners.archive.action")}
        tone={archived ? "default" : "danger"}
        busy={update.isPending}
        onConfirm={toggle}
        onCancel={() => setConfirming(false)}
      >
        <p>{t(archived ? "app.partners.archive.restore_hint" : "app.partners.archive.hint")}</p>
      </ConfirmDialog>
    </section>
  );
}

function PartnerDetails({ partner }: { partner: TOrganization }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const verify = useVerifyPartner(partner.id);
  const { permissions } = partner;
  return (
    <>
      <p className="page-tags">
        <RecordTags record={partner} labels={labels} />
      </p>
      {partner.mergedIntoId ? <MergedNotice keptId={partner.mergedIntoId} /> : null}
      {permissions.update || permissions.merge ? (
        <div className="form__actions">
          {permissions.update ? (
            <Link to="/partners/$id/edit" params={{ id: partner.id }} className="button">
              {t("app.partners.edit.action")}
            </Link>
          ) : null}
          {permissions.merge ? (
            <Link to="/partners/$id/merge" params={{ id: partner.id }} className="button button--secondary">
              {t("app.partners.merge.action")}
            </Link>
          ) : null}
        </div>
      ) : null}
      <PartnerFacts partner={partner} labels={labels} />
      <VerificationPanel
        lastVerifiedAt={partner.lastVerifiedAt}
        canVerify={permissions.verify}
        busy={verify.isPending}
        onVerify={() => verify.mutateAsync()}
      />
      <PartnerLocations partner={partner} labels={labels} />
      <PartnerServices partner={partner} labels={labels} />
      {permissions.delete && !partner.mergedIntoId ? <ArchiveZone partner={partner} /> : null}
    </>
  );
}

/** `showList`: staff come here from the partners list; a partner user's back office is this one page. */
export function PartnerScreen({ id, showList }: { id: string; showList: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const partner = useQuery(partnerQueryOptions(id));
  const name = partner.data ? format.text(partner.data.name) : undefined;
  useDocumentTitle(name ?? t("app.partners.one"));
  return (
    <section aria-labelledby="partner-title">
      {showList ? (
        <p className="breadcrumb">
          <Link to="/partners" activeOptions={EXACT}>
            {t("app.nav.partners")}
          </Link>
        </p>
      ) : null}
      <h1 id="partner-title">{name ?? t("app.partners.one")}</h1>
      {partner.isPending ? (
        <LoadingState />
      ) : partner.isError ? (
        <ErrorState error={partner.error} onRetry={() => partner.refetch()} />
      ) : (
        <PartnerDetails partner={partner.data} />
      )}
    </section>
  );
}
