import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface ChartTableColumn {
  key: string;
  header: string;
}

export interface ChartTableRow {
  key: string;
  /** The row's name, a `<th scope="row">`. */
  header: ReactNode;
  cells: Record<string, ReactNode>;
}

/**
 * A chart with its title and the same figures as a table under it: the drawing is a picture for
 * assistive technology, the table is what it reads (and what anyone can copy).
 */
export function ChartFigure({
  title,
  rowHeader,
  columns,
  rows,
  children,
}: {
  title: string;
  rowHeader: string;
  columns: readonly ChartTableColumn[];
  rows: readonly ChartTableRow[];
  /** The drawing, named by the same title. */
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      {rows.length === 0 ? <p className="muted">{t("app.analytics.chart.empty")}</p> : children}
      <details className="chart__table">
        <summary>{t("app.analytics.chart.table_summary")}</summary>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {columns.map((column) => (
                <th key={column.key} scope="col">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.header}</th>
                {columns.map((column) => (
                  <td key={column.key}>{row.cells[column.key]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
