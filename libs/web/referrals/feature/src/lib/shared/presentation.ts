import type { DemandFiguresDto, DemandSeriesDto } from '@lotse/shared/contracts';

/**
 * Bar colours, one per series in the fixed order of the topics (or kinds of service). Each has a
 * contrast of at least 4.5:1 against the white page (WCAG 1.4.11 asks 3:1 for graphics), and the
 * stacked segments are separated by a white border, so neighbours stay apart. Colour is never the
 * only carrier: the legend names every series and the table below holds the same numbers.
 */
export const SERIES_COLOURS = ['#1f4e79', '#b3470e', '#2e7d32', '#7b1fa2', '#b71c1c', '#00695c', '#5d4037', '#455a64'] as const;

export type FiguresView = 'topic' | 'category';

/** The series of the chosen view. */
export function seriesOf(f: DemandFiguresDto, view: FiguresView): Array<DemandSeriesDto<string>> {
  return view === 'category' ? f.byCategory : f.byTopic;
}

/** `2026-03` → `März 2026` / `Mar 2026` (short in the chart, long in the table). */
export function monthLabel(month: string, locale: string, style: 'short' | 'long' = 'long'): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: style, year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

export interface BarChartData {
  labels: string[];
  datasets: Array<{ label: string; data: number[]; backgroundColor: string; borderColor: string; borderWidth: number }>;
}

/**
 * What the bar chart shows: months on the x axis, one stacked dataset per series that has any
 * referral in the range (empty series would only crowd the legend).
 */
export function barChartData(f: DemandFiguresDto, view: FiguresView, label: (key: string) => string, locale: string): BarChartData {
  return {
    labels: f.months.map((m) => monthLabel(m, locale, 'short')),
    datasets: seriesOf(f, view)
      .map((s, i) => ({ s, colour: SERIES_COLOURS[i % SERIES_COLOURS.length] }))
      .filter(({ s }) => s.total > 0)
      .map(({ s, colour }) => ({
        label: label(s.key),
        data: [...s.counts],
        backgroundColor: colour,
        borderColor: '#ffffff',
        borderWidth: 1,
      })),
  };
}

/** Per month, the sum over the chart's datasets (what the bars add up to). */
export function stackTotals(data: BarChartData): number[] {
  return data.labels.map((_, i) => data.datasets.reduce((sum, d) => sum + (d.data[i] ?? 0), 0));
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A `YYYY-MM` from the URL, or null when missing or malformed (the server's default applies). */
export function monthParam(v: string | null | undefined): string | null {
  return v && MONTH.test(v) ? v : null;
}
