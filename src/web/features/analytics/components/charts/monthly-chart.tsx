import { AxisBottom, AxisLeft } from "@visx/axis";
import { Group } from "@visx/group";
import { scaleLinear, scalePoint } from "@visx/scale";
import { LinePath } from "@visx/shape";
import { useElementWidth } from "../../lib/use-element-width.ts";
import { SERIES_COLORS, SERIES_DASHES, SERIES_MARKERS, type SeriesMarker } from "./series-style.ts";

export interface MonthlySeries {
  key: string;
  label: string;
  /** One value per month of `months`, in the same order. */
  values: readonly number[];
}

const HEIGHT = 240;
const MARGIN = { top: 12, right: 16, bottom: 32, left: 48 };
/** Room one month's name takes on the axis, written level. */
const MONTH_LABEL_WIDTH = 96;

function Marker({ shape, x, y, color }: { shape: SeriesMarker; x: number; y: number; color: string }) {
  if (shape === "square") return <rect x={x - 4} y={y - 4} width={8} height={8} fill={color} />;
  if (shape === "triangle") return <path d={`M${x} ${y - 5}l5 9h-10z`} fill={color} />;
  if (shape === "diamond") return <path d={`M${x} ${y - 5}l5 5l-5 5l-5 -5z`} fill={color} />;
  return <circle cx={x} cy={y} r={4} fill={color} />;
}

/** Up to four series over months as lines, each with its own colour, dash and marker, and a legend. */
export function MonthlyChart({
  title,
  months,
  monthLabel,
  series,
  formatValue,
}: {
  /** The chart's accessible name (the figure's caption). */
  title: string;
  months: readonly string[];
  monthLabel: (month: string) => string;
  series: readonly MonthlySeries[];
  formatValue: (value: number) => string;
}) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const innerWidth = Math.max(120, width - MARGIN.left - MARGIN.right);
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const x = scalePoint<string>({ domain: [...months], range: [0, innerWidth], padding: 0.5 });
  const y = scaleLinear<number>({ domain: [0, max], range: [innerHeight, 0], nice: true });
  // Whole numbers only, and no more ticks than there are values to tell apart.
  const yTicks = y.ticks(Math.min(5, max)).filter((tick) => Number.isInteger(tick));
  // Every month's name where there is room, else every n-th.
  const every = Math.max(1, Math.ceil((months.length * MONTH_LABEL_WIDTH) / innerWidth));
  const monthTicks = months.filter((_, index) => index % every === 0);
  return (
    <div ref={ref} className="chart__canvas">
      {series.length > 1 ? (
        <ul className="chart__legend" aria-hidden="true">
          {series.map((s, index) => (
            <li key={s.key}>
              <svg width="28" height="12" aria-hidden="true">
                <line
                  x1="0"
                  y1="6"
                  x2="28"
                  y2="6"
                  stroke={SERIES_COLORS[index]}
                  strokeWidth="2"
                  strokeDasharray={SERIES_DASHES[index]}
                />
                <Marker
                  shape={SERIES_MARKERS[index] ?? "circle"}
                  x={14}
                  y={6}
                  color={SERIES_COLORS[index] ?? "#111"}
                />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      <svg width={width} height={HEIGHT} role="img" className="chart__svg">
        <title>{title}</title>
        <Group left={MARGIN.left} top={MARGIN.top}>
          <AxisLeft
            scale={y}
            tickValues={yTicks}
            tickFormat={(value) => formatValue(Number(value))}
            stroke="#6b7280"
            tickStroke="#6b7280"
            tickLabelProps={{ fill: "#1f2937", fontSize: 12, textAnchor: "end", dx: -4, dy: 4 }}
          />
          <AxisBottom
            top={innerHeight}
            scale={x}
            tickValues={monthTicks}
            tickFormat={(month) => monthLabel(String(month))}
            stroke="#6b7280"
            tickStroke="#6b7280"
            tickLabelProps={{ fill: "#1f2937", fontSize: 12, textAnchor: "middle" }}
          />
          {series.map((s, index) => {
            const color = SERIES_COLORS[index] ?? "#111";
            const points = months.map((month, i) => ({ x: x(month) ?? 0, y: y(s.values[i] ?? 0) }));
            return (
              <g key={s.key} data-series={s.key}>
                <LinePath
                  data={points}
                  x={(p) => p.x}
                  y={(p) => p.y}
                  stroke={color}
                  strokeWidth={2}
                  strokeDasharray={SERIES_DASHES[index]}
                />
                {points.map((point, i) => (
                  <Marker
                    key={months[i]}
                    shape={SERIES_MARKERS[index] ?? "circle"}
                    x={point.x}
                    y={point.y}
                    color={color}
                  />
                ))}
              </g>
            );
          })}
        </Group>
      </svg>
    </div>
  );
}
