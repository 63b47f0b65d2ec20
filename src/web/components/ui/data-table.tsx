import { type ReactNode, useId } from "react";
import { Pagination } from "./pagination.tsx";

export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The column that names the row (a `<th scope="row">`), usually the first. */
  rowHeader?: boolean;
  className?: string;
}

export interface DataTableProps<Row> {
  caption: ReactNode;
  columns: Array<Column<Row>>;
  rows: Row[];
  rowKey: (row: Row) => string;
  /** From the API page: `{ page, perPage, total }`; the page itself comes from the URL (listSearch). */
  page: number;
  perPage: number;
  total: number;
  /** Shown instead of the table when there are no rows (an EmptyState). */
  empty?: ReactNode;
}

/**
 * A table of one page of a list with its pagination. Filters and the page live in the route's search
 * params (see lib/search-params.ts), so the table only renders what it is given.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const captionId = useId();
  if (props.rows.length === 0 && props.empty) return <>{props.empty}</>;
  return (
    <div className="data-table">
      {/* Focusable so keyboard users can scroll a wide table on a narrow screen. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="data-table__scroll" aria-labelledby={captionId} tabIndex={0}>
        <table>
          <caption id={captionId}>{props.caption}</caption>
          <thead>
            <tr>
              {props.columns.map((column) => (
                <th key={column.key} scope="col" className={column.className}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={props.rowKey(row)}>
                {props.columns.map((column) =>
                  column.rowHeader ? (
                    <th key={column.key} scope="row" className={column.className}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={column.className}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <Pagination page={props.page} perPage={props.perPage} total={props.total} />
    </div>
  );
}
