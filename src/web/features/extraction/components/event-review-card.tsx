import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TSigningEvent } from "../../../../shared/contracts/extraction.ts";
import { SCOPE_AREAS, TARGET_GROUPS } from "../../../../shared/vocabulary.ts";
import { CheckboxGroup } from "../../../components/ui/checkbox-group.tsx";
import { FormField } from "../../../components/ui/form-field.tsx";
import { LocalizedTextField } from "../../../components/ui/localized-text-field.tsx";
import { useFormat } from "../../../lib/format.ts";
import { regionsQueryOptions } from "../../../lib/regions.api.ts";
import {
  type EventReview,
  eventItemKey,
  type ReviewAction,
  type ScopeArea,
  type TargetGroup,
} from "../lib/review-state.ts";
import { BranchField } from "./branch-field.tsx";
import { PartnerReviewCard } from "./partner-review-card.tsx";

export interface EventReviewCardProps {
  event: EventReview;
  /** What the extraction proposed for this event (spans, matches and their scores). */
  proposed: TSigningEvent;
  index: number;
  language: string;
  /** A coordinator's regions; null for an admin, who may use every region. */
  ownRegions: readonly string[] | null;
  dispatch: (action: ReviewAction) => void;
  /** The item looked at (hovered or focused), to outline its span in the text; null when none. */
  onActivate: (key: string | null) => void;
}

/** Hovering or focusing anything inside outlines `itemKey`'s span in the text. */
function Item({
  itemKey,
  onActivate,
  children,
}: {
  itemKey: string;
  onActivate: (key: string | null) => void;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only mirrors hover and focus of the controls inside.
    <div
      className="extract-item"
      onMouseEnter={() => onActivate(itemKey)}
      onMouseLeave={() => onActivate(null)}
      onFocus={() => onActivate(itemKey)}
      onBlur={() => onActivate(null)}
    >
      {children}
    </div>
  );
}

/** One signing the text reports, as the draft memorandum it will become. */
export function EventReviewCard({
  event,
  proposed,
  index,
  language,
  ownRegions,
  dispatch,
  onActivate,
}: EventReviewCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const regions = useQuery(regionsQueryOptions());
  const key = (item: string) => eventItemKey(event.id, item);
  const edit = (patch: Extract<ReviewAction, { type: "edit_event" }>["patch"]) =>
    dispatch({ type: "edit_event", eventId: event.id, patch });
  const headingId = `extract-event-${event.id}`;
  const regionChoices = (regions.data ?? []).filter(
    (region) => ownRegions === null || ownRegions.includes(region.code) || region.code === event.regionCode,
  );
  const branchRegions = ownRegions ?? (event.regionCode ? [event.regionCode] : []);
  const textLocale = language === "ru" ? "ru" : "kk";
  return (
    <article className={`extract-event extract-event--e${index % 6}`} aria-labelledby={headingId}>
      <header className="extract-event__head">
        <h3 id={headingId}>
          <span className="extract-event__number" aria-hidden="true">
            {index + 1}
          </span>
          {t("app.extraction.event.heading", { number: index + 1 })}
          {event.dropped ? <span className="tag tag--muted">{t("app.extraction.event.dropped")}</span> : null}
        </h3>
        <button
          type="button"
          className="button button--secondary"
          aria-describedby={headingId}
          onClick={() => dispatch({ type: "drop_event", eventId: event.id, dropped: !event.dropped })}
        >
          {event.dropped ? t("app.extraction.event.restore") : t("app.extraction.event.drop")}
        </button>
      </header>
      {event.dropped ? null : (
        <div className="extract-event__body">
          {event.partialList ? (
            <p className="warning">{t("app.extraction.event.partial", { words: event.partialList })}</p>
          ) : null}
          <LocalizedTextField
            label={t("app.extraction.event.title")}
            required
            value={event.title}
            initialLocale={textLocale}
            onChange={(title) => edit({ title })}
          />
          <Item itemKey={key("branch")} onActivate={onActivate}>
            <BranchField
              event={event}
              regionCodes={branchRegions}
              matchScore={
                proposed.branch?.match &&
                event.branch?.mode === "existing" &&
                event.branch.record.id === proposed.branch.match.id
                  ? proposed.branch.match.score
                  : null
              }
              language={language}
              onChange={(branch) => dispatch({ type: "set_branch", eventId: event.id, branch })}
            />
          </Item>
          <Item itemKey={key("region")} onActivate={onActivate}>
            <FormField label={t("app.extraction.event.region")} required={event.branch?.mode === "new"}>
              {(control) => (
                <select
                  {...control}
                  value={event.regionCode ?? ""}
                  onChange={(e) => edit({ regionCode: e.target.value || null })}
                >
                  <option value="">{t("app.extraction.event.no_region")}</option>
                  {regionChoices.map((region) => (
                    <option key={region.code} value={region.code}>
                      {format.text(region.name)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </Item>
          <Item itemKey={key("date")} onActivate={onActivate}>
            <FormField
              label={t("app.extraction.event.date")}
              description={t("app.extraction.event.date_hint")}
            >
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={event.signedDate ?? ""}
                  onChange={(e) => edit({ signedDate: e.target.value || null })}
                />
              )}
            </FormField>
          </Item>
          {event.signedPlace ? (
            <Item itemKey={key("place")} onActivate={onActivate}>
              <p>
                {t("app.extraction.event.place")}:{" "}
                <span lang={language}>{format.text(event.signedPlace)}</span>
              </p>
            </Item>
          ) : null}
          <CheckboxGroup
            legend={t("app.extraction.event.scope")}
            columns
            options={SCOPE_AREAS.map((area) => ({ value: area, label: t(`app.memoranda.scope.${area}`) }))}
            value={event.scopeAreas}
            onChange={(value) => edit({ scopeAreas: value as ScopeArea[] })}
          />
          <CheckboxGroup
            legend={t("app.extraction.event.target_groups")}
            description={t("app.extraction.event.target_groups_hint")}
            columns
            options={TARGET_GROUPS.map((group) => ({ value: group, label: t(`site.target_group.${group}`) }))}
            value={event.targetGroups}
            onChange={(value) => edit({ targetGroups: value as TargetGroup[] })}
          />
          <h4>{t("app.extraction.event.partners")}</h4>
          {event.partners.length === 0 ? (
            <p className="muted">{t("app.extraction.event.no_partners")}</p>
          ) : null}
          {event.partners.map((partner, partnerIndex) => {
            const match = proposed.partners[partnerIndex]?.match ?? null;
            return (
              <Item key={partner.key} itemKey={partner.key} onActivate={onActivate}>
                <PartnerReviewCard
                  partner={partner}
                  matchScore={match && partner.existing?.id === match.id ? match.score : null}
                  language={language}
                  onMode={(mode) =>
                    dispatch({ type: "set_partner_mode", eventId: event.id, key: partner.key, mode })
                  }
                  onMerge={(record) =>
                    dispatch({ type: "merge_partner", eventId: event.id, key: partner.key, record })
                  }
                  onEdit={(patch) =>
                    dispatch({ type: "edit_partner", eventId: event.id, key: partner.key, patch })
                  }
                />
              </Item>
            );
          })}
        </div>
      )}
    </article>
  );
}
