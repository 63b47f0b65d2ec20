import { Group } from "@visx/group";
import { scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { useElementWidth } from "../../lib/use-element-width.ts";
import { SERIES_COLORS } from "./series-style.ts";

export interface BarItem {
  key: string;
  label: string;
  value: number;
}

const ROW = 44;
const BAR = 16;
const VALUE_SPACE = 56;

/**
 * Horizontal bars, each with its name above it and its value at its end: long names (regions, states) fit
 * on a phone without rotated or cut labels.
 */
export function BarChart({
  title,
  items,
  formatValue,
}: {
  /** The chart's accessible name (the figure's caption). */
  title: string;
  items: readonly BarItem[];
  formatValue: (value: number) => string;
}) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const height = items.length * ROW + 4;
  const max = Math.max(1, ...items.map((item) => item.value));
  const x = scaleLinear<number>({ domain: [0, max], range: [0, Math.max(40, width - VALUE_SPACE)] });
  return (
    <div ref={ref} className="chart__canvas">
      <svg width={width} height={height} role="img" className="chart__svg">
        <title>{title}</title>
        {items.map((item, index) => (
          <Group key={item.key} top={index * ROW}>
            <text x={0} y={14} fontSize={13} fill="#1f2937">
              {item.label}
            </text>
            <Bar
              x={0}
              y={20}
              width={Math.max(item.value > 0 ? 2 : 0, x(item.value))}
              height={BAR}
              fill={SERIES_COLORS[0]}
            />
            <text x={x(item.value) + 6} y={33} fontSize={13} fontWeight={600} fill="#111">
              {formatValue(item.value)}
            </text>
          </Group>
        ))}
      </svg>
    </div>
  );
}
