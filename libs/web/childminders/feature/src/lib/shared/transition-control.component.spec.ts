import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { FormGroup } from '@angular/forms';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { ChildminderProfileDto } from '@lotse/shared/contracts';
import { provideLotseMaterial } from '@lotse/web/ui';
import { TransitionControlComponent } from './transition-control.component';

const transloco = TranslocoTestingModule.forRoot({
  langs: { de: {} },
  translocoConfig: { availableLangs: ['de'], defaultLang: 'de', missingHandler: { logMissingKey: false } },
  preloadLangs: true,
});

describe('TransitionControlComponent', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      imports: [TransitionControlComponent, transloco],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideLotseMaterial()],
    }),
  );

  async function render(nextStatuses: string[]) {
    const fixture = TestBed.createComponent(TransitionControlComponent);
    fixture.componentRef.setInput('profile', { id: 'c1', version: 7 } as ChildminderProfileDto);
    fixture.componentRef.setInput('nextStatuses', nextStatuses);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const form = (fixture.componentInstance as unknown as { form: FormGroup }).form;
    return { fixture, el, form, http: TestBed.inject(HttpTestingController) };
  }

  it('submits the chosen status with the version and the note', async () => {
    const { fixture, el, form, http } = await render(['applicant', 'ended']);
    const changed = jest.fn();
    fixture.componentInstance.changed.subscribe(changed);
    form.setValue({ to: 'applicant', note: ' Infoabend besucht ' });
    el.querySelector<HTMLButtonElement>('[data-testid="transition-submit"]')?.click();
    const req = http.expectOne('/api/childminders/c1/transitions');
    expect(req.request.body).toEqual({ to: 'applicant', version: 7, note: 'Infoabend besucht' });
    req.flush({ id: 'c1', status: 'applicant', version: 8 });
    expect(changed).toHaveBeenCalledWith({ id: 'c1', status: 'applicant', version: 8 });
  });

  it("shows the server's reason when the change is refused", async () => {
    const { fixture, el, form, http } = await render(['active', 'ended']);
    form.setValue({ to: 'active', note: '' });
    el.querySelector<HTMLButtonElement>('[data-testid="transition-submit"]')?.click();
    const reason = 'Aktiv wird eine Tagespflegeperson erst mit einer gültigen Pflegeerlaubnis.';
    http
      .expectOne('/api/childminders/c1/transitions')
      .flush(
        { statusCode: 422, message: reason, errors: [{ field: 'to', message: reason, code: 'transition' }] },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="transition-error"]')?.textContent?.trim()).toBe(reason);
  });

  it('offers nothing when no change is possible', async () => {
    const { el } = await render([]);
    expect(el.querySelector('[data-testid="transition-none"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="transition-select"]')).toBeNull();
  });
});

describe('TransitionControlComponent after a change', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      imports: [TransitionControlComponent, transloco],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideLotseMaterial()],
    }),
  );

  it('starts over without showing the emptied select as an error', async () => {
    const fixture = TestBed.createComponent(TransitionControlComponent);
    fixture.componentRef.setInput('profile', { id: 'c1', version: 1 } as ChildminderProfileDto);
    fixture.componentRef.setInput('nextStatuses', ['applicant']);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    (fixture.componentInstance as unknown as { form: FormGroup }).form.setValue({ to: 'applicant', note: '' });
    el.querySelector<HTMLButtonElement>('[data-testid="transition-submit"]')?.click();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/childminders/c1/transitions')
      .flush({ id: 'c1', status: 'applicant', version: 2 });
    await fixture.whenStable();
    expect(el.querySelectorAll('mat-error').length).toBe(0);
  });
});
