import type { MeaslesProofStatus, PlacementState, VacancyState } from '@lotse/shared/contracts';
import { VACANCY_CONFIRM_AFTER_DAYS, VACANCY_HIDE_AFTER_DAYS } from '@lotse/shared/contracts/values';
import { daysBetween, plusDays, type IsoDate, type PermitPeriod } from '@lotse/shared/domain';

/**
 * The last day the childminder's permits cover without a gap from `start` on (a renewal that starts
 * the day after the old permit's end extends it); null when no permit is valid on `start`. A
 * placement is planned to this day at the latest: it may not run past the permit.
 */
export function permitCoveredUntil(permits: readonly PermitPeriod[], start: IsoDate): IsoDate | null {
  const sorted = [...permits].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  let end: IsoDate | null = null;
  for (const p of sorted) {
    const until = p.validUntil ?? '9999-12-31';
    if (end === null) {
      if (p.validFrom <= start && until >= start) end = until;
      continue;
    }
    if (p.validFrom <= plusDays(end, 1) && until > end) end = until;
  }
  return end;
}

/** A placement's state on `today`: ended, not started, settling in, running, or blocked for lack of the measles proof. */
export function placementState(
  p: { startOn: string; settlingInUntil: string; endOn: string | null },
  measles: MeaslesProofStatus,
  today: IsoDate,
): PlacementState {
  if (p.endOn !== null && p.endOn < today) return 'ended';
  if (today < p.startOn) return 'upcoming';
  if (measles !== 'recorded') return 'blocked';
  return today <= p.settlingInUntil ? 'settling_in' : 'active';
}

/** A vacancy unconfirmed for 30 days asks for confirmation; after 40 days it is hidden from the advisors' search. */
export function vacancyState(v: { confirmedAt: Date; withdrawnAt: Date | null }, today: IsoDate): VacancyState {
  if (v.withdrawnAt) return 'withdrawn';
  const age = daysBetween(v.confirmedAt.toISOString().slice(0, 10), today);
  if (age >= VACANCY_HIDE_AFTER_DAYS) return 'hidden';
  if (age >= VACANCY_CONFIRM_AFTER_DAYS) return 'needs_confirmation';
  return 'open';
}
