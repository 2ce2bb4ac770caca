import type { PermitDto } from '@lotse/shared/contracts';
import { blockingBadge, canApprove, grantedNotIssued, pdfState, permitStatusBadge, splitCurrent } from './presentation';

const item = { type: 'first_aid', label: 'Erste-Hilfe-Kurs am Kind', personName: null, status: 'expired', reason: null };

describe('presentation', () => {
  it('shows the blocking count of open applications in red, none in green, the outcome of decided ones', () => {
    expect(blockingBadge({ status: 'submitted', blocking: [item, item], decision: null })).toEqual({
      icon: 'error',
      labelKey: 'permits.queue.blocking',
      params: { count: 2 },
      tone: 'danger',
    });
    expect(blockingBadge({ status: 'in_review', blocking: [], decision: null }).tone).toBe('success');
    expect(blockingBadge({ status: 'decided', blocking: [], decision: 'refuse' }).labelKey).toBe('permits.queue.refused');
    expect(blockingBadge({ status: 'decided', blocking: [], decision: 'grant_with_conditions' }).labelKey).toBe('permits.queue.granted');
  });

  it('knows when the document exists, is being rendered, or cannot exist yet', () => {
    const doc = { id: 'd', sha256: 'x', sizeBytes: 1, fileName: 'p.pdf' };
    expect(pdfState({ status: 'issued', number: 'KAM-2026-0001', document: doc })).toBe('ready');
    expect(pdfState({ status: 'issued', number: 'KAM-2026-0001', document: null })).toBe('rendering');
    expect(pdfState({ status: 'draft', number: null, document: null })).toBe('none');
    expect(pdfState({ status: 'approved', number: null, document: null })).toBe('none');
  });

  it('four eyes: a second advisor may approve a draft, the decider may not', () => {
    expect(canApprove({ status: 'draft', decidedById: 'u-sabine' }, { role: 'advisor', id: 'u-thomas' })).toBe(true);
    expect(canApprove({ status: 'draft', decidedById: 'u-sabine' }, { role: 'advisor', id: 'u-sabine' })).toBe(false);
    expect(canApprove({ status: 'issued', decidedById: 'u-sabine' }, { role: 'advisor', id: 'u-thomas' })).toBe(false);
    expect(canApprove({ status: 'draft', decidedById: 'u-sabine' }, { role: 'admin', id: 'u-petra' })).toBe(false);
    expect(canApprove({ status: 'draft', decidedById: 'u-sabine' }, null)).toBe(false);
  });

  it("picks the holder's issued permit as the current one and keeps the rest as history", () => {
    const p = (id: string, status: PermitDto['status']) => ({ id, status }) as PermitDto;
    const all = [p('a', 'superseded'), p('b', 'issued'), p('c', 'expired')];
    expect(splitCurrent(all)).toEqual({ current: all[1], history: [all[0], all[2]] });
    expect(splitCurrent([all[2]])).toEqual({ current: all[2], history: [] });
    expect(splitCurrent([])).toEqual({ current: null, history: [] });
  });

  it('shows statuses it does not know neutrally', () => {
    expect(permitStatusBadge('archived').labelKey).toBe('permits.common.unknown');
  });

  it('knows when a granted permit still waits for its issue (four eyes)', () => {
    expect(grantedNotIssued([{ id: 'a', decision: 'grant' }], [])).toBe(true);
    expect(grantedNotIssued([{ id: 'a', decision: 'grant_with_conditions' }], [{ applicationId: 'a' }])).toBe(false);
    expect(
      grantedNotIssued(
        [
          { id: 'a', decision: 'refuse' },
          { id: 'b', decision: null },
        ],
        [],
      ),
    ).toBe(false);
  });
});
