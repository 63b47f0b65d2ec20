import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { TMemorandum } from "../../../../shared/contracts/memoranda.ts";
import { ErrorState, LoadingState } from "../../../components/ui/states.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { useFormat } from "../../../lib/format.ts";
import { timelineQueryOptions } from "../api/memorandum-extras.api.ts";
import { timelineEvents } from "../lib/timeline-events.ts";

/** Every change, newest first, told in the interface language (from the audit log). */
export function TimelineSection({ memorandum, meId }: { memorandum: TMemorandum; meId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const timeline = useInfiniteQuery(timelineQueryOptions(memorandum.id));
  const entries = timeline.data?.pages.flatMap((page) => page.items) ?? [];
  const events = timelineEvents(entries, { t, format, parties: memorandum.parties, meId });
  return (
    <section className="memo-section" aria-labelledby="memo-timeline">
      <h2 id="memo-timeline">{t("app.memoranda.timeline.title")}</h2>
      {timeline.isPending ? (
        <LoadingState />
      ) : timeline.error instanceof ApiError && timeline.error.status === 404 ? (
        <p className="muted">{t("app.memoranda.timeline.not_yours")}</p>
      ) : timeline.isError ? (
        <ErrorState error={timeline.error} onRetry={() => timeline.refetch()} />
      ) : events.length === 0 ? (
        <p className="muted">{t("app.memoranda.timeline.none")}</p>
      ) : (
        <ol className="timeline">
          {events.map((event) => (
            <li key={event.id} className="timeline__event">
              <p className="timeline__when">
                <time dateTime={event.at}>{format.dateTime(event.at)}</time>
                {" · "}
                {t(`app.memoranda.timeline.by_${event.actor}`)}
              </p>
              {event.lines.map((line) => (
                <p key={line} className="timeline__what">
                  {line}
                </p>
              ))}
            </li>
          ))}
        </ol>
      )}
      {timeline.hasNextPage ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => timeline.fetchNextPage()}
          disabled={timeline.isFetchingNextPage}
        >
          {t("app.memoranda.timeline.more")}
        </button>
      ) : null}
    </section>
  );
}
