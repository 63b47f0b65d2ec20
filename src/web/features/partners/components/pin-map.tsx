import { useQuery } from "@tanstack/react-query";
import { type MouseEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { projectPoint, unprojectPoint } from "../../../../shared/contracts/location-map.ts";
import { useFormat } from "../../../lib/format.ts";
import { locationMapQueryOptions } from "../api/locations.api.ts";

export interface PinMapProps {
  latitude: number | null;
  longitude: number | null;
  /** The location's region, outlined on the map. */
  regionCode: string | null;
  regionName: string;
  onPick: (latitude: number, longitude: number) => void;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
const isCoordinate = (value: number | null): value is number => value !== null && Number.isFinite(value);

/** Whether the point lies outside the region's shape; false when the DOM cannot tell. */
function isOutside(path: SVGPathElement | null, x: number, y: number): boolean {
  const svg = path?.ownerSVGElement;
  if (!path || !svg || typeof path.isPointInFill !== "function" || typeof svg.createSVGPoint !== "function") {
    return false;
  }
  try {
    return !path.isPointInFill(Object.assign(svg.createSVGPoint(), { x, y }));
  } catch {
    return false;
  }
}

/**
 * Kazakhstan's regions drawn the way the public map draws them, with the location's pin. The latitude
 * and longitude fields are the way to set it by keyboard; a click on the map is a shortcut that fills
 * them. Nothing is loaded from another origin (no tiles).
 */
export function PinMap({ latitude, longitude, regionCode, regionName, onPick }: PinMapProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const map = useQuery(locationMapQueryOptions());
  const chosen = useRef<SVGPathElement>(null);
  const [outside, setOutside] = useState(false);
  const pin =
    map.data && isCoordinate(latitude) && isCoordinate(longitude)
      ? projectPoint(map.data.projection, longitude, latitude)
      : null;

  // The browser knows whether the pin lies in the region's shape (not every DOM has isPointInFill).
  const pinX = pin?.x ?? null;
  const pinY = pin?.y ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the ref's path changes with the region and the map
  useEffect(() => {
    setOutside(pinX !== null && pinY !== null && isOutside(chosen.current, pinX, pinY));
  }, [pinX, pinY, regionCode, map.data]);

  if (!map.data) {
    return map.isError ? <p className="muted">{t("app.partners.location.map_unavailable")}</p> : null;
  }
  const { width, height, projection, regions } = map.data;
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    const x = ((event.clientX - box.left) / box.width) * width;
    const y = ((event.clientY - box.top) / box.height) * height;
    const { lon, lat } = unprojectPoint(projection, x, y);
    onPick(round(lat), round(lon));
  };
  const description = pin
    ? t("app.partners.location.map_pin", {
        lat: format.number(latitude as number),
        lon: format.number(longitude as number),
        region: regionName,
      })
    : t("app.partners.location.map_no_pin", { region: regionName });
  return (
    <figure className="pin-map">
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: a pointer shortcut; the coordinate fields are the keyboard way */}
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        className="pin-map__svg"
        onClick={onClick}
      >
        <title id={titleId}>{description}</title>
        {/* The chosen region last, so no neighbour covers its outline. */}
        {[...regions]
          .sort((a, b) => Number(a.code === regionCode) - Number(b.code === regionCode))
          .map((region) => (
            <path
              key={region.code}
              ref={region.code === regionCode ? chosen : undefined}
              d={region.d}
              className={
                region.code === regionCode ? "pin-map__region pin-map__region--chosen" : "pin-map__region"
              }
            />
          ))}
        {pin ? (
          <g className="pin-map__pin" transform={`translate(${pin.x} ${pin.y})`}>
            <circle r="16" />
            <circle r="6" className="pin-map__pin-dot" />
          </g>
        ) : null}
      </svg>
      <figcaption className="field__description">
        {t("app.partners.location.map_hint")}
        {outside ? (
          <strong className="pin-map__warning"> {t("app.partners.location.map_outside")}</strong>
        ) : null}
      </figcaption>
    </figure>
  );
}
