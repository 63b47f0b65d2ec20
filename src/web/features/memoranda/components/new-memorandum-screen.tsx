import { Link, useNavigate } from "@tanstack/react-router";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { TMemorandumCreate } from "../../../../shared/contracts/memoranda.ts";
import { useToast } from "../../../components/ui/toast.tsx";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import type { TMe } from "../../auth/api/session.api.ts";
import { useCreateMemorandum } from "../api/memoranda.api.ts";
import { MemorandumForm } from "./memorandum-form.tsx";

const EMPTY: TMemorandumCreate = {
  number: null,
  title: {},
  description: null,
  scopeAreas: [],
  parties: [],
  startDate: null,
  endDate: null,
};

export function NewMemorandumScreen({ me }: { me: TMe }) {
  const { t } = useTranslation();
  useDocumentTitle(t("app.memoranda.new.title"));
  const toast = useToast();
  const navigate = useNavigate();
  const create = useCreateMemorandum();
  const onSaved = useCallback(
    (id: string) => {
      toast.show(t("app.memoranda.new.created"));
      void navigate({ to: "/memoranda/$id", params: { id } });
    },
    [navigate, toast, t],
  );
  return (
    <section aria-labelledby="new-memorandum-title" className="narrow">
      <p className="breadcrumb">
        <Link to="/memoranda">{t("app.nav.memoranda")}</Link>
      </p>
      <h1 id="new-memorandum-title">{t("app.memoranda.new.title")}</h1>
      <p>{t("app.memoranda.new.intro")}</p>
      <MemorandumForm
        me={me}
        defaultValues={EMPTY}
        partyNames={{}}
        submitLabel={t("app.memoranda.new.submit")}
        onSave={async (values) => (await create.mutateAsync(values)).id}
        onSaved={onSaved}
        cancel={
          <Link to="/memoranda" className="button button--secondary">
            {t("app.action.cancel")}
          </Link>
        }
      />
    </section>
  );
}
