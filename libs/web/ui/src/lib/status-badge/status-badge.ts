/**
 * Colour family of a status badge. Colour is never the only signal: every status also has its own
 * icon and its own text (WCAG 1.4.1). Text/background pairs have a contrast of at least 4.5:1.
 */
export type StatusTone = 'success' | 'warning' | 'danger' | 'missing' | 'neutral' | 'info';

/** What a status badge shows. */
export interface StatusBadge {
  /** Material Symbols ligature. */
  icon: string;
  /** Translation key of the status text. */
  labelKey: string;
  /** Parameters of the translation, e.g. a count. */
  params?: Record<string, unknown>;
  tone: StatusTone;
}
