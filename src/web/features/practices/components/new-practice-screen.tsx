import { Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useToast } from "../../../components/ui/toast.tsx";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import type { TMe } from "../../auth/api/session.api.ts";
import { useCreatePractice } from "../api/practices.api.ts";
import { blankPractice, PracticeForm } from "./practice-form.tsx";

/** Writes a practice; files and replicating regions are added on its own screen, opened after saving. */
export function NewPracticeScreen({ me }: { me: TMe }) {
  const { t } = useTranslation();
  useDocumentTitle(t("app.practices.new.title"));
  const toast = useToast();
  const navigate = useNavigate();
  const create = useCreatePractice();
  return (
    <section className="narrow" aria-labelledby="new-practice-title">
      <p className="breadcrumb">
        <Link to="/practices">{t("app.nav.practices")}</Link>
      </p>
      <h1 id="new-practice-title">{t("app.practices.new.title")}</h1>
      <p>{t("app.practices.new.intro")}</p>
      <PracticeForm
        me={me}
        defaultValues={blankPractice(me)}
        submitLabel={t("app.practices.new.submit")}
        onSave={async (values) => {
          const created = await create.mutateAsync(values);
          toast.show(t("app.practices.created"));
          await navigate({ to: "/practices/$id", params: { id: created.id }, ignoreBlocker: true });
        }}
      />
    </section>
  );
}
