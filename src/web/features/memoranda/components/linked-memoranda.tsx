import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { TMemorandum, TMemorandumRef } from "../../../../shared/contracts/memoranda.ts";
import { useFormat } from "../../../lib/format.ts";
import { LifecycleTag, ReviewStateTag } from "./memorandum-labels.tsx";

function RefItem({ item }: { item: TMemorandumRef }) {
  const format = useFormat();
  return (
    <li>
      <Link to="/memoranda/$id" params={{ id: item.id }}>
        {item.number ? `№ ${item.number} · ` : ""}
        {format.text(item.title)}
      </Link>{" "}
      <span className="memo-tags">
        <ReviewStateTag state={item.reviewState} />
        <LifecycleTag lifecycle={item.lifecycle} />
      </span>
    </li>
  );
}

/** The parent this one amends or renews, and the amendments and renewals made of it. */
export function LinkedMemoranda({ memorandum }: { memorandum: TMemorandum }) {
  const { t } = useTranslation();
  const { parent, amendments, renewals } = memorandum;
  if (!parent && amendments.length === 0 && renewals.length === 0) return null;
  return (
    <section className="memo-section" aria-labelledby="memo-linked">
      <h2 id="memo-linked">{t("app.memoranda.linked.title")}</h2>
      {parent ? (
        <>
          <h3>
            {t(
              memorandum.relation === "renewal"
                ? "app.memoranda.linked.renews"
                : "app.memoranda.linked.amends",
            )}
          </h3>
          <ul className="item-list">
            <RefItem item={parent} />
          </ul>
        </>
      ) : null}
      {amendments.length > 0 ? (
        <>
          <h3>{t("app.memoranda.linked.amendments")}</h3>
          <ul className="item-list">
            {amendments.map((item) => (
              <RefItem key={item.id} item={item} />
            ))}
          </ul>
        </>
      ) : null}
      {renewals.length > 0 ? (
        <>
          <h3>{t("app.memoranda.linked.renewals")}</h3>
          <ul className="item-list">
            {renewals.map((item) => (
              <RefItem key={item.id} item={item} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
