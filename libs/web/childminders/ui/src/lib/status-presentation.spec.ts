import { CHILDMINDER_STATUS_VALUES, DOCUMENT_REVIEW_STATUS_VALUES, EVIDENCE_STATUS_VALUES } from '@lotse/web/ui';
import {
  CHILDMINDER_STATUS_PRESENTATION,
  DOCUMENT_STATUS_PRESENTATION,
  EVIDENCE_STATUS_PRESENTATION,
  EVIDENCE_STATUS_URGENCY,
  childminderStatusPresentation,
  documentStatusPresentation,
  evidenceStatusPresentation,
} from './status-presentation';

describe('evidence status presentation', () => {
  it('colour-codes the statuses: green, amber, red, red outline, grey', () => {
    expect(Object.fromEntries(EVIDENCE_STATUS_VALUES.map((s) => [s, EVIDENCE_STATUS_PRESENTATION[s].tone]))).toEqual({
      valid: 'success',
      expiring: 'warning',
      expired: 'danger',
      missing: 'missing',
      not_required: 'neutral',
    });
  });

  it('never relies on colour alone: each status has its own icon and its own text', () => {
    const icons = EVIDENCE_STATUS_VALUES.map((s) => EVIDENCE_STATUS_PRESENTATION[s].icon);
    const labels = EVIDENCE_STATUS_VALUES.map((s) => EVIDENCE_STATUS_PRESENTATION[s].labelKey);
    expect(new Set(icons).size).toBe(EVIDENCE_STATUS_VALUES.length);
    expect(labels).toEqual(EVIDENCE_STATUS_VALUES.map((s) => `evidence.status.${s}`));
  });

  it('orders statuses by urgency, expired first', () => {
    expect([...EVIDENCE_STATUS_URGENCY].sort()).toEqual([...EVIDENCE_STATUS_VALUES].sort());
    expect(EVIDENCE_STATUS_URGENCY[0]).toBe('expired');
  });

  it('shows an unknown status neutrally instead of failing', () => {
    expect(evidenceStatusPresentation('suspended')).toEqual({ icon: 'help', labelKey: 'common.unknown', tone: 'neutral' });
    expect(evidenceStatusPresentation('valid').tone).toBe('success');
  });
});

describe('document and childminder status presentation', () => {
  it('covers every review status with distinct icons', () => {
    expect(DOCUMENT_REVIEW_STATUS_VALUES.map((s) => DOCUMENT_STATUS_PRESENTATION[s].tone)).toEqual(['warning', 'success', 'danger']);
    expect(new Set(DOCUMENT_REVIEW_STATUS_VALUES.map((s) => DOCUMENT_STATUS_PRESENTATION[s].icon)).size).toBe(3);
    expect(documentStatusPresentation('pending').labelKey).toBe('evidence.documentStatus.pending');
  });

  it('labels every lifecycle status; only an active childminder is green', () => {
    for (const s of CHILDMINDER_STATUS_VALUES) {
      expect(childminderStatusPresentation(s).labelKey).toBe(`childminders.status.${s}`);
    }
    expect(CHILDMINDER_STATUS_VALUES.filter((s) => CHILDMINDER_STATUS_PRESENTATION[s].tone === 'success')).toEqual(['active']);
  });
});
