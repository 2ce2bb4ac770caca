import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { CareRequestDto, MatchingRunDto, SuggestionsDto } from '@lotse/shared/contracts';
import { provideLotseMaterial } from '@lotse/web/ui';
import { BatchPage, POLL_MS } from './batch/batch.page';
import { SuggestionsLinkComponent } from './suggestions-link.component';
import { SuggestionsPage } from './suggestions/suggestions.page';

const REQ = '7f3c1c1e-0000-4000-8000-000000000001';
const CM = '7f3c1c1e-0000-4000-8000-000000000002';
const RUN = '7f3c1c1e-0000-4000-8000-000000000003';

const careRequest = {
  id: REQ,
  childId: 'c',
  child: { firstName: 'Emma', lastName: 'Becker', dateOfBirth: '2026-03-14' },
  parentId: 'p',
  parentName: 'Julia Becker',
  status: 'submitted',
  desiredStart: '2027-08-01',
  schedule: [{ weekday: 1, from: '08:00', to: '12:30' }],
  weeklyHours: 4.5,
  address: { street: 'Am Markt 3', postcode: '59174', city: 'Kamen' },
  district: 'Mitte',
  maxDistanceKm: 5,
  needs: { specialNeeds: null, allergies: 'Tierhaare', animalAllergy: true, nutrition: null, languages: ['Deutsch'] },
  wishes: { noSmokingHousehold: true, petsOk: false, siblingsTogether: false, preferredChildminderId: null },
  notes: null,
  ageAtStartMonths: 16,
  entitled: true,
  submittedAt: '2026-11-20T09:00:00.000Z',
  enteredByStaff: false,
  closedAt: null,
  closedReason: null,
  version: 3,
} as CareRequestDto;

const suggestions: SuggestionsDto = {
  careRequestId: REQ,
  suggestions: [
    {
      childminderId: CM,
      childminderName: 'Ayşe Demir',
      district: 'Mitte',
      score: 55,
      distanceKm: 1.24,
      reasons: [
        { points: 40, reason: '1,2 km entfernt' },
        { points: 15, reason: 'spricht Deutsch' },
      ],
    },
  ],
  nearMisses: [
    {
      childminderId: 'x',
      childminderName: 'Petra Hund',
      distanceKm: 0.5,
      reasons: ['Haustiere im Haushalt, Kind hat Tierallergie'],
      codes: [{ code: 'rule.pets', params: {} }],
    },
  ],
  problem: null,
};

