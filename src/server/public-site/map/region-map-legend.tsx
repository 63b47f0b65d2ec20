import { CLASS_FILLS, type ColorBin, type ColorScale } from "../../../shared/map/color-scale.ts";
import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import { formatCount } from "./region-map-model.ts";

/** The legend's text for a bin: "No services", "7" or "3–4". */
export function binLabel(locale: Locale, bin: ColorBin): string {
  if (bin.colorClass === 0) return translate(locale, "site.map.legend_none");
  const from = formatCount(locale, bin.from);
  return bin.from === bin.to ? from : `${from}–${formatCount(locale, bin.to)}`;
}

/** Swatches and ranges as a list, so the colour key is read as text, not guessed from colour. */
export function RegionMapLegend(props: {
  scale: ColorScale;
  locale: Locale;
  patternId: string;
  titleId: string;
}) {
  const { scale, locale, patternId, titleId } = props;
  return (
    <div className="region-map__legend">
      <p className="region-map__legend-title" id={titleId}>
        {translate(locale, "site.map.legend_title")}
      </p>
      <ul className="region-map__legend-list" aria-labelledby={titleId}>
        {scale.bins.map((bin) => (
          <li
            key={bin.colorClass}
            className={`region-map__legend-item region-map__legend-item--c${bin.colorClass}`}
          >
            <svg className="region-map__swatch" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
              <rect
                x="0.75"
                y="0.75"
                width="16.5"
                height="16.5"
                fill={bin.colorClass === 0 ? `url(#${patternId})` : CLASS_FILLS[bin.colorClass]}
                stroke="#6b7280"
                strokeWidth="1.5"
                strokeDasharray={bin.colorClass === 0 ? "4 3" : undefined}
              />
            </svg>
            <span>{binLabel(locale, bin)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
