import { useTranslation } from "react-i18next";
import type { THome } from "../../../../shared/contracts/home.ts";
import { useFormat } from "../../../lib/format.ts";

const COUNTS: Array<{ key: keyof THome["counts"]; attention?: boolean }> = [
  { key: "organizations" },
  { key: "services" },
  { key: "memorandaInForce" },
  { key: "memorandaInPreparation" },
  { key: "initiatives" },
  { key: "childrenReached" },
  { key: "expiringMemoranda", attention: true },
  { key: "overdueCommitments", attention: true },
  { key: "staleListings", attention: true },
  { key: "openReports", attention: true },
];

/** The caller's numbers; those that ask for action are marked when they are not zero. */
export function HomeCounts({ counts }: { counts: THome["counts"] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="counts">
      {COUNTS.map(({ key, attention }) => (
        <div key={key} className={attention && counts[key] > 0 ? "count count--attention" : "count"}>
          <dt className="count__label">{t(`app.home.count.${key}`)}</dt>
          <dd className="count__value">{format.number(counts[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
