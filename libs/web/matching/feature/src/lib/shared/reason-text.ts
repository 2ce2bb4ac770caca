import { Pipe, type PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';

type Params = Record<string, string | number>;
type Translate = (key: string, params?: Params) => string;

/**
 * A matching reason in the UI's language: the engine sends every reason as German text plus a
 * `code` with `params` (docs/matching.md, "Reasons as codes"); the sentence is
 * `matching.reason.<code>` of the `matching` scope with the parameters formatted for the locale
 * (dates, kilometres, week slots "day|HH:MM|HH:MM" with translated weekdays). Without a code (runs
 * stored before) or without a translation, the German text is shown.
 */
export function reasonText(reason: { code?: string | null; params?: Params | null; text: string }, t: Translate, locale: string): string {
  if (!reason.code) return reason.text;
  const p = reason.params ?? {};
  const slot = (s: string) => {
    const [day, from, to] = s.split('|');
    return `${t(`matching.weekday.${day}`)} ${from}–${to}`;
  };
  const num = (n: string | number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Number(n));
  const out: Params = {};
  for (const [k, v] of Object.entries(p)) {
    if (k === 'date' && typeof v === 'string')
      out[k] = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
        new Date(`${v}T00:00:00Z`),
      );
    else if (k === 'slot' && typeof v === 'string') out[k] = slot(v);
    else if (k === 'slots' && typeof v === 'string') out[k] = v.split(',').filter(Boolean).map(slot).join(', ') + (p['more'] ? ' …' : '');
    else if ((k === 'km' || k === 'max') && reason.code !== 'rule.age') out[k] = num(v);
    else if (k === 'causes' && typeof v === 'string') {
      out[k] = v
        .split(',')
        .filter(Boolean)
        .map((c) => {
          const [cause, n] = c.split(':');
          return `${t(`matching.cause.${cause}`, { age: p['age'] ?? '' })} ${n}×`;
        })
        .join(', ');
    } else out[k] = v;
  }
  const kind = p['kind'] ?? (reason.code === 'NO_CAPACITY' ? 'slot' : null);
  const key = `matching.reason.${reason.code}${kind ? `.${kind}` : ''}`;
  const text = t(key, out);
  return text && text !== key ? text : reason.text;
}

/** `{{ reason | reasonText }}` with `{ code?, params?, text }`: follows the active language (impure, small lists only). */
@Pipe({ name: 'reasonText', pure: false })
export class ReasonTextPipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);

  transform(reason: { code?: string | null; params?: Params | null; text: string }): string {
    const lang = this.transloco.getActiveLang();
    return reasonText(reason, (key, params) => this.transloco.translate(key, params), lang === 'en' ? 'en-GB' : 'de-DE');
  }
}
