import {
  acceptability,
  evaluateEvidence,
  expiryOf,
  plusDays,
  type EvidenceEvaluation,
  type EvidenceFact,
  type EvidenceRule,
  type IsoDate,
} from '@lotse/shared/domain';

/** What of an item the rules look at. */
export interface ItemFacts {
  date: IsoDate;
  submittedOn: IsoDate | null;
  units: number | null;
  relevantConviction: boolean | null;
  /** false: a declaration of the childminder no advisor has checked yet (counts as missing). */
  checked?: boolean;
}

export const DECLARATION_REASON =
  'Eigene Angabe – zählt erst, wenn die Fachberatung den Nachweis geprüft hat (Dokument bestätigt oder Original eingesehen).';

export const CONVICTION_REASON = 'Das Führungszeugnis enthält eine einschlägige Eintragung (§ 72a SGB VIII).';

const toFact = (i: ItemFacts): EvidenceFact => ({ date: i.date, submittedOn: i.submittedOn ?? undefined, units: i.units });

/**
 * The values stored with an item (so lists and the reminder scan can use indexes): expiry, start
 * of the warning window, and whether the item satisfies the rule on its own. Recomputed whenever
 * the tenant's rule changes. A certificate of good conduct showing a relevant conviction is
 * never acceptable.
 */
export function storedEvaluation(rule: EvidenceRule, item: ItemFacts) {
  const fact = toFact(item);
  const reason = acceptability(rule, fact) ?? (item.relevantConviction ? CONVICTION_REASON : null);
  const expiresOn = expiryOf(rule, fact);
  return {
    expiresOn,
    warnFrom: expiresOn === null ? null : plusDays(expiresOn, -rule.warningDays),
    acceptable: reason === null,
    unacceptableReason: reason,
  };
}

/** Status of an entry on `today`: the domain's evaluation, plus the conviction check. */
export function statusOf(rule: EvidenceRule, item: ItemFacts | null, today: IsoDate, dateOfBirth: IsoDate | null): EvidenceEvaluation {
  const e = evaluateEvidence(rule, item ? toFact(item) : null, today, dateOfBirth);
  if (item?.relevantConviction && e.status !== 'not_required') {
    return { status: 'missing', expiresOn: null, warnFrom: null, reason: CONVICTION_REASON };
  }
  if (item && item.checked === false && e.status !== 'not_required') {
    // A declaration: an acceptable one keeps its dates (so she sees them), but it is not valid yet.
    return {
      status: 'missing',
      expiresOn: e.expiresOn,
      warnFrom: e.warnFrom,
      reason: e.reason && e.status === 'missing' ? e.reason : DECLARATION_REASON,
    };
  }
  return e;
}

/** The key that makes two items "the same person's": '' for the childminder. */
export function personKey(name: string | null | undefined): string {
  return (name ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}
