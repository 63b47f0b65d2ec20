import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { THomeScope } from "../../../../shared/contracts/home.ts";
import { ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { useDocumentTitle } from "../../../lib/document-title.ts";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import { homeQueryOptions } from "../api/home.api.ts";
import { HomeCounts } from "./home-counts.tsx";
import { HomeLists } from "./home-lists.tsx";

function ScopeLine({ scope }: { scope: THomeScope }) {
  const { t } = useTranslation();
  const format = useFormat();
  const regions = useQuery({ ...regionsQueryOptions(), enabled: scope.kind === "regions" });
  if (scope.kind === "all") return <p className="lead">{t("app.home.scope.all")}</p>;
  if (scope.kind === "organization") return <p className="lead">{t("app.home.scope.organization")}</p>;
  const names = scope.regionCodes.map(
    (code) => format.text(regions.data?.find((region) => region.code === code)?.name) || code,
  );
  return <p className="lead">{t("app.home.scope.regions", { regions: format.list(names) })}</p>;
}

export function HomeScreen({ name }: { name: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t("app.nav.home"));
  const home = useQuery(homeQueryOptions());
  return (
    <>
      <h1>{t("app.home.title", { name })}</h1>
      {home.isPending ? (
        <LoadingState />
      ) : home.isError ? (
        <ErrorState error={home.error} onRetry={() => home.refetch()} />
      ) : (
        <>
          <ScopeLine scope={home.data.scope} />
          <section aria-labelledby="home-numbers">
            <h2 id="home-numbers" className="visually-hidden">
              {t("app.home.numbers")}
            </h2>
            <HomeCounts counts={home.data.counts} />
          </section>
          <HomeLists home={home.data} />
        </>
      )}
    </>
  );
}
