import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { provideLotseMaterial } from '@lotse/web/ui';
import { ForgotPasswordPage } from './forgot-password.page';

const SENT = 'Wenn zu dieser E-Mail-Adresse ein Konto besteht, haben wir Ihnen einen Link geschickt.';
const de = {
  common: { loading: 'Wird geladen …' },
  validation: { required: 'Bitte füllen Sie dieses Feld aus.', email: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.' },
  errors: { network: 'Netz', server: 'Server' },
  auth: {
    forgot: {
      title: 'Passwort vergessen',
      intro: 'Geben Sie Ihre E-Mail-Adresse ein.',
      email: 'E-Mail-Adresse',
      submit: 'Link anfordern',
      submitting: 'Wird gesendet …',
      sentTitle: 'Bitte sehen Sie in Ihr Postfach',
      sent: SENT,
      backToLogin: 'Zurück zur Anmeldung',
      tooManyRequests: 'Zu viele Anfragen. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.',
    },
  },
};

describe('ForgotPasswordPage', () => {
  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [
        ForgotPasswordPage,
        TranslocoTestingModule.forRoot({
          langs: { de },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideLotseMaterial()],
    }).compileComponents();
  });

  async function setup(email?: string) {
    const fixture = TestBed.createComponent(ForgotPasswordPage);
    if (email) fixture.componentRef.setInput('email', email);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const input = () => el.querySelector<HTMLInputElement>('[data-testid="forgot-email"]');
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('[data-testid="forgot-submit"]')?.click();
      await fixture.whenStable();
    };
    return { fixture, el, input, submit, http: TestBed.inject(HttpTestingController) };
  }

  it('prefills the address from the login page and shows the neutral confirmation after sending', async () => {
    const { el, input, submit, http, fixture } = await setup('eltern4@kamen.example');
    expect(input()?.value).toBe('eltern4@kamen.example');
    await submit();
    const req = http.expectOne('/api/auth/password-reset');
    expect(req.request.body).toEqual({ email: 'eltern4@kamen.example' });
    req.flush({ message: 'egal' }, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="forgot-sent"]')?.textContent).toContain(SENT);
    expect(input()).toBeNull();
  });

  it('checks the address before sending', async () => {
    const { el, input, submit, http } = await setup();
    input()!.value = 'keine-adresse';
    input()!.dispatchEvent(new Event('input'));
    await submit();
    expect(el.querySelector('mat-error')?.textContent?.trim()).toBe('Bitte geben Sie eine gültige E-Mail-Adresse ein.');
    http.expectNone('/api/auth/password-reset');
  });

  it('explains the rate limit', async () => {
    const { el, submit, http, fixture } = await setup('a@b.de');
    await submit();
    http
      .expectOne('/api/auth/password-reset')
      .flush({ statusCode: 429, message: 'Zu viele', errors: [] }, { status: 429, statusText: 'Too Many Requests' });
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="forgot-error"]')?.textContent?.trim()).toBe(de.auth.forgot.tooManyRequests);
  });
});
