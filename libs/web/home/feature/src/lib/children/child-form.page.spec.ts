import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { provideLotseMaterial } from '@lotse/web/ui';
import { ChildFormPage } from './child-form.page';

const de = { validation: { required: 'Bitte füllen Sie dieses Feld aus.' } };

describe('ChildFormPage', () => {
  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [
        ChildFormPage,
        TranslocoTestingModule.forRoot({
          langs: { de, en: de },
          translocoConfig: { availableLangs: ['de', 'en'], defaultLang: 'de', missingHandler: { logMissingKey: false } },
          preloadLangs: true,
        }),
      ],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideLotseMaterial()],
    }).compileComponents();
  });

  async function fill() {
    const fixture = TestBed.createComponent(ChildFormPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const type = (id: string, value: string) => {
      const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-testid="${id}"]`);
      if (!input) throw new Error(id);
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('blur'));
    };
    type('child-first-name', ' Mia ');
    type('child-last-name', 'Muster');
    type('child-dob', '01.03.2021');
    type('child-notes', '');
    el.querySelector<HTMLButtonElement>('[data-testid="child-submit"]')?.click();
    await fixture.whenStable();
    return { fixture, el, http: TestBed.inject(HttpTestingController) };
  }

  it('sends the German date as YYYY-MM-DD and leaves out empty notes', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const { http, fixture } = await fill();
    const req = http.expectOne('/api/children');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ firstName: 'Mia', lastName: 'Muster', dateOfBirth: '2021-03-01' });
    req.flush({
      id: 'c1',
      parentId: 'p1',
      firstName: 'Mia',
      lastName: 'Muster',
      dateOfBirth: '2021-03-01',
      notes: null,
      createdAt: '',
      version: 1,
    });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/parent/children', 'c1']);
  });

  it('shows the server field errors under the fields and the rest above the form', async () => {
    const { http, fixture, el } = await fill();
    http.expectOne('/api/children').flush(
      {
        statusCode: 400,
        message: 'Ungültige Eingaben',
        errors: [
          { field: 'dateOfBirth', message: 'Das Datum darf nicht in der Zukunft liegen.', code: 'dateNotFuture' },
          { field: 'siblings', message: 'Die Eigenschaft siblings ist nicht erlaubt.', code: 'whitelistValidation' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect([...el.querySelectorAll('mat-error')].map((e) => e.textContent?.trim())).toEqual([
      'Das Datum darf nicht in der Zukunft liegen.',
    ]);
    expect(el.querySelector('[data-testid="child-form-error"]')?.textContent?.trim()).toBe('Die Eigenschaft siblings ist nicht erlaubt.');
  });
});
