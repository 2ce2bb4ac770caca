import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { EvidenceSummaryComponent } from './evidence-summary.component';

const de = {
  evidence: {
    status: { valid: 'Gültig', expiring: 'Läuft bald ab', expired: 'Abgelaufen', missing: 'Fehlt', not_required: 'Nicht erforderlich' },
    summary: { label: 'Nachweise nach Status', none: 'Keine offenen Punkte' },
  },
};

describe('EvidenceSummaryComponent', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      imports: [
        EvidenceSummaryComponent,
        TranslocoTestingModule.forRoot({
          langs: { de },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
    }),
  );

  async function render(summary: Record<string, number>) {
    const fixture = TestBed.createComponent(EvidenceSummaryComponent);
    fixture.componentRef.setInput('summary', summary);
    await fixture.whenStable();
    return [...(fixture.nativeElement as HTMLElement).querySelectorAll('li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
  }

  it('lists the counts most urgent first, with text, and leaves out zeros', async () => {
    expect(await render({ valid: 4, expiring: 1, expired: 2, missing: 0, not_required: 1 })).toEqual([
      'Abgelaufen: 2',
      'Läuft bald ab: 1',
      'Gültig: 4',
      'Nicht erforderlich: 1',
    ]);
  });

  it('says so when there is nothing to show', async () => {
    expect(await render({ expiring: 0, expired: 0, missing: 0 })).toEqual(['Keine offenen Punkte']);
  });
});
