import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { provideLotseMaterial } from '@lotse/web/ui';
import type { ProfileForm } from '../shared/profile-form';
import { weeklyTimeGroup } from '../shared/weekly-times';
import { RegisterPage } from './register.page';

describe('RegisterPage', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      imports: [
        RegisterPage,
        TranslocoTestingModule.forRoot({
          langs: { de: { register: { checkFields: 'Bitte prüfen Sie die markierten Angaben.' } } },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de', missingHandler: { logMissingKey: false } },
          preloadLangs: true,
        }),
      ],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideLotseMaterial()],
    }),
  );

  async function setup() {
    const fixture = TestBed.createComponent(RegisterPage);
    await fixture.whenStable();
    const form = (fixture.componentInstance as unknown as { form: ProfileForm }).form;
    form.patchValue({
      firstName: 'Lena',
      lastName: 'Brückner',
      dateOfBirth: new Date(1990, 4, 17),
      email: 'lena@example.org',
      password: 'Kindertagespflege-2026',
      privacyNoticeAccepted: true,
      address: { street: 'Bahnhofstraße 12', postcode: '59174', city: 'Kamen' },
      district: 'Mitte',
    });
    form.controls.weeklyTimes.push(weeklyTimeGroup({ weekday: 1, from: '07:30', to: '13:00' }));
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('[data-testid="register-submit"]')?.click();
      await fixture.whenStable();
    };
    return { fixture, el, form, submit, http: TestBed.inject(HttpTestingController) };
  }

  it('sends nothing while the form is invalid and says why', async () => {
    const { el, form, submit, http } = await setup();
    form.controls.address.controls.postcode.setValue('591');
    await submit();
    http.expectNone('/api/childminders/registrations');
    expect(el.querySelector('[data-testid="register-error"]')?.textContent).toContain('Bitte prüfen Sie die markierten Angaben.');
    expect(form.controls.address.controls.postcode.errors).toEqual({ postcode: true });
  });

  it('shows server field errors under the nested and array controls they name', async () => {
    const { el, submit, http, fixture } = await setup();
    await submit();
    const req = http.expectOne('/api/childminders/registrations');
    expect(req.request.body).toMatchObject({ tenantSlug: 'kamen', email: 'lena@example.org', weeklyTimes: [{ weekday: 1, from: '07:30', to: '13:00' }] });
    req.flush(
      {
        statusCode: 400,
        message: 'Die Eingaben sind unvollständig oder ungültig.',
        errors: [
          { field: 'weeklyTimes.0.from', message: 'Bitte Uhrzeiten im Viertelstundentakt angeben (:00, :15, :30, :45).', code: 'isQuarterHour' },
          { field: 'district', message: 'Bitte einen Stadtteil wählen: Mitte, Methler.', code: 'district' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    const row = el.querySelector('[data-testid="weekly-time-row"]');
    expect(row?.querySelector('mat-error')?.textContent?.trim()).toBe('Bitte Uhrzeiten im Viertelstundentakt angeben (:00, :15, :30, :45).');
    const errors = [...el.querySelectorAll('mat-error')].map((e) => e.textContent?.trim()).filter(Boolean);
    expect(errors).toContain('Bitte einen Stadtteil wählen: Mitte, Methler.');
  });

  it('signs in and opens the childminder home after success', async () => {
    const { submit, http, fixture } = await setup();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await submit();
    http.expectOne('/api/childminders/registrations').flush({ id: 'c1', firstName: 'Lena', userId: 'u1' }, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    http.expectOne('/api/auth/me').flush({ id: 'u1', email: 'lena@example.org', displayName: 'Lena Brückner', role: 'childminder', tenantId: 't', tenantName: 'Stadt Kamen', locale: 'de' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith('/childminder');
  });
});
