import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { ChecklistEntryDto, EvidenceChecklistDto, EvidenceRuleDto } from '@lotse/shared/contracts';
import { DocumentUploader } from '@lotse/web/childminders/data-access';
import { provideLotseMaterial } from '@lotse/web/ui';
import { EvidenceChecklistComponent } from './evidence-checklist.component';

const rule = (type: EvidenceRuleDto['type'], over: Partial<EvidenceRuleDto> = {}): EvidenceRuleDto => ({
  type,
  label: type,
  mandatory: true,
  validityMonths: null,
  maxAgeMonthsAtSubmission: null,
  unitsRequired: null,
  warningDays: 90,
  appliesTo: 'all',
  uploadAllowed: true,
  perHouseholdMember: false,
  updatedAt: '',
  version: 1,
  ...over,
});

const firstAid: ChecklistEntryDto = {
  type: 'first_aid',
  label: 'Erste-Hilfe-Kurs am Kind',
  personName: null,
  rule: rule('first_aid', { unitsRequired: 9, validityMonths: 24 }),
  status: 'expiring',
  expiresOn: '2026-12-01',
  warnFrom: '2026-09-02',
  reason: 'Läuft am 01.12.2026 ab.',
  selfRecordable: true,
  current: {
    id: 'i1',
    childminderId: 'c1',
    type: 'first_aid',
    personName: null,
    date: '2024-12-01',
    submittedOn: '2024-12-02',
    units: 9,
    note: null,
    expiresOn: '2026-12-01',
    current: true,
    acceptable: true,
    unacceptableReason: null,
    verified: false,
    recordedBy: { id: 'u1', name: 'Jürgen Weiß' },
    recordedAt: '2024-12-02T10:00:00Z',
    inspection: null,
    version: 1,
  },
  documents: [
    {
      id: 'd1',
      childminderId: 'c1',
      evidenceItemId: 'i1',
      evidenceType: 'first_aid',
      filename: 'erste-hilfe.pdf',
      contentType: 'application/pdf',
      sizeBytes: 2048,
      sha256: 'x',
      uploadedBy: { id: 'u1', name: 'Jürgen Weiß' },
      uploadedAt: '2024-12-02T10:00:00Z',
      status: 'rejected',
      reviewReason: 'Nicht lesbar.',
      reviewedBy: { id: 'a1', name: 'Sabine Krüger' },
      reviewedAt: '2024-12-03T10:00:00Z',
      version: 2,
    },
  ],
};

const goodConduct: ChecklistEntryDto = {
  type: 'good_conduct',
  label: 'Erweitertes Führungszeugnis',
  personName: null,
  rule: rule('good_conduct', { uploadAllowed: false, perHouseholdMember: true, validityMonths: 60, maxAgeMonthsAtSubmission: 3 }),
  status: 'missing',
  expiresOn: null,
  warnFrom: null,
  reason: 'Nicht nachgewiesen.',
  selfRecordable: false,
  current: null,
  documents: [],
};

const checklist: EvidenceChecklistDto = {
  childminderId: 'c1',
  today: '2026-11-25',
  entries: [firstAid, goodConduct],
  summary: { valid: 0, expiring: 1, expired: 0, missing: 1, not_required: 0 },
  complete: false,
  blockers: [],
};

describe('EvidenceChecklistComponent', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      imports: [
        EvidenceChecklistComponent,
        TranslocoTestingModule.forRoot({
          langs: { de: {} },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de', missingHandler: { logMissingKey: false } },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideLotseMaterial(), DocumentUploader],
    }),
  );

  async function render(role: 'advisor' | 'childminder') {
    const fixture = TestBed.createComponent(EvidenceChecklistComponent);
    fixture.componentRef.setInput('checklist', checklist);
    fixture.componentRef.setInput('fileRef', role === 'childminder' ? 'me' : 'c1');
    fixture.componentRef.setInput('viewer', role);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const entryOf = (type: string): HTMLElement => {
      const entry = el.querySelector<HTMLElement>(`[data-testid="evidence-entry"][data-evidence-type="${type}"]`);
      if (!entry) throw new Error(`no entry ${type}`);
      return entry;
    };
    return { el, entryOf };
  }

  it('shows status as icon + text (not colour alone), expiry and the reason', async () => {
    const { entryOf } = await render('childminder');
    const chip = entryOf('first_aid').querySelector('[data-testid="evidence-status"]');
    expect(chip?.getAttribute('data-status')).toBe('expiring');
    expect(chip?.querySelector('mat-icon')).not.toBeNull();
    expect(chip?.textContent?.trim()).toBe('evidence.status.expiring');
    expect(entryOf('first_aid').querySelector('[data-testid="evidence-reason"]')?.textContent).toContain('Läuft am 01.12.2026 ab.');
    expect(entryOf('first_aid').querySelector('[data-testid="evidence-expires"]')?.textContent?.trim()).toBe('01.12.2026');
  });

  it('lets the childminder record and upload first aid, and shows the rejection reason', async () => {
    const { entryOf } = await render('childminder');
    const fa = entryOf('first_aid');
    expect(fa.querySelector('[data-testid="evidence-record"]')).not.toBeNull();
    expect(fa.querySelector('[data-testid="evidence-upload"]')).not.toBeNull();
    expect(fa.querySelector('[data-testid="document-reason"]')?.textContent).toContain('Nicht lesbar.');
    expect(fa.querySelector('[data-testid="document-confirm"]')).toBeNull();
  });

  it('offers the childminder no upload and no recording for the certificate of good conduct, and explains why', async () => {
    const { entryOf } = await render('childminder');
    const gc = entryOf('good_conduct');
    expect(gc.querySelector('[data-testid="evidence-upload"]')).toBeNull();
    expect(gc.querySelector('[data-testid="evidence-record"]')).toBeNull();
    expect(gc.querySelector('[data-testid="good-conduct-notice"]')).not.toBeNull();
  });

  it('lets the advisor record the inspection, still without upload', async () => {
    const { entryOf } = await render('advisor');
    const gc = entryOf('good_conduct');
    expect(gc.querySelector('[data-testid="evidence-record"]')?.textContent).toContain('evidence.goodConduct.open');
    expect(gc.querySelector('[data-testid="evidence-upload"]')).toBeNull();
    expect(gc.querySelector('[data-testid="good-conduct-notice"]')).toBeNull();
  });
});
