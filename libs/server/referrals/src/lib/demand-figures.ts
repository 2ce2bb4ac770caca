import {
  MAX_FIGURE_MONTHS,
  PARTNER_CATEGORIES,
  REFERRAL_TOPICS,
  type DemandFiguresDto,
  type DemandSeriesDto,
  type FieldError,
  type PartnerCategory,
  type ReferralTopic,
} from '@lotse/shared/contracts';

/** A count of referrals for one month, topic and category (one row of the GROUP BY). */
export interface FigureCount {
  /** `YYYY-MM` */
  month: string;
  topic: ReferralTopic;
  category: PartnerCategory;
  count: number;
}

const toIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const fromIndex = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/** `YYYY-MM` plus n months (n may be negative). */
export function plusMonth(month: string, n: number): string {
  return fromIndex(toIndex(month) + n);
}

/** Every month from `from` to `to`, both included (`YYYY-MM`). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = toIndex(from); i <= toIndex(to); i++) out.push(fromIndex(i));
  return out;
}

/**
 * The month range asked for: defaults to the twelve months up to the current one; `from` after
 * `to`, or more than MAX_FIGURE_MONTHS months, are field errors.
 */
export function resolveRange(q: { from?: string; to?: string }, currentMonth: string): { from: string; to: string } | FieldError[] {
  const to = q.to ?? (q.from && toIndex(q.from) > toIndex(currentMonth) ? q.from : currentMonth);
  const from = q.from ?? plusMonth(to, -11);
  if (toIndex(from) > toIndex(to))
    return [{ field: 'from', message: 'Der erste Monat darf nicht nach dem letzten liegen.', code: 'order' }];
  if (toIndex(to) - toIndex(from) + 1 > MAX_FIGURE_MONTHS) {
    return [{ field: 'from', message: `Höchstens ${MAX_FIGURE_MONTHS} Monate auf einmal.`, code: 'range' }];
  }
  return { from, to };
}

/**
 * Turns the grouped counts into series per topic and per category, aligned with the months of
 * the range (months without referrals count 0; counts outside the range are ignored).
 */
export function buildDemandFigures(counts: readonly FigureCount[], from: string, to: string): DemandFiguresDto {
  const months = monthsBetween(from, to);
  const pos = new Map(months.map((m, i) => [m, i]));
  const zero = () => months.map(() => 0);
  const byTopic = new Map<ReferralTopic, number[]>(REFERRAL_TOPICS.map((t) => [t, zero()]));
  const byCategory = new Map<PartnerCategory, number[]>(PARTNER_CATEGORIES.map((c) => [c, zero()]));
  const totals = zero();
  for (const c of counts) {
    const i = pos.get(c.month);
    const topic = byTopic.get(c.topic);
    const category = byCategory.get(c.category);
    if (i === undefined || !topic || !category) continue;
    topic[i] += c.count;
    category[i] += c.count;
    totals[i] += c.count;
  }
  const series = <K extends string>(m: Map<K, number[]>): Array<DemandSeriesDto<K>> =>
    [...m].map(([key, n]) => ({ key, counts: n, total: n.reduce((a, b) => a + b, 0) }));
  return { from, to, months, byTopic: series(byTopic), byCategory: series(byCategory), totals, total: totals.reduce((a, b) => a + b, 0) };
}
