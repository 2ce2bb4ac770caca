import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { SessionUser } from '@lotse/shared/contracts';
import { provideLotseMaterial } from '@lotse/web/ui';
import { LoginPage } from './login.page';

const de = {
  common: { loading: 'Wird geladen …' },
  validation: { required: 'Bitte füllen Sie dieses Feld aus.', email: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.' },
  errors: { network: 'Der Server ist nicht erreichbar.', server: 'Serverfehler.' },
  auth: {
    login: {
      title: 'Anmelden',
      intro: 'Bitte melden Sie sich an.',
      email: 'E-Mail-Adresse',
      password: 'Passwort',
      showPassword: 'Passwort anzeigen',
      submit: 'Anmelden',
      submitting: 'Anmeldung läuft …',
      errors: {
        invalidCredentials: 'E-Mail-Adresse oder Passwort ist nicht korrekt.',
        tooManyAttempts: 'Zu viele Anmeldeversuche. Bitte warten Sie einige Minuten.',
        tooManyAttemptsRetry: 'Zu viele Anmeldeversuche. Bitte versuchen Sie es in {{minutes}} Minute(n) erneut.',
      },
    },
  },
};

const parent: SessionUser = {
  id: 'p1',
  email: 'eltern@kamen.de',
  displayName: 'Erik Eltern',
  role: 'parent',
  tenantId: 't1',
  tenantName: 'Stadt Kamen',
  locale: 'de',
};

describe('LoginPage', () => {
  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [
        LoginPage,
        TranslocoTestingModule.forRoot({
          langs: { de, en: de },
          translocoConfig: { availableLangs: ['de', 'en'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideLotseMaterial()],
    }).compileComponents();
  });

  async function setup() {
    const fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const type = (id: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);
      if (!input) throw new Error(id);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('[data-testid="login-submit"]')?.click();
      await fixture.whenStable();
    };
    return { fixture, el, type, submit, http: TestBed.inject(HttpTestingController) };
  }

  it('shows German field errors and sends nothing for an empty form', async () => {
    const { el, submit, http } = await setup();
    await submit();
    const errors = [...el.querySelectorAll('mat-error')].map((e) => e.textContent?.trim());
    expect(errors).toEqual(['Bitte füllen Sie dieses Feld aus.', 'Bitte füllen Sie dieses Feld aus.']);
    http.expectNone('/api/auth/login');
  });

  it('announces wrong credentials in the live region', async () => {
    const { el, type, submit, http, fixture } = await setup();
    type('login-email', 'eltern@kamen.de');
    type('login-password', 'falsch');
    await submit();
    http
      .expectOne('/api/auth/login')
      .flush({ statusCode: 401, message: 'Ungültige Anmeldedaten', errors: [] }, { status: 401, statusText: 'Unauthorized' });
    await fixture.whenStable();
    const region = el.querySelector('[data-testid="login-error"]');
    expect(region?.getAttribute('aria-live')).toBe('assertive');
    expect(region?.textContent?.trim()).toBe('E-Mail-Adresse oder Passwort ist nicht korrekt.');
  });

  it('explains rate limiting with the wait time', async () => {
    const { el, type, submit, http, fixture } = await setup();
    type('login-email', 'eltern@kamen.de');
    type('login-password', 'x');
    await submit();
    http
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 429, message: 'Too Many Requests', errors: [] },
        { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '90' } },
      );
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="login-error"]')?.textContent?.trim()).toBe(
      'Zu viele Anmeldeversuche. Bitte versuchen Sie es in 2 Minute(n) erneut.',
    );
  });

  it('goes to the role home after signing in', async () => {
    const { type, submit, http, fixture } = await setup();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    type('login-email', ' eltern@kamen.de ');
    type('login-password', 'Passwort123!');
    await submit();
    const req = http.expectOne('/api/auth/login');
    expect(req.request.body).toEqual({ email: 'eltern@kamen.de', password: 'Passwort123!' });
    req.flush(parent);
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith('/parent');
  });
});
