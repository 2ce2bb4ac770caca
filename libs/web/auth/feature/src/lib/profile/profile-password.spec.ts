import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Notifier } from '@lotse/web/core';
import { provideLotseMaterial } from '@lotse/web/ui';
import { ProfilePage } from './profile.page';

const de = {
  common: { loading: 'Wird geladen …', close: 'Schließen', save: 'Speichern', requiredNote: '* Pflichtfeld' },
  validation: {
    required: 'Bitte füllen Sie dieses Feld aus.',
    minLength: 'Bitte mindestens {{min}} Zeichen.',
    passwordMismatch: 'Die beiden Passwörter stimmen nicht überein.',
  },
  errors: { network: 'Netz', server: 'Server', loadFailed: 'Fehler' },
  auth: {
    reset: {
      password: 'Neues Passwort',
      repeat: 'Neues Passwort wiederholen',
      showPassword: 'Passwort anzeigen',
      rules: 'Mindestens {{min}} Zeichen.',
    },
  },
  profile: {
    title: 'Profil',
    password: {
      title: 'Passwort ändern',
      intro: 'Intro',
      current: 'Aktuelles Passwort',
      submit: 'Passwort ändern',
      submitting: 'Wird geändert …',
      changed: 'Geändert.',
    },
  },
};
const WRONG = 'Das aktuelle Passwort ist nicht korrekt.';
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

describe('ProfilePage: change password', () => {
  const success = jest.fn();

  beforeEach(async () => {
    success.mockReset();
    await TestBed.configureTestingModule({
      imports: [
        ProfilePage,
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

  async function setup() {
    const fixture = TestBed.createComponent(ProfilePage);
    const http = TestBed.inject(HttpTestingController);
    await fixture.whenStable();
    http.expectOne('/api/users/me').flush(USER);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const input = (id: string) => {
      const found = el.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);
      if (!found) throw new Error(id);
      return found;
    };
    const type = (id: string, value: string) => {
      input(id).value = value;
      input(id).dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('[data-testid="password-submit"]')?.click();
      await fixture.whenStable();
    };
    const errors = () => [...el.querySelectorAll('.password-form mat-error')].map((e) => e.textContent?.trim());
    return { fixture, el, input, type, submit, errors, http };
  }

  it('has accessible fields with autocomplete hints and shows the rules', async () => {
    const { el, input } = await setup();
    expect(input('password-current').getAttribute('autocomplete')).toBe('current-password');
    expect(input('password-new-password').getAttribute('autocomplete')).toBe('new-password');
    expect(input('password-new-repeat').getAttribute('autocomplete')).toBe('new-password');
    expect(el.querySelector('[data-testid="password-new-rules"]')?.textContent?.trim()).toBe('Mindestens 12 Zeichen.');
  });

  it('checks the repetition before sending', async () => {
    const { type, submit, errors, http } = await setup();
    type('password-current', 'Das-alte-Passwort');
    type('password-new-password', 'Ein-langes-Passwort');
    type('password-new-repeat', 'Ein-anderes-Passwort');
    await submit();
    expect(errors()).toEqual(['Die beiden Passwörter stimmen nicht überein.']);
    http.expectNone('/api/auth/password');
  });

  it('sends current and new password, then says so and clears the form', async () => {
    const { type, submit, input, errors, http, fixture } = await setup();
    type('password-current', 'Das-alte-Passwort');
    type('password-new-password', 'Ein-langes-Passwort');
    type('password-new-repeat', 'Ein-langes-Passwort');
    await submit();
    const req = http.expectOne('/api/auth/password');
    expect(req.request.body).toEqual({ currentPassword: 'Das-alte-Passwort', newPassword: 'Ein-langes-Passwort' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(success).toHaveBeenCalledWith('profile.password.changed');
    expect(input('password-current').value).toBe('');
    expect(input('password-new-password').value).toBe('');
    expect(errors()).toEqual([]);
  });

  it('shows a wrong current password at its field', async () => {
    const { type, submit, errors, http, fixture } = await setup();
    type('password-current', 'Falsch-Falsch-Falsch');
    type('password-new-password', 'Ein-langes-Passwort');
    type('password-new-repeat', 'Ein-langes-Passwort');
    await submit();
    http
      .expectOne('/api/auth/password')
      .flush(
        { statusCode: 400, message: WRONG, errors: [{ field: 'currentPassword', message: WRONG, code: 'currentPasswordWrong' }] },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(errors()).toEqual([WRONG]);
    expect(success).not.toHaveBeenCalled();
  });
});