const run = (over: Partial<MatchingRunDto> = {}): MatchingRunDto => ({
  id: RUN,
  status: 'running',
  progress: 40,
  seed: 7,
  priorityOrder: 'Rechtsanspruch zuerst, dann früheres Anfragedatum, dann Los',
  requestedBy: 'a',
  createdAt: '2026-12-01T10:00:00.000Z',
  finishedAt: null,
  error: null,
  summary: null,
  rows: [],
  ...over,
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const translations = TranslocoTestingModule.forRoot({ langs: { de: {} }, translocoConfig: { availableLangs: ['de'], defaultLang: 'de' } });

function setup<T>(component: new (...args: never[]) => T): { fixture: ComponentFixture<T>; http: HttpTestingController } {
  TestBed.configureTestingModule({
    imports: [component, translations],
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideLotseMaterial()],
  });
  return { fixture: TestBed.createComponent(component), http: TestBed.inject(HttpTestingController) };
}

/** Renders and lets pending microtasks and timers of 0 ms run (whenStable would wait for the open requests). */
async function stable(fixture: ComponentFixture<unknown>): Promise<void> {
  fixture.detectChanges();
  await sleep(0);
  fixture.detectChanges();
}

const find = (fixture: ComponentFixture<unknown>, id: string) =>
  (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(`[data-testid="${id}"]`);
/** The element, or a failing test. */
const q = (fixture: ComponentFixture<unknown>, id: string): HTMLElement => {
  const el = find(fixture, id);
  if (!el) throw new Error(`no element with data-testid ${id}`);
  return el;
};
const qa = (fixture: ComponentFixture<unknown>, id: string) =>
  (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>(`[data-testid="${id}"]`);

describe('SuggestionsPage', () => {
  it('shows the facts, suggestions with their points on demand and near-misses; proposes with the request version and shows a 422 in German', async () => {
    const { fixture, http } = setup(SuggestionsPage);
    fixture.componentRef.setInput('id', REQ);
    await stable(fixture);
    http.expectOne(`/api/care-requests/${REQ}`).flush(careRequest);
    http.expectOne(`/api/care-requests/${REQ}/suggestions`).flush(suggestions);
    await stable(fixture);

    expect(q(fixture, 'fact-child')?.textContent).toContain('Emma Becker');
    expect(qa(fixture, 'suggestion')).toHaveLength(1);
    expect(find(fixture, 'suggestion-reasons')).toBeNull();
    const toggle = q(fixture, 'suggestion-reasons-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await stable(fixture);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(q(fixture, 'suggestion-reasons')?.textContent).toContain('1,2 km entfernt');
    expect(qa(fixture, 'near-miss')).toHaveLength(1);

    q(fixture, 'suggestion-propose').click();
    await stable(fixture);
    const post = http.expectOne(`/api/care-requests/${REQ}/proposals`);
    expect(post.request.body).toEqual({ childminderId: CM, requestVersion: 3 });
    post.flush(
      {
        statusCode: 422,
        message: 'Nicht möglich.',
        errors: [{ field: 'capacity', message: 'Mo 08:00–08:15: 6 Kinder gleichzeitig anwesend (höchstens 5)' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await stable(fixture);
    expect(q(fixture, 'suggestion-error')?.textContent).toContain('6 Kinder gleichzeitig anwesend');
    http.verify();
  });

  it('shows the empty state with the problem when nobody fits', async () => {
    const { fixture, http } = setup(SuggestionsPage);
    fixture.componentRef.setInput('id', REQ);
    await stable(fixture);
    http.expectOne(`/api/care-requests/${REQ}`).flush(careRequest);
    http
      .expectOne(`/api/care-requests/${REQ}/suggestions`)
      .flush({ ...suggestions, suggestions: [], nearMisses: [], problem: 'Adresse nicht im Ortsverzeichnis' });
    await stable(fixture);
    expect(q(fixture, 'suggestions-empty')?.textContent).toContain('Adresse nicht im Ortsverzeichnis');
    expect(q(fixture, 'suggestions-problem')?.textContent).toContain('Adresse nicht im Ortsverzeichnis');
  });
});

describe('BatchPage', () => {
  it('polls a running run until it is done, then shows the summary and sends the selected rows', async () => {
    const { fixture, http } = setup(BatchPage);
    fixture.componentRef.setInput('id', RUN);
    await stable(fixture);
    await sleep(5);
    http.expectOne('/api/matching/runs?page=1&pageSize=10').flush({ items: [], total: 0, page: 1, pageSize: 10 });
    http.expectOne(`/api/matching/runs/${RUN}`).flush(run());
    await stable(fixture);
    expect(q(fixture, 'run-progress-text')?.getAttribute('role')).toBe('status');
    expect(q(fixture, 'run-progress-text')?.textContent).toContain('matching.batch.running');
    expect(q(fixture, 'priority-order-text')?.textContent).toContain('Rechtsanspruch zuerst');

    await sleep(POLL_MS + 50);
    const rows = [
      {
        careRequestId: REQ,
        child: { firstName: 'Noah', lastName: 'Y', ageAtStartMonths: 20 },
        entitled: true,
        submittedAt: '2026-11-01T00:00:00Z',
        priority: 1,
        childminderId: CM,
        childminderName: 'Ayşe Demir',
        score: 80,
        distanceKm: 1,
        reasons: [{ points: 40, reason: 'nah' }],
        unplacedReason: null,
        unplacedCode: null,
        unplacedParams: null,
        proposalId: null,
      },
      {
        careRequestId: 'r2',
        child: { firstName: 'Paul', lastName: 'S', ageAtStartMonths: 61 },
        entitled: true,
        submittedAt: '2026-11-02T00:00:00Z',
        priority: 2,
        childminderId: null,
        childminderName: null,
        score: null,
        distanceKm: null,
        reasons: [],
        unplacedReason: 'keine passende Tagespflegeperson',
        unplacedCode: null,
        unplacedParams: null,
        proposalId: null,
      },
    ];
    const summary = { requests: 2, placed: 1, entitledRequests: 2, entitledPlaced: 1, upperBound: 1, gap: 0, millis: 5, skipped: 0 };
    http.expectOne(`/api/matching/runs/${RUN}`).flush(run({ status: 'done', progress: 100, summary, rows }));
    await stable(fixture);
    // The run ended while on the page: the list of earlier runs is read again.
    http
      .expectOne('/api/matching/runs?page=1&pageSize=10')
      .flush({ items: [run({ status: 'done', summary })], total: 1, page: 1, pageSize: 10 });
    await stable(fixture);
    expect(find(fixture, 'run-summary')).not.toBeNull();
    expect(qa(fixture, 'run-row')).toHaveLength(2);
    expect(qa(fixture, 'run-select')).toHaveLength(1); // the unplaced row cannot be selected
    expect(q(fixture, 'row-unplaced')?.textContent).toContain('keine passende Tagespflegeperson');

    (q(fixture, 'run-select').querySelector('input') as HTMLInputElement).click();
    await stable(fixture);
    q(fixture, 'run-send').click();
    await stable(fixture);
    const post = http.expectOne(`/api/matching/runs/${RUN}/proposals`);
    expect(post.request.body).toEqual({ careRequestIds: [REQ] });
    post.flush({ results: [{ careRequestId: REQ, status: 422, proposalId: null, message: 'Mo 08:00–08:15 voll' }] });
    await stable(fixture);
    await sleep(5);
    http.expectOne(`/api/matching/runs/${RUN}`).flush(run({ status: 'done', progress: 100, summary, rows }));
    await stable(fixture);
    expect(q(fixture, 'row-result-failed')?.textContent).toContain('Mo 08:00–08:15 voll');
    http.verify();
  });
});

describe('SuggestionsLinkComponent', () => {
  it("links to the request's suggestions", async () => {
    const { fixture } = setup(SuggestionsLinkComponent);
    fixture.componentRef.setInput('requestId', REQ);
    await stable(fixture);
    expect(q(fixture, 'suggestions-link').getAttribute('href')).toBe(`/advisor/matching/requests/${REQ}`);
    expect(q(fixture, 'suggestions-link').textContent).toContain('matchingLink.suggestions');
  });
});
