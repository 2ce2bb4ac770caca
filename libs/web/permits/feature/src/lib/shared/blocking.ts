import type { ApiError, BlockingItemDto, FieldError } from '@lotse/shared/contracts';

/** Prefix of the decision's 422 field errors that name blocking evidence (`evidence.first_aid`). */
export const EVIDENCE_FIELD_PREFIX = 'evidence.';

/**
 * One item that keeps the office from granting the permit. `text` is the German sentence the
 * server uses (also in its 422 message): "Erste-Hilfe-Kurs am Kind: Abgelaufen am 30.09.2026.".
 * `status` (`missing`/`expired`) lets other languages show a translated text instead.
 */
export interface BlockingEntry {
  type: string;
  personName: string | null;
  status: string | null;
  text: string;
}

export function fromBlockingItem(item: BlockingItemDto): BlockingEntry {
  const who = item.personName ? ` (${item.personName})` : '';
  return {
    type: item.type,
    personName: item.personName,
    status: item.status,
    text: `${item.label}${who}: ${item.reason ?? 'Nicht nachgewiesen.'}`,
  };
}

export function fromEvidenceError(error: FieldError): BlockingEntry {
  return { type: error.field.slice(EVIDENCE_FIELD_PREFIX.length), personName: null, status: null, text: error.message };
}

export interface SplitDecisionErrors {
  /** Blocking evidence, item by item (`evidence.<type>`), for the blocking panel. */
  blocking: BlockingEntry[];
  /** "Vor der Entscheidung ist ein Hausbesuch zu erfassen." (`checks`), also for the panel. */
  checks: string | null;
  /** The general message ("… 1 Pflichtnachweis(e) fehlen …") when the panel has something to show. */
  message: string | null;
  /** Everything else (capacity, conditions, dates …) for the form's fields and message. */
  rest: ApiError;
}

/**
 * Splits the decision's 422 into what the blocking panel shows prominently (missing/expired
 * evidence, missing home visit) and what belongs to the form's fields. The general message (e.g.
 * "… 2 Pflichtnachweis(e) fehlen …") stays with the panel when it has entries.
 */
export function splitDecisionErrors(error: ApiError): SplitDecisionErrors {
  const errors = error.errors ?? [];
  const blocking = errors.filter((e) => e.field.startsWith(EVIDENCE_FIELD_PREFIX)).map(fromEvidenceError);
  // Home visit and interview: each missing one is its own message.
  const checks =
    errors
      .filter((e) => e.field === 'checks')
      .map((e) => e.message)
      .join(' ') || null;
  const others = errors.filter((e) => !e.field.startsWith(EVIDENCE_FIELD_PREFIX) && e.field !== 'checks');
  const panelHasAll = others.length === 0 && (blocking.length > 0 || checks !== null);
  return {
    blocking,
    checks,
    message: blocking.length > 0 || checks !== null ? error.message : null,
    rest: { statusCode: error.statusCode, message: panelHasAll ? '' : error.message, errors: others },
  };
}
