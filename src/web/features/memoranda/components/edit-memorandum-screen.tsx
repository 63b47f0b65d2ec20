import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { TMemorandum, TPartyInput } from "../../../../shared/contracts/memoranda.ts";
import { ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useToast } from "../../../components/ui/toast.tsx";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import type { TMe } from "../../auth/api/session.api.ts";
import { memorandumQueryOptions, useUpdateMemorandum } from "../api/memoranda.api.ts";
import { MemorandumForm } from "./memorandum-form.tsx";

function partyInputOf(party: TMemorandum["parties"][number]): TPartyInput {
  const signatory = { signatoryName: party.signatoryName, signatoryPosition: party.signatoryPosition };
  return party.kind === "branch"
    ? { kind: "branch", branchId: party.branchId ?? "", ...signatory }
    : { kind: "organization", organizationId: party.organizationId ?? "", ...signatory };
}

function EditForm({ me, memorandum }: { me: TMe; memorandum: TMemorandum }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const update = useUpdateMemorandum(memorandum.id);
  const onSaved = useCallback(
    (id: string) => {
      toast.show(t("app.memoranda.saved"));
      void navigate({ to: "/memoranda/$id", params: { id } });
    },
    [navigate, toast, t],
  );
  const names = Object.fromEntries(
    memorandum.parties.map((party) => [party.branchId ?? party.organizationId ?? party.id, party.name]),
  );
  return (
    <MemorandumForm
      me={me}
      defaultValues={{
        number: memorandum.number,
        title: memorandum.title,
        description: memorandum.description,
        scopeAreas: memorandum.scopeAreas,
        parties: memorandum.parties.map(partyInputOf),
        startDate: memorandum.startDate,
        endDate: memorandum.endDate,
      }}
      partyNames={names}
      submitLabel={t("app.action.save")}
      // Signing data is recorded by the signing itself, so it is not sent from here.
      onSave={async ({ signedDate: _date, signedPlace: _place, ...values }) =>
        (await update.mutateAsync({ ...values, version: memorandum.version })).id
      }
      onSaved={onSaved}
      cancel={
        <Link to="/memoranda/$id" params={{ id: memorandum.id }} className="button button--secondary">
          {t("app.action.cancel")}
        </Link>
      }
    />
  );
}

export function EditMemorandumScreen({ id, me }: { id: string; me: TMe }) {
  const { t } = useTranslation();
  const format = useFormat();
  const memorandum = useQuery(memorandumQueryOptions(id));
  const title = memorandum.data ? format.text(memorandum.data.title) : t("app.memoranda.edit.title");
  useDocumentTitle(t("app.memoranda.edit.document_title", { title }));
  return (
    <section aria-labelledby="edit-memorandum-title" className="narrow">
      <p className="breadcrumb">
        <Link to="/memoranda">{t("app.nav.memoranda")}</Link>
        {memorandum.data ? (
          <>
            {" / "}
            <Link to="/memoranda/$id" params={{ id }}>
              {title}
            </Link>
          </>
        ) : null}
      </p>
      <h1 id="edit-memorandum-title">{t("app.memoranda.edit.title")}</h1>
      {memorandum.isPending ? (
        <LoadingState />
      ) : memorandum.isError ? (
        <ErrorState error={memorandum.error} onRetry={() => memorandum.refetch()} />
      ) : memorandum.data.permissions.update ? (
        <EditForm key={memorandum.data.id} me={me} memorandum={memorandum.data} />
      ) : (
        <p>{t("app.memoranda.edit.locked")}</p>
      )}
    </section>
  );
}
