import { useQueries } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TNews, TNewsLink } from "../../../../shared/contracts/news.ts";
import { EmptyState } from "../../../components/ui/states.tsx";
import { useFormat } from "../../../lib/format.ts";
import { newsLinkQueryOptions } from "../api/news-links.api.ts";

/** The record's own screen, where the back office has one (branches have none yet). */
function LinkedName({ link, children }: { link: TNewsLink; children: ReactNode }) {
  const params = { id: link.entityId };
  switch (link.kind) {
    case "memorandum":
      return (
        <Link to="/memoranda/$id" params={params}>
          {children}
        </Link>
      );
    case "organization":
      return (
        <Link to="/partners/$id" params={params}>
          {children}
        </Link>
      );
    case "initiative":
      return (
        <Link to="/initiatives/$id" params={params}>
          {children}
        </Link>
      );
    case "practice":
      return (
        <Link to="/practices/$id" params={params}>
          {children}
        </Link>
      );
    default:
      return <>{children}</>;
  }
}

/** The memoranda, partners, branches… the post is about (read-only: signing sets them), each linked to its screen. */
export function NewsLinks({ links }: { links: TNews["links"] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const records = useQueries({ queries: links.map((link) => newsLinkQueryOptions(link)) });
  return (
    <section className="news-panel" aria-labelledby="news-links">
      <h2 id="news-links">{t("app.news.links.title")}</h2>
      {links.length === 0 ? (
        <EmptyState title={t("app.news.links.empty")} />
      ) : (
        <ul className="item-list">
          {links.map((link: TNewsLink, index) => {
            const record = records[index];
            const name = record?.data ? format.text(record.data.name) : "";
            return (
              <li key={`${link.kind}-${link.entityId}`}>
                <span className="item-list__title">
                  {record?.isPending ? (
                    t("app.loading")
                  ) : record?.data ? (
                    <LinkedName
                      link={link}
                    >{`${record.data.number ? `№ ${record.data.number} · ` : ""}${name}`}</LinkedName>
                  ) : (
                    t("app.news.links.unavailable")
                  )}
                </span>
                <span className="item-list__meta">{t(`app.news.link.kind.${link.kind}`)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
