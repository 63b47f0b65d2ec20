/** What CI does with the output of `npm audit --omit=dev --json` (see audit.ts). */
export type AuditVerdict =
  | { kind: "clean"; counts: Record<string, number> }
  | { kind: "vulnerable"; counts: Record<string, number>; serious: number }
  | { kind: "unreachable"; reason: string }
  | { kind: "failed"; reason: string };

interface AuditReport {
  error?: { summary?: string };
  message?: string;
  metadata?: { vulnerabilities?: Record<string, number> };
}

/**
 * High or critical findings fail; an audit endpoint that cannot be reached (this workplace's registry mirror
 * answers 405 to it) is reported as not checked, since no answer is not a finding; any other error fails.
 */
export function auditVerdict(stdout: string, stderr: string): AuditVerdict {
  let report: AuditReport;
  try {
    report = JSON.parse(stdout || "{}");
  } catch {
    return { kind: "failed", reason: `npm audit printed no JSON:\n${stdout}\n${stderr}` };
  }
  const counts = report.metadata?.vulnerabilities;
  if (counts) {
    const serious = (counts.high ?? 0) + (counts.critical ?? 0);
    return serious > 0 ? { kind: "vulnerable", counts, serious } : { kind: "clean", counts };
  }
  const reason = report.message ?? report.error?.summary ?? stderr;
  if (/\b405\b|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|audit endpoint returned an error/.test(reason))
    return { kind: "unreachable", reason: reason.split("\n")[0] ?? "" };
  return { kind: "failed", reason: `npm audit failed: ${reason}` };
}
