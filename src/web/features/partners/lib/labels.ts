import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";

/**
 * Names of the directory's closed vocabularies in the interface language. The public site's wording is
 * reused where staff and families mean the same thing (types, target groups, cost, referral, language).
 */
export function useLabels() {
  const { t } = useTranslation();
  const format = useFormat();
  const regions = useQuery(regionsQueryOptions());
  return {
    type: (value: string) => t(`site.organization.type.${value}`),
    level: (value: string) => t(`app.partners.level.${value}`),
    targetGroup: (value: string) => t(`site.target_group.${value}`),
    cost: (value: string) => t(`site.cost.${value}`),
    referral: (value: string) => t(`site.referral.${value}`),
    language: (value: string) => t(`site.language.${value}`),
    recordStatus: (value: string) => t(`app.partners.status.${value}`),
    serviceStatus: (value: string) => t(`app.services.status.${value}`),
    region: (code: string) => format.text(regions.data?.find((region) => region.code === code)?.name) || code,
    regions: regions.data ?? [],
  };
}
export type Labels = ReturnType<typeof useLabels>;
