import type { FieldError, MatchingRunDto, MatchingRunRowDto, SendRunProposalsResultDto } from '@lotse/shared/contracts';
import type { StatusBadge } from '@lotse/web/ui';

/** "2 Jahre, 3 Monate" style parts of an age in whole months (translated by the page). */
export function ageParts(months: number): { years: number; months: number } {
  const m = Math.max(0, Math.floor(months));
  return { years: Math.floor(m / 12), months: m % 12 };
}

/** Kilometres with one decimal in the UI's locale ("2,4 km"). */
export function formatKm(km: number | null | undefined, locale: string): string {
  if (km === null || km === undefined || !Number.isFinite(km)) return '–';
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(km)} km`;
}

/** A share (0…1) as a whole percentage in the UI's locale ("12 %"). */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(Number.isFinite(share) ? share : 0);
}

/**
 * What a failed proposal shows: the server's German field messages (`childminderId`, `capacity`)
 * one per line, else its message; 409 means the request changed since it was read.
 */
export function proposalErrorLines(err: { statusCode: number; message: string; errors: FieldError[] }): { key?: string; lines: string[] } {
  if (err.statusCode === 409) return { key: 'matching.suggestions.changed', lines: err.errors.map((e) => e.message) };
  const lines = err.errors.map((e) => e.message).filter((m) => !!m);
  return { lines: lines.length ? lines : [err.message] };
}

/** Badge of a run's status: icon + text + tone (never colour alone). */
export function runStatusBadge(status: MatchingRunDto['status']): StatusBadge {
  switch (status) {
    case 'queued':
      return { icon: 'schedule', labelKey: 'matching.runStatus.queued', tone: 'neutral' };
    case 'running':
      return { icon: 'autorenew', labelKey: 'matching.runStatus.running', tone: 'info' };
    case 'done':
      return { icon: 'check_circle', labelKey: 'matching.runStatus.done', tone: 'success' };
    default:
      return { icon: 'error', labelKey: 'matching.runStatus.failed', tone: 'danger' };
  }
}

/** A row can be proposed when the run placed it and no proposal was sent from it yet. */
export function selectable(row: MatchingRunRowDto): boolean {
  return !!row.childminderId && !row.proposalId;
}

/** Per-row outcome of "Ausgewählte vorschlagen", keyed by request id. */
export function resultsByRequest(res: SendRunProposalsResultDto): Map<string, { ok: boolean; message: string | null }> {
  return new Map(res.results.map((r) => [r.careRequestId, { ok: r.status === 201, message: r.message }]));
}

/** Polling continues while the worker has not finished the run. */
export function isActive(run: Pick<MatchingRunDto, 'status'> | null | undefined): boolean {
  return !!run && (run.status === 'queued' || run.status === 'running');
}
