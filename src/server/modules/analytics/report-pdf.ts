import type {
  TCoverage,
  TInitiativesAnalytics,
  TMemorandaAnalytics,
} from "../../../shared/contracts/analytics.ts";
import { pickLocalized } from "../../../shared/localized-text.ts";
import type { Locale } from "../../../shared/vocabulary.ts";
import { translate } from "../../i18n/translate.ts";
import { PDF_FONT, startPdf } from "../../public-site/help-card/pdf-fonts.ts";
import { coverageTable } from "./coverage-table.ts";
import { heading, MARGIN, paragraph, table } from "./report-pdf-table.ts";

export interface RegionReport {
  locale: Locale;
  period: { from: string; to: string };
  coverage: TCoverage;
  memoranda: TMemorandaAnalytics;
  initiatives: TInitiativesAnalytics;
}

/** Columns of the coverage table kept in the report: category, services, shares, partners, gap. */
const COVERAGE_COLUMNS = [1, 2, 5, 6, 7, 9];

function drawCoverage(doc: PDFKit.PDFDocument, report: RegionReport, t: (key: string, p?: object) => string) {
  const flat = coverageTable(report.coverage, report.locale);
  const pick = (row: Array<string | number | null>) => COVERAGE_COLUMNS.map((index) => row[index] ?? null);
  heading(doc, t("analytics.report.coverage"));
  const region = report.coverage.regions[0];
  if (region?.children) paragraph(doc, t("analytics.report.population", { children: region.children }));
  table(doc, pick(flat.headers).map(String), flat.rows.map(pick), { firstWidth: 0.38, bold: [0] });
}

function drawMemoranda(
  doc: PDFKit.PDFDocument,
  report: RegionReport,
  t: (key: string, p?: object) => string,
) {
  const m = report.memoranda;
  const figure = t("analytics.report.figure");
  const count = t("analytics.report.count");
  heading(doc, t("analytics.report.memoranda"));
  const region = report.coverage.regions[0];
  table(
    doc,
    [figure, count],
    [
      [t("analytics.export.active_memoranda"), region?.activeMemoranda ?? 0],
      [t("analytics.report.signings"), m.signings.reduce((sum, row) => sum + row.count, 0)],
      ...m.expiring.map((window) => [t("analytics.report.expiring", { days: window.days }), window.count]),
      [t("analytics.report.overdue"), m.overdueCount],
    ],
    { firstWidth: 0.7 },
  );
  heading(doc, t("analytics.report.review"));
  table(
    doc,
    [figure, count],
    [
      ...m.pipeline.map((row) => [t(`memoranda.review_state.${row.reviewState}`), row.count]),
      ...m.lifecycle.map((row) => [
        `${t("memoranda.review_state.signed")}: ${t(`memoranda.lifecycle.${row.status}`)}`,
        row.count,
      ]),
      ...m.commitments.map((row) => [
        `${t("analytics.report.commitments")}: ${t(`memoranda.commitment_status.${row.status}`)}`,
        row.count,
      ]),
    ],
    { firstWidth: 0.7 },
  );
}

function drawInitiatives(
  doc: PDFKit.PDFDocument,
  report: RegionReport,
  t: (key: string, p?: object) => string,
) {
  const i = report.initiatives;
  heading(doc, t("analytics.report.initiatives"));
  if (i.totals.initiatives === 0) {
    paragraph(doc, t("analytics.report.no_initiatives"));
    return;
  }
  const reach = (row: typeof i.totals) => [row.initiatives, row.children, row.parents, row.specialists];
  table(
    doc,
    ["month", "initiatives_count", "children", "parents", "specialists"].map((key) =>
      t(`analytics.report.${key}`),
    ),
    [
      ...i.byMonth.map((row) => [row.month, ...reach(row)]),
      [t("analytics.report.total"), ...reach(i.totals)],
    ],
    { firstWidth: 0.3, bold: [i.byMonth.length] },
  );
}

/** A printable A4 report of one region and period in `locale`, DejaVu Sans embedded for Kazakh letters. */
export async function renderRegionReportPdf(report: RegionReport, generatedAt: Date): Promise<Buffer> {
  const t = (key: string, params: object = {}) =>
    translate(report.locale, key, params as Record<string, unknown>);
  const regionName = pickLocalized(report.coverage.regions[0]?.name, report.locale)?.text ?? "";
  const title = t("analytics.report.title", { region: regionName });
  const { doc, bytes } = startPdf({
    size: "A4",
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN },
    lang: report.locale,
    displayTitle: true,
    info: { Title: title, Author: "Yntymaq" },
  });
  doc.font(PDF_FONT.bold).fontSize(16).text(title, MARGIN, MARGIN);
  doc.font(PDF_FONT.regular).fontSize(9.5);
  doc.text(t("analytics.report.period", report.period));
  doc.text(
    t("analytics.report.generated", { date: generatedAt.toISOString().slice(0, 16).replace("T", " ") }),
  );
  drawCoverage(doc, report, t);
  drawMemoranda(doc, report, t);
  drawInitiatives(doc, report, t);
  doc.end();
  return bytes;
}
