import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Notifier } from '@lotse/web/core';
import { provideLotseMaterial } from '@lotse/web/ui';
import { ProfilePage } from '../profile/profile.page';
import { ConfirmEmailPage } from './confirm-email.page';
import { VerifyEmailPage } from './verify-email.page';

const de = {
  common: { loading: 'Wird geladen …' },
  validation: { required: 'Bitte füllen Sie dieses Feld aus.', email: 'Bitte eine gültige E-Mail-Adresse.' },
  errors: { network: 'Netz', server: 'Server' },
  auth: {
    login: { email: 'E-Mail-Adresse' },
    reset: { password: 'Neues Passwort', repeat: 'Wiederholen', showPassword: 'Anzeigen', rules: 'Mindestens {{min}} Zeichen.' },
    verify: {
      title: 'E-Mail-Adresse bestätigen',
      done: 'Bestätigt.',
      toLogin: 'Zur Anmeldung',
      resend: 'Neuen Link senden',
      resentText: 'Neuer Link unterwegs.',
      invalidTitle: 'Ungültig',
      invalid: 'Link ungültig.',
    },
    confirmEmail: {
      title: 'Neue E-Mail-Adresse',
      done: 'Gilt ab sofort.',
      toProfile: 'Zum Profil',
      taken: 'Vergeben.',
      invalid: 'Link ungültig.',
    },
  },
  profile: {
    title: 'Profil',
    password: { title: 'Passwort ändern', current: 'Aktuelles Passwort' },
    emailChange: { title: 'E-Mail-Adresse ändern', new: 'Neue E-Mail-Adresse', submit: 'Senden', pending: 'Link an {{email}} geschickt.' },
  },
};
const USER = {
  id: 'u1',
  email: 'a@b.de',
  firstName: 'Lea',
  lastName: 'Kaya',
  phone: null,
  role: 'parent',
  locale: 'de',
  version: 1,
  active: true,
};

describe('e-mail links in the web client', () => {
  const success = jest.fn();

  beforeEach(async () => {
    success.mockReset();
    await TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { de },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de', missingHandler: { logMissingKey: false } },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideLotseMaterial(),
        { provide: Notifier, useValue: { success, error: jest.fn() } },
      ],
    }).compileComponents();
  });

  const text = (el: HTMLElement, id: string) => el.querySelector(`[data-testid="${id}"]`)?.textContent?.trim();

  it('/verify-email sends the token once and then leads to the login', async () => {
    const fixture = TestBed.createComponent(VerifyEmailPage);
    fixture.componentRef.setInput('token', 'abc_-1');
    fixture.detectChanges();
    const req = TestBed.inject(HttpTestingController).expectOne('/api/auth/verify-email');
    expect(req.request.body).toEqual({ token: 'abc_-1' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(text(el, 'verify-done')).toBe('Bestätigt.');
    expect(el.querySelector('[data-testid="verify-to-login"]')?.getAttribute('href')).toBe('/login');
  });

  it('/verify-email with a used link offers a new one by e-mail', async () => {
    const fixture = TestBed.createComponent(VerifyEmailPage);
    fixture.componentRef.setInput('token', 'alt');
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http
      .expectOne('/api/auth/verify-email')
      .flush({ statusCode: 400, message: 'x', errors: [] }, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="verify-invalid"]')).not.toBeNull();
    const input = el.querySelector<HTMLInputElement>('[data-testid="verify-email"]')!;
    input.value = 'lena@example.org';
    input.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('[data-testid="verify-resend"]')!.click();
    const req = http.expectOne('/api/auth/verify-email/resend');
    expect(req.request.body).toEqual({ email: 'lena@example.org' });
    req.flush({ message: 'ok' }, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    expect(text(el, 'verify-resent')).toBe('Neuer Link unterwegs.');
  });

  it('/confirm-email explains an address taken meanwhile', async () => {
    const fixture = TestBed.createComponent(ConfirmEmailPage);
    fixture.componentRef.setInput('token', 'abc');
    fixture.detectChanges();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/email-change/confirm')
      .flush({ statusCode: 409, message: 'x', errors: [] }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(text(fixture.nativeElement, 'confirm-email-invalid')).toBe('Vergeben.');
  });

  it('the profile sends the new address with the current password and says where the link went', async () => {
    const fixture = TestBed.createComponent(ProfilePage);
    const http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
    http.expectOne('/api/users/me').flush(USER);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const type = (id: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(`[data-testid="${id}"]`)!;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('email-change-new', 'lea.neu@example.org');
    type('email-change-password', 'Das-Passwort-2026');
    el.querySelector<HTMLButtonElement>('[data-testid="email-change-submit"]')!.click();
    await fixture.whenStable();
    const req = http.expectOne('/api/auth/email-change');
    expect(req.request.body).toEqual({ newEmail: 'lea.neu@example.org', currentPassword: 'Das-Passwort-2026' });
    req.flush({ message: 'ok' }, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    expect(text(el, 'email-change-pending')).toBe('Link an lea.neu@example.org geschickt.');
    expect(success).toHaveBeenCalledWith('profile.emailChange.requested');
  });
});
