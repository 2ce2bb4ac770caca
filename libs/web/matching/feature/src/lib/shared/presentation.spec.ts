import type { MatchingRunRowDto } from '@lotse/shared/contracts';
import {
  ageParts,
  formatKm,
  formatPercent,
  isActive,
  proposalErrorLines,
  resultsByRequest,
  runStatusBadge,
  selectable,
} from './presentation';

const row = (over: Partial<MatchingRunRowDto> = {}): MatchingRunRowDto => ({
  careRequestId: 'r1',
  child: { firstName: 'Emma', lastName: 'Becker', ageAtStartMonths: 16 },
  entitled: true,
  submittedAt: '2026-11-01T10:00:00Z',
  priority: 1,
  childminderId: 'c1',
  childminderName: 'Ayşe Demir',
  score: 80,
  distanceKm: 1.2,
  reasons: [],
  unplacedReason: null,
  unplacedCode: null,
  unplacedParams: null,
  proposalId: null,
  ...over,
});

describe('matching presentation', () => {
  it('splits an age into years and months', () => {
    expect(ageParts(16)).toEqual({ years: 1, months: 4 });
    expect(ageParts(11)).toEqual({ years: 0, months: 11 });
  });

  it('formats distances and shares in the locale', () => {
    expect(formatKm(2.44, 'de-DE')).toBe('2,4 km');
    expect(formatKm(2.44, 'en-GB')).toBe('2.4 km');
    expect(formatKm(null, 'de-DE')).toBe('–');
    expect(formatPercent(0.125, 'en-GB')).toBe('13%');
  });

  it('shows the server\'s field messages of a refused proposal, and 409 as "changed"', () => {
    expect(proposalErrorLines({ statusCode: 422, message: 'x', errors: [{ field: 'capacity', message: 'Mo 08:00–08:15 voll' }] })).toEqual({
      lines: ['Mo 08:00–08:15 voll'],
    });
    expect(proposalErrorLines({ statusCode: 422, message: 'Nicht möglich.', errors: [] })).toEqual({ lines: ['Nicht möglich.'] });
    expect(proposalErrorLines({ statusCode: 409, message: 'x', errors: [] }).key).toBe('matching.suggestions.changed');
  });

  it('gives every run status an icon and a text', () => {
    for (const s of ['queued', 'running', 'done', 'failed'] as const) {
      const b = runStatusBadge(s);
      expect(b.icon).toBeTruthy();
      expect(b.labelKey).toBe(`matching.runStatus.${s}`);
    }
  });

  it('selects only placed rows without a proposal, and reads per-row results', () => {
    expect(selectable(row())).toBe(true);
    expect(selectable(row({ childminderId: null, unplacedReason: 'keine' }))).toBe(false);
    expect(selectable(row({ proposalId: 'p1' }))).toBe(false);
    const map = resultsByRequest({
      results: [
        { careRequestId: 'r1', status: 201, proposalId: 'p', message: null },
        { careRequestId: 'r2', status: 422, proposalId: null, message: 'voll' },
      ],
    });
    expect(map.get('r1')).toEqual({ ok: true, message: null });
    expect(map.get('r2')).toEqual({ ok: false, message: 'voll' });
  });

  it('polls while queued or running', () => {
    expect(isActive({ status: 'queued' })).toBe(true);
    expect(isActive({ status: 'running' })).toBe(true);
    expect(isActive({ status: 'done' })).toBe(false);
    expect(isActive(null)).toBe(false);
  });
});
