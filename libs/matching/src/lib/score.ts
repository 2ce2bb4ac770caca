import { germanDate, isoOfDay } from './time';
import type { CmModel, ReqModel } from './model';

/** Points of the transparent fit score (max 105); every point comes with the sentence shown to the advisor. */
export const POINTS = { distance: 40, coverage: 20, language: 15, nutrition: 5, siblings: 15, continuity: 10 } as const;

/**
 * A reason as data, for translations: `code` names the sentence, `params` fill it. Conventions:
 * `date` an ISO date, `km`/`max` kilometres (numbers), `slot` one week slot "day|HH:MM|HH:MM" (day 0 = Monday),
 * `slots` several slots joined by ",", `languages`/`needs` lists joined by ", ". The German `reason` text
 * next to it stays (CLI, replay format, stored runs).
 */
export interface ReasonCode {
  code: string;
  params: Record<string, string | number>;
}

export interface ScorePart extends ReasonCode {
  points: number;
  reason: string;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

function km(x: number): string {
  return x.toFixed(1).replace('.', ',');
}

/** Static part of the score (everything but siblings), in whole points. */
export function staticScore(r: ReqModel, m: CmModel, dist: number): number {
  // the same numbers as scoreParts, without building the sentences (hot path of the batch)
  const max = r.src.maxDistanceKm;
  let score = max > 0 ? Math.round(POINTS.distance * Math.max(0, 1 - dist / max)) : POINTS.distance;
  let covered = 0;
  for (let k = 0; k < r.runs.length; k += 2) covered += m.offeredPrefix[r.runs[k + 1]] - m.offeredPrefix[r.runs[k]];
  score += Math.round(POINTS.coverage * (r.slots.length ? covered / r.slots.length : 1));
  const langs = r.src.languages;
  if (langs.length > 0) {
    if (m.languages.has(langs[0])) score += POINTS.language;
    else if (langs.some((l) => m.languages.has(l))) score += Math.round(POINTS.language / 2);
  }
  const needs = r.src.nutrition ?? [];
  if (needs.length > 0 && needs.every((n) => m.nutrition.has(n))) score += POINTS.nutrition;
  score += Math.max(0, Math.min(POINTS.continuity, Math.floor((POINTS.continuity * (m.permitUntil - r.start)) / 365)));
  return score;
}

export function scoreParts(r: ReqModel, m: CmModel, dist: number, siblingThere: boolean): ScorePart[] {
  const parts: ScorePart[] = [];
  const max = r.src.maxDistanceKm;
  const dPoints = max > 0 ? Math.round(POINTS.distance * Math.max(0, 1 - dist / max)) : POINTS.distance;
  parts.push({
    points: dPoints,
    reason: `${km(dist)} km entfernt (gewünscht höchstens ${km(max)} km)`,
    code: 'score.distance',
    params: { km: round1(dist), max: round1(max) },
  });

  let covered = 0;
  for (let k = 0; k < r.slots.length; k++) if (m.offered[r.slots[k]]) covered++;
  const share = r.slots.length ? covered / r.slots.length : 1;
  parts.push({
    points: Math.round(POINTS.coverage * share),
    reason: `${Math.round(share * 100)} % der gewünschten Betreuungszeit angeboten`,
    code: 'score.coverage',
    params: { percent: Math.round(share * 100) },
  });

  const langs = r.src.languages;
  if (langs.length > 0) {
    if (m.languages.has(langs[0])) {
      parts.push({
        points: POINTS.language,
        reason: `spricht die Familiensprache (${langs[0]})`,
        code: 'score.familyLanguage',
        params: { language: langs[0] },
      });
    } else {
      const shared = langs.filter((l) => m.languages.has(l));
      parts.push(
        shared.length
          ? {
              points: Math.round(POINTS.language / 2),
              reason: `gemeinsame Sprache: ${shared.join(', ')}`,
              code: 'score.sharedLanguage',
              params: { languages: shared.join(', ') },
            }
          : {
              points: 0,
              reason: `keine der Sprachen ${langs.join(', ')}`,
              code: 'score.noLanguage',
              params: { languages: langs.join(', ') },
            },
      );
    }
  }

  const needs = r.src.nutrition ?? [];
  if (needs.length > 0) {
    const missing = needs.filter((n) => !m.nutrition.has(n));
    parts.push(
      missing.length
        ? {
            points: 0,
            reason: `Ernährung nicht angeboten: ${missing.join(', ')}`,
            code: 'score.nutritionMissing',
            params: { needs: missing.join(', ') },
          }
        : {
            points: POINTS.nutrition,
            reason: `Ernährung angeboten: ${needs.join(', ')}`,
            code: 'score.nutritionMet',
            params: { needs: needs.join(', ') },
          },
    );
  }

  if (siblingThere)
    parts.push({ points: POINTS.siblings, reason: 'Geschwisterkind bei dieser Tagespflegeperson', code: 'score.siblings', params: {} });

  const days = m.permitUntil - r.start;
  const cont = Math.max(0, Math.min(POINTS.continuity, Math.floor((POINTS.continuity * days) / 365)));
  parts.push({
    points: cont,
    reason:
      cont === POINTS.continuity
        ? `Pflegeerlaubnis gültig bis ${germanDate(m.permitUntil)}: mindestens ein Jahr ohne Wechsel`
        : `Pflegeerlaubnis nur bis ${germanDate(m.permitUntil)}: Wechsel innerhalb eines Jahres möglich`,
    code: cont === POINTS.continuity ? 'score.continuityYear' : 'score.continuityShort',
    params: { date: isoOfDay(m.permitUntil) },
  });
  return parts;
}
