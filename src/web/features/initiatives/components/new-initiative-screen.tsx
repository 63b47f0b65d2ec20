import { Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useToast } from "../../../components/ui/toast.tsx";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import type { TMe } from "../../auth/api/session.api.ts";
import { useCreateInitiative } from "../api/initiatives.api.ts";
import { blankInitiative, InitiativeForm } from "./initiative-form.tsx";

/** Reports an initiative; photos are added on its own screen, which this opens after saving. */
export function NewInitiativeScreen({ me }: { me: TMe }) {
  const { t } = useTranslation();
  useDocumentTitle(t("app.initiatives.new.title"));
  const toast = useToast();
  const navigate = useNavigate();
  const create = useCreateInitiative();
  return (
    <section className="narrow" aria-labelledby="new-initiative-title">
      <p className="breadcrumb">
        <Link to="/initiatives">{t("app.nav.initiatives")}</Link>
      </p>
      <h1 id="new-initiative-title">{t("app.initiatives.new.title")}</h1>
      <p>{t("app.initiatives.new.intro")}</p>
      <InitiativeForm
        me={me}
        defaultValues={blankInitiative(me)}
        submitLabel={t("app.initiatives.new.submit")}
        cancelTo="/initiatives"
        onSave={async (values) => {
          const created = await create.mutateAsync(values);
          toast.show(t("app.initiatives.created"));
          // Saved, so nothing is lost by leaving the form.
          await navigate({ to: "/initiatives/$id", params: { id: created.id }, ignoreBlocker: true });
        }}
      />
    </section>
  );
}
