import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { PermitApplicationDto } from '@lotse/shared/contracts';
import { provideLotseMaterial } from '@lotse/web/ui';
import type { SplitDecisionErrors } from '../shared/blocking';
import { DecisionFormComponent } from './decision-form.component';

const application: PermitApplicationDto = {
  id: '7f3c1c1e-0000-4000-8000-000000000001',
  childminderId: '7f3c1c1e-0000-4000-8000-000000000002',
  childminderName: 'Monika Schäfer',
  kind: 'initial',
  status: 'in_review',
  requestedMaxChildren: 5,
  note: null,
  submittedAt: '2026-11-20T09:00:00.000Z',
  blocking: [],
  checks: [],
  decision: null,
  refusalReason: null,
  decidedAt: null,
  decidedBy: null,
  withdrawnAt: null,
  withdrawalReason: null,
  permitId: null,
  version: 1,
};

describe('DecisionFormComponent', () => {
  let fixture: ComponentFixture<DecisionFormComponent>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const find = (id: string) => el().querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const q = (id: string): HTMLElement => {
    const found = find(id);
    if (!found) throw new Error(`no element with data-testid ${id}`);
    return found;
  };
  const qa = (id: string) => el().querySelectorAll<HTMLElement>(`[data-testid="${id}"]`);

  async function stable(): Promise<void> {
    fixture.detectChanges();
    await fixture.whenStable();
  }

  async function chooseDecision(value: string): Promise<void> {
    q(`decision-type-${value}`).querySelector('input')?.click();
    await stable();
  }

  async function type(testId: string, value: string): Promise<void> {
    const input = q(testId) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await stable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        DecisionFormComponent,
        TranslocoTestingModule.forRoot({ langs: { de: {} }, translocoConfig: { availableLangs: ['de'], defaultLang: 'de' } }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), provideLotseMaterial()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DecisionFormComponent);
    fixture.componentRef.setInput('application', application);
    await stable();
  });

  afterEach(() => http.verify());

  it('shows the reason field only below 5 children and refuses to submit without it', async () => {
    await chooseDecision('grant');
    expect(find('decision-reason-fewer')).toBeNull();
    await type('decision-max-children', '3');
    expect(find('decision-reason-fewer')).not.toBeNull();

    (q('decision-submit') as HTMLButtonElement).click();
    await stable();
    http.expectNone(() => true);
    expect(q('decision-error').textContent).toContain('permits.common.checkFields');
    expect(el().textContent).toContain('permits.validation.reasonRequired');

    await type('decision-max-children', '5');
    expect(find('decision-reason-fewer')).toBeNull();
  });

  it('collects conditions, sends them and hands blocking evidence of a 422 to the panel', async () => {
    const blocked: SplitDecisionErrors[] = [];
    fixture.componentInstance.blocked.subscribe((b) => blocked.push(b));

    await chooseDecision('grant_with_conditions');
    await type('decision-condition-input', '  Der Gartenteich ist kindersicher abzudecken. ');
    q('decision-condition-add').click();
    await stable();
    expect(qa('decision-condition')).toHaveLength(1);
    expect((q('decision-condition-input') as HTMLTextAreaElement).value).toBe('');

    // The same condition twice is refused with a message.
    await type('decision-condition-input', 'der gartenteich ist kindersicher abzudecken.');
    q('decision-condition-add').click();
    await stable();
    expect(qa('decision-condition')).toHaveLength(1);
    expect(q('decision-conditions-error').textContent).toContain('permits.list.problem.duplicate');

    (q('decision-submit') as HTMLButtonElement).click();
    await stable();
    const req = http.expectOne(`/api/permit-applications/${application.id}/decision`);
    expect(req.request.body).toEqual({
      decision: 'grant_with_conditions',
      maxChildren: 5,
      conditions: ['Der Gartenteich ist kindersicher abzudecken.'],
    });
    req.flush(
      {
        statusCode: 422,
        message: 'Die Pflegeerlaubnis kann noch nicht erteilt werden: 1 Pflichtnachweis(e) fehlen oder sind abgelaufen.',
        errors: [
          { field: 'evidence.first_aid', code: 'evidence', message: 'Erste-Hilfe-Kurs am Kind: Abgelaufen am 30.09.2026.' },
          { field: 'checks', code: 'homeVisit', message: 'Vor der Entscheidung ist ein Hausbesuch zu erfassen.' },
          {
            field: 'maxChildren',
            code: 'siteChildren',
            message: 'In einer Großtagespflege dürfen höchstens 9 Kinder gleichzeitig anwesend sein; mit dieser Erlaubnis wären es 11.',
          },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await stable();

    expect(blocked).toHaveLength(1);
    expect(blocked[0].blocking.map((b) => b.type)).toEqual(['first_aid']);
    expect(blocked[0].checks).toBe('Vor der Entscheidung ist ein Hausbesuch zu erfassen.');
    expect(el().textContent).toContain('mit dieser Erlaubnis wären es 11');
  });

  it('sends only the reason for a refusal', async () => {
    await chooseDecision('refuse');
    expect(find('decision-max-children')).toBeNull();
    await type('decision-refusal-reason', 'Die Räume sind nicht kindgerecht.');
    (q('decision-submit') as HTMLButtonElement).click();
    await stable();
    const req = http.expectOne(`/api/permit-applications/${application.id}/decision`);
    expect(req.request.body).toEqual({ decision: 'refuse', refusalReason: 'Die Räume sind nicht kindgerecht.' });
    req.flush({ application: application.id, permit: null });
  });
});
