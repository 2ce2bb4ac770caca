import { FormControl } from '@angular/forms';
import type { ChecklistEntryDto, EvidenceRuleDto } from '@lotse/shared/contracts';
import { canDelete, canRecord, canUpload, ruleFacts } from './evidence-rules';
import { fileValidator, formatBytes } from './file-picker';
import { stepText } from './next-steps.component';
import { pathSteps } from './status-path';

const rule = (over: Partial<EvidenceRuleDto> = {}): EvidenceRuleDto => ({
  type: 'first_aid',
  label: 'Erste-Hilfe-Kurs am Kind',
  mandatory: true,
  validityMonths: 24,
  maxAgeMonthsAtSubmission: null,
  unitsRequired: 9,
  warningDays: 90,
  appliesTo: 'all',
  uploadAllowed: true,
  perHouseholdMember: false,
  updatedAt: '',
  version: 1,
  ...over,
});

const entry = (over: Partial<ChecklistEntryDto> = {}): ChecklistEntryDto => ({
  type: 'first_aid',
  label: 'Erste-Hilfe-Kurs am Kind',
  personName: null,
  rule: rule(),
  status: 'valid',
  expiresOn: null,
  warnFrom: null,
  reason: null,
  selfRecordable: true,
  current: { id: 'i1' } as ChecklistEntryDto['current'],
  documents: [],
  ...over,
});

describe('evidence actions', () => {
  it('never offers an upload for the certificate of good conduct', () => {
    const goodConduct = entry({ type: 'good_conduct', rule: rule({ type: 'good_conduct', uploadAllowed: false }), selfRecordable: false });
    expect(canUpload(goodConduct)).toBe(false);
    // Not even if the rule data said otherwise: the law forbids copies.
    expect(canUpload({ ...goodConduct, rule: rule({ uploadAllowed: true }) })).toBe(false);
    expect(canRecord(goodConduct, 'childminder')).toBe(false);
    expect(canRecord(goodConduct, 'advisor')).toBe(true);
  });

  it('offers an upload only once an item exists', () => {
    expect(canUpload(entry())).toBe(true);
    expect(canUpload(entry({ current: null }))).toBe(false);
  });

  it('offers the childminder a delete only for unconfirmed items; advisors any item', () => {
    const item = (verified: boolean) => ({ id: 'i1', verified }) as ChecklistEntryDto['current'];
    expect(canDelete(entry({ current: item(false) }), 'childminder')).toBe(true);
    expect(canDelete(entry({ current: item(true) }), 'childminder')).toBe(false);
    expect(canDelete(entry({ current: item(true) }), 'advisor')).toBe(true);
    expect(canDelete(entry({ current: null }), 'advisor')).toBe(false);
  });

  it('describes a rule in words', () => {
    expect(ruleFacts(rule()).map((f) => f.key)).toEqual(['evidence.rule.mandatory', 'evidence.rule.units', 'evidence.rule.validity']);
    expect(
      ruleFacts(
        rule({
          mandatory: false,
          validityMonths: null,
          unitsRequired: null,
          maxAgeMonthsAtSubmission: 3,
          perHouseholdMember: true,
          appliesTo: 'born_after_1970',
        }),
      ),
    ).toEqual([
      { key: 'evidence.rule.optional' },
      { key: 'evidence.rule.born1970' },
      { key: 'evidence.rule.once' },
      { key: 'evidence.rule.maxAge', params: { months: 3 } },
      { key: 'evidence.rule.household' },
    ]);
  });
});

describe('file checks before upload', () => {
  const check = (file: File) => fileValidator(1024)(new FormControl(file));

  it('accepts PDF, JPEG and PNG within the limit', () => {
    expect(check(new File(['%PDF-1.4'], 'a.pdf', { type: 'application/pdf' }))).toBeNull();
    expect(check(new File(['x'], 'scan.JPG'))).toBeNull();
  });

  it('refuses other types, empty and too large files', () => {
    expect(check(new File(['x'], 'a.docx', { type: 'application/msword' }))).toEqual({ fileType: true });
    expect(check(new File([], 'a.pdf', { type: 'application/pdf' }))).toEqual({ fileEmpty: true });
    expect(check(new File([new Uint8Array(2048)], 'a.png', { type: 'image/png' }))).toEqual({ fileSize: { max: '1 KB' } });
  });

  it('formats sizes for people', () => {
    expect(formatBytes(10 * 1024 * 1024, 'de-DE')).toBe('10 MB');
    expect(formatBytes(1536, 'de-DE')).toBe('1,5 KB');
    expect(formatBytes(1536, 'en-GB')).toBe('1.5 KB');
  });
});

describe('next steps', () => {
  const t = (key: string, params?: Record<string, unknown>) =>
    ({
      'childminders.path.steps.status.apply': 'Hand in your application.',
      'evidence.types.first_aid': 'First aid',
      'childminders.path.steps.evidence': `${params?.['label']}: please provide.`,
    })[key] ?? key;

  it('shows the German text in German', () => {
    expect(stepText({ code: 'status.apply', text: 'Bewerbung einreichen.', evidenceType: null }, 'de', t)).toEqual({
      text: 'Bewerbung einreichen.',
      lang: null,
    });
  });

  it('translates known codes and names the evidence in other languages', () => {
    expect(stepText({ code: 'status.apply', text: 'x', evidenceType: null }, 'en', t)).toEqual({
      text: 'Hand in your application.',
      lang: null,
    });
    expect(stepText({ code: 'evidence.first_aid', text: 'x', evidenceType: 'first_aid' }, 'en', t)).toEqual({
      text: 'First aid: please provide.',
      lang: null,
    });
  });

  it('falls back to the German text, marked as German, for unknown codes', () => {
    expect(stepText({ code: 'status.new_step', text: 'Neu.', evidenceType: null }, 'en', t)).toEqual({ text: 'Neu.', lang: 'de' });
  });
});

describe('status path', () => {
  it('marks done, current and open steps', () => {
    expect(pathSteps('in_qualification').map((s) => s.state)).toEqual(['done', 'done', 'current', 'todo', 'todo']);
    expect(pathSteps('active').map((s) => s.state)).toEqual(['done', 'done', 'done', 'done', 'current']);
  });

  it('treats paused as after the permit and ended as stopped', () => {
    expect(pathSteps('paused').every((s) => s.state === 'done')).toBe(true);
    expect(pathSteps('ended').every((s) => s.state === 'todo')).toBe(true);
  });
});
