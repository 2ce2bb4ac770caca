import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Notifier } from '@lotse/web/core';
import { provideLotseMaterial } from '@lotse/web/ui';
import { ResetPasswordPage } from './reset-password.page';

const de = {
  common: { loading: 'Wird geladen …', close: 'Schließen' },
  validation: {
    required: 'Bitte füllen Sie dieses Feld aus.',
    minLength: 'Bitte geben Sie mindestens {{min}} Zeichen ein.',
    passwordMismatch: 'Die beiden Passwörter stimmen nicht überein.',
  },
  errors: { network: 'Netz', server: 'Server' },
  auth: {
    forgot: { tooManyRequests: 'Zu viele Anfragen.' },
    reset: {
      title: 'Neues Passwort festlegen',
      intro: 'Bitte wählen Sie ein neues Passwort.',
      password: 'Neues Passwort',
      repeat: 'Neues Passwort wiederholen',
      showPassword: 'Passwort anzeigen',
      rules: 'Mindestens {{min}} Zeichen.',
      submit: 'Passwort speichern',
      submitting: 'Wird gespeichert …',
      success: 'Ihr Passwort wurde geändert.',
      invalidTitle: 'Link ungültig oder abgelaufen',
      invalid: 'Der Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.',
      requestNew: 'Neuen Link anfordern',
    },
  },
};
const INVALID = 'Der Link ist ungültig oder abgelaufen. Bitte fordern Sie einen neuen an.';

describe('ResetPasswordPage', () => {
  const success = jest.fn();

  beforeEach(async () => {
    success.mockReset();
    await TestBed.configureTestingModule({
      imports: [
        ResetPasswordPage,
        TranslocoTestingModule.forRoot({
          langs: { de },
          translocoConfig: { availableLangs: ['de'], defaultLang: 'de' },
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

  async function setup(token: string | undefined) {
    const fixture = TestBed.createComponent(ResetPasswordPage);
    fixture.componentRef.setInput('token', token);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const type = (id: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);
      if (!input) throw new Error(id);
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('[data-testid="reset-submit"]')?.click();
      await fixture.whenStable();
    };
    const text = (id: string) => el.querySelector(`[data-testid="${id}"]`)?.textContent?.trim();
    return { fixture, el, type, submit, text, http: TestBed.inject(HttpTestingController) };
  }

  it('shows the password rules and refuses a repetition that differs, without sending', async () => {
    const { el, type, submit, text, http } = await setup('abc');
    expect(text('reset-rules')).toBe('Mindestens 12 Zeichen.');
    type('reset-password', 'Ein-langes-Passwort');
    type('reset-repeat', 'Ein-anderes-Passwort');
    await submit();
    expect([...el.querySelectorAll('mat-error')].map((e) => e.textContent?.trim())).toEqual([
      'Die beiden Passwörter stimmen nicht überein.',
    ]);
    http.expectNone('/api/auth/password-reset/confirm');
  });

  it('sends token and password, then says so and goes to the login page', async () => {
    const { type, submit, http, fixture } = await setup('abc_-1');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    type('reset-password', 'Ein-langes-Passwort');
    type('reset-repeat', 'Ein-langes-Passwort');
    await submit();
    const req = http.expectOne('/api/auth/password-reset/confirm');
    expect(req.request.body).toEqual({ token: 'abc_-1', password: 'Ein-langes-Passwort' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(success).toHaveBeenCalledWith('auth.reset.success');
    expect(navigate).toHaveBeenCalledWith('/login');
  });

  it('explains a used or expired link and offers a new one', async () => {
    const { el, type, submit, text, http, fixture } = await setup('abc');
    type('reset-password', 'Ein-langes-Passwort');
    type('reset-repeat', 'Ein-langes-Passwort');
    await submit();
    http
      .expectOne('/api/auth/password-reset/confirm')
      .flush(
        { statusCode: 400, message: INVALID, errors: [{ field: 'token', message: INVALID, code: 'resetToken' }] },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(text('reset-invalid')).toContain(INVALID);
    expect(el.querySelector('[data-testid="reset-request-new"]')?.getAttribute('href')).toBe('/forgot-password');
    expect(el.querySelector('form')).toBeNull();
  });

  it('says at once that a link without token is invalid', async () => {
    const { text } = await setup(undefined);
    expect(text('reset-invalid')).toContain(INVALID);
  });
});
