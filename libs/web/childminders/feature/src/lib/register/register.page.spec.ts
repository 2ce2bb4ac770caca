import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { PublicOfficeDto } from '@lotse/shared/contracts';
import { provideLotseMaterial } from '@lotse/web/ui';
import type { ProfileForm } from '../shared/profile-form';
import { weeklyTimeGroup } from '../shared/weekly-times';
import { RegisterPage } from './register.page';

/** Not Kamen on purpose: slug and districts must come from the server, not from the client. */
const OFFICE: PublicOfficeDto = {
  slug: 'bergkamen',
  name: 'Stadt Bergkamen',
  department: 'Fachberatung Kindertagespflege',
  office: {
    name: 'Jugendamt Bergkamen',
    street: 'Rathausplatz 1',
    postcode: '59192',
    city: 'Bergkamen',
    phone: '02307 965-0',
    email: 'ktp@bergkamen.example',
    openingHours: [{ weekday: 1, from: '10:00', to: '12:00' }],
    byAppointmentNote: 'Termine nach Vereinbarung.',
  },
  districts: ['Mitte', 'Rünthe', 'Oberaden'],
  privacy: {
    controller: 'Stadt Bergkamen, Rathausplatz 1, 59192 Bergkamen',
    dataProtectionOfficer: 'datenschutz@bergkamen.example',
    purposes: ['Prüfung der Eignung (§ 43 SGB VIII).'],
    legalBasis: 'Art. 6 Abs. 1 lit. c und e DSGVO',
    retention: 'Bis zum Ende der Tätigkeit.',
    rights: ['Auskunft (Art. 15 DSGVO),', 'Beschwerde bei der LDI NRW.'],
  },
};

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

  /** The page with the office request pending (not stable until it is answered). */
  async function open() {
    const fixture = TestBed.createComponent(RegisterPage);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, el, http };
  }

  async function setup() {
    const { fixture, el, http } = await open();
    http.expectOne('/api/public/office').flush(OFFICE);
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
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('[data-testid="register-submit"]')?.click();
      await fixture.whenStable();
    };
    return { fixture, el, form, submit, http };
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
    expect(req.request.body).toMatchObject({
      tenantSlug: 'bergkamen',
      district: 'Mitte',
      email: 'lena@example.org',
      weeklyTimes: [{ weekday: 1, from: '07:30', to: '13:00' }],
    });
    req.flush(
      {
        statusCode: 400,
        message: 'Die Eingaben sind unvollständig oder ungültig.',
        errors: [
          {
            field: 'weeklyTimes.0.from',
            message: 'Bitte Uhrzeiten im Viertelstundentakt angeben (:00, :15, :30, :45).',
            code: 'isQuarterHour',
          },
          { field: 'district', message: 'Bitte einen Stadtteil wählen: Mitte, Methler.', code: 'district' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    const row = el.querySelector('[data-testid="weekly-time-row"]');
    expect(row?.querySelector('mat-error')?.textContent?.trim()).toBe(
      'Bitte Uhrzeiten im Viertelstundentakt angeben (:00, :15, :30, :45).',
    );
    const errors = [...el.querySelectorAll('mat-error')].map((e) => e.textContent?.trim()).filter(Boolean);
    expect(errors).toContain('Bitte einen Stadtteil wählen: Mitte, Methler.');
  });

  it('asks to confirm the address from the mail after success (no sign-in)', async () => {
    const { submit, http, fixture, el } = await setup();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    await submit();
    http.expectOne('/api/childminders/registrations').flush({ message: 'Vielen Dank!' }, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    http.expectNone('/api/auth/session');
    expect(navigate).not.toHaveBeenCalled();
    expect(el.querySelector('[data-testid="register-done"]')).not.toBeNull();
    expect(el.querySelector('form')).toBeNull();
  });

  it('shows progress while the office loads, and an error with a retry that loads it', async () => {
    const { fixture, el, http } = await open();
    expect(el.querySelector('[data-testid="loading"]')).not.toBeNull();
    expect(el.querySelector('form')).toBeNull();
    http.expectOne('/api/public/office').flush({ statusCode: 503 }, { status: 503, statusText: 'Service Unavailable' });
    await fixture.whenStable();
    expect(el.querySelector('form')).toBeNull();
    const retry = el.querySelector<HTMLButtonElement>('[data-testid="register-office-retry"]');
    expect(el.querySelector('[data-testid="register-office-error"]')).not.toBeNull();
    retry?.click();
    fixture.detectChanges();
    http.expectOne('/api/public/office').flush(OFFICE);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="register-office-error"]')).toBeNull();
    expect(el.querySelector('form')).not.toBeNull();
  });

  it("offers the office's districts and shows its contact and consultation hours", async () => {
    const { el, fixture } = await setup();
    el.querySelector<HTMLElement>('[data-testid="cm-district"]')?.click();
    await fixture.whenStable();
    const options = [...document.querySelectorAll('mat-option')].map((o) => o.textContent?.trim());
    expect(options).toEqual(expect.arrayContaining(['Mitte', 'Rünthe', 'Oberaden']));
    expect(options).not.toContain('Methler');
    const office = el.querySelector('[data-testid="register-office"]');
    expect(office?.textContent).toContain('02307 965-0');
    expect(office?.querySelector('[data-testid="opening-hours"]')?.textContent).toContain('10:00–12:00');
    expect(office?.querySelector('h2')?.getAttribute('lang')).toBe('de');
  });

  it('opens the privacy notice from the consent label without ticking the box', async () => {
    const { el, form, fixture } = await setup();
    form.controls.privacyNoticeAccepted.setValue(false);
    await fixture.whenStable();
    const link = el.querySelector<HTMLButtonElement>('[data-testid="cm-privacy"] [data-testid="privacy-notice-open"]');
    expect(link?.tagName).toBe('BUTTON');
    link?.click();
    await fixture.whenStable();
    const dialog = document.querySelector('[data-testid="privacy-notice"]');
    expect(dialog?.textContent).toContain('Stadt Bergkamen, Rathausplatz 1');
    expect(dialog?.querySelector('[data-testid="privacy-rights"]')?.getAttribute('lang')).toBe('de');
    expect(form.controls.privacyNoticeAccepted.value).toBe(false);
  });
});
