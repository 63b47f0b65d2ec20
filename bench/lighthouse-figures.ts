/**
 * The part of Lighthouse's result (LH.Result) this bench reads. Declared here instead of imported: lighthouse's
 * own types declare DOM globals (HTMLElementEventMap) that break the playwright callbacks typed in e2e/.
 */
interface AuditResult {
  score: number | null;
  numericValue?: number;
  displayValue?: string;
  explanation?: string;
  details?: { type: string; items?: Record<string, unknown>[] };
}

export interface Result {
  finalDisplayedUrl: string;
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  runWarnings: string[];
  audits: Record<string, AuditResult>;
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
}

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type CategoryId = (typeof CATEGORIES)[number];

export interface PageFigures {
  label: string;
  /** The path as asked for, readable (the URL Lighthouse reports is percent-encoded). */
  path: string;
  url: string;
  /** Category scores 0–100 (null when Lighthouse could not score the category). */
  scores: Record<CategoryId, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /** Bytes over the wire, from the `total-byte-weight` audit. */
  transferredBytes: number | null;
  requests: number;
  /** URLs fetched from any origin other than the page's own (the quality bar is none). */
  foreignRequests: string[];
  /** Requests answered with an HTTP error, as `status url`. */
  failedRequests: string[];
  /** Audits that cost points, per category: `id (score): why`, worst first. */
  lostPoints: Record<CategoryId, string[]>;
  runWarnings: string[];
  /** Performance score of every run of this page, when several were made. */
  performanceRuns?: (number | null)[];
}

const numeric = (lhr: Result, id: string): number | null => lhr.audits[id]?.numericValue ?? null;

function requests(lhr: Result): { url: string; status: number }[] {
  const details = lhr.audits["network-requests"]?.details;
  if (details?.type !== "table") return [];
  return (details.items ?? []).flatMap((item) =>
    typeof item.url === "string" ? [{ url: item.url, status: Number(item.statusCode ?? 0) }] : [],
  );
}

/** Why an audit lost points: its explanation, its value, or the text of its first detail row. */
function reasonOf(audit: AuditResult): string {
  const first = audit.details?.items?.[0];
  const detail = first
    ? Object.values(first)
        .filter((value) => typeof value === "string")
        .join(" ")
    : "";
  const reason = audit.explanation ?? audit.displayValue ?? detail;
  return reason.length > 160 ? `${reason.slice(0, 157)}...` : reason;
}

function lostPoints(lhr: Result, category: CategoryId): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .flatMap((ref) => {
      const audit = lhr.audits[ref.id];
      return audit && typeof audit.score === "number" && audit.score < 1
        ? [{ id: ref.id, score: audit.score, reason: reasonOf(audit) }]
        : [];
    })
    .sort((a, b) => a.score - b.score)
    .map(({ id, score, reason }) => `${id} (${Math.round(score * 100)})${reason ? `: ${reason}` : ""}`);
}

export function figuresOf(label: string, path: string, lhr: Result): PageFigures {
  const origin = new URL(lhr.finalDisplayedUrl).origin;
  const fetched = requests(lhr);
  const urls = fetched.map((request) => request.url);
  const score = (id: CategoryId) => {
    const value = lhr.categories[id]?.score;
    return typeof value === "number" ? Math.round(value * 100) : null;
  };
  return {
    label,
    path,
    url: lhr.finalDisplayedUrl,
    scores: {
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
      seo: score("seo"),
    },
    lcpMs: numeric(lhr, "largest-contentful-paint"),
    tbtMs: numeric(lhr, "total-blocking-time"),
    cls: numeric(lhr, "cumulative-layout-shift"),
    transferredBytes: numeric(lhr, "total-byte-weight"),
    requests: urls.length,
    foreignRequests: urls.filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin),
    failedRequests: fetched
      .filter((request) => request.status >= 400)
      .map(({ url, status }) => `${status} ${url}`),
    lostPoints: {
      performance: lostPoints(lhr, "performance"),
      accessibility: lostPoints(lhr, "accessibility"),
      "best-practices": lostPoints(lhr, "best-practices"),
      seo: lostPoints(lhr, "seo"),
    },
    runWarnings: lhr.runWarnings,
  };
}

const show = (value: number | null, format: (v: number) => string) => (value === null ? "–" : format(value));

/** A Markdown table, so the same text goes to the terminal and to the README. */
export function formatTable(pages: PageFigures[]): string[] {
  const header = [
    "Page",
    "Perf",
    "A11y",
    "Best pr.",
    "SEO",
    "LCP",
    "TBT",
    "CLS",
    "Transferred",
    "Requests",
    "Other origins",
  ];
  const rows = pages.map((page) => [
    `${page.label} \`${page.path}\``,
    ...CATEGORIES.map((id) => show(page.scores[id], String)),
    show(page.lcpMs, (v) => `${(v / 1000).toFixed(1)} s`),
    show(page.tbtMs, (v) => `${v.toFixed(0)} ms`),
    show(page.cls, (v) => v.toFixed(3)),
    show(page.transferredBytes, (v) => `${(v / 1024).toFixed(1)} KB`),
    String(page.requests),
    page.foreignRequests.length === 0 ? "none" : String(page.foreignRequests.length),
  ]);
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)];
}

/** What cost points, one line per page and category, for the pages that lost any. */
export function formatLostPoints(pages: PageFigures[]): string[] {
  return pages.flatMap((page) =>
    CATEGORIES.flatMap((id) =>
      page.lostPoints[id].length === 0 ? [] : [`${page.label} ${id}: ${page.lostPoints[id].join(", ")}`],
    ),
  );
}
