import { Directionality } from '@angular/cdk/bidi';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, DOCUMENT } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslocoService, provideTransloco, type Translation, type TranslocoLoader } from '@jsverse/transloco';
import type { SessionUser } from '@lotse/shared/contracts';
import { of } from 'rxjs';
import { SessionStore } from '../auth/session.store';
import { INFORMATION_PAGE, isInformationPage } from './information-page';
import { LanguageService } from './language.service';
import { LOCALE_STORAGE_KEY, SUPPORTED_LOCALES, UI_LOCALES } from './locales';

const FILES: Record<string, Translation> = {
  de: { hello: 'Hallo', onlyGerman: 'Nur auf Deutsch' },
  en: { hello: 'Hello' },
  tr: { hello: 'Merhaba' },
  ar: { hello: 'مرحبا' },
  uk: { hello: 'Привіт' },
};

class MemoryLoader implements TranslocoLoader {
  getTranslation(lang: string) {
    return of(FILES[lang] ?? {});
  }
}

@Component({ template: 'page' })
class DummyPage {}

const user = (locale: 'de' | 'en'): SessionUser => ({
  id: 'u1',
  email: 'eltern1@kamen.example',
  displayName: 'E',
  role: 'parent',
  tenantId: 't',
  tenantName: 'Stadt Kamen',
  locale,
});

describe('LanguageService', () => {
  let service: LanguageService;
  let html: HTMLElement;
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'familienbuero', ...INFORMATION_PAGE, component: DummyPage },
          { path: 'login', component: DummyPage },
        ]),
        // The same settings as provideLotseCore(), with the files from memory.
        provideTransloco({
          config: {
            availableLangs: UI_LOCALES,
            defaultLang: 'de',
            fallbackLang: 'de',
            reRenderOnLangChange: true,
            missingHandler: { useFallbackTranslation: true, logMissingKey: false },
          },
          loader: MemoryLoader,
        }),
      ],
    });
    service = TestBed.inject(LanguageService);
    html = TestBed.inject(DOCUMENT).documentElement;
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    html.removeAttribute('dir');
    html.lang = 'de';
  });

  function signIn(u: SessionUser | null): Promise<SessionUser | null> {
    const restored = TestBed.inject(SessionStore).restore();
    http.expectOne('/api/auth/session').flush({ user: u });
    return restored;
  }

  it('lays Arabic out right to left and switches back to left to right', async () => {
    const dir = TestBed.inject(Directionality);
    const changes: string[] = [];
    dir.change.subscribe((d) => changes.push(d));

    await service.apply('ar');
    expect(html.lang).toBe('ar');
    expect(html.dir).toBe('rtl');
    expect(service.dir()).toBe('rtl');
    expect(dir.value).toBe('rtl');
    expect(TestBed.inject(TranslocoService).translate('hello')).toBe('مرحبا');

    await service.apply('uk');
    expect([html.lang, html.dir, dir.value]).toEqual(['uk', 'ltr', 'ltr']);
    await service.apply('ar');
    await service.apply('de');
    expect([html.lang, html.dir, dir.value]).toEqual(['de', 'ltr', 'ltr']);
    expect(changes).toEqual(['rtl', 'ltr', 'rtl', 'ltr']);
  });

  it('shows German for keys an information language lacks', async () => {
    await service.apply('tr');
    const transloco = TestBed.inject(TranslocoService);
    expect(transloco.translate('hello')).toBe('Merhaba');
    expect(transloco.translate('onlyGerman')).toBe('Nur auf Deutsch');
  });

  it('keeps the last choice on the device, in any of the five languages', async () => {
    expect(service.stored()).toBe('de');
    await service.apply('uk');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('uk');
    expect(service.stored()).toBe('uk');
    localStorage.setItem(LOCALE_STORAGE_KEY, 'xx');
    expect(service.stored()).toBe('de');
  });

  it('offers all five languages on information pages and German/English elsewhere', async () => {
    expect(service.choices()).toEqual(SUPPORTED_LOCALES);
    await service.enterInformationPage(null);
    expect(service.choices()).toEqual(['de', 'en', 'tr', 'ar', 'uk']);
    await service.leaveInformationPage();
    expect(service.choices()).toEqual(['de', 'en']);
  });

  it('leaves an information language for German on other pages and comes back to it on the next information page', async () => {
    await signIn(null);
    await service.enterInformationPage('ar');
    expect([service.lang(), html.dir]).toEqual(['ar', 'rtl']);

    await service.leaveInformationPage();
    expect([service.lang(), html.lang, html.dir]).toEqual(['de', 'de', 'ltr']);
    // The device keeps the choice …
    expect(service.stored()).toBe('ar');
    // … so the next information page is Arabic again.
    await service.enterInformationPage(null);
    expect([service.lang(), html.dir]).toEqual(['ar', 'rtl']);
  });

  it("a guest's English stays English on the other pages", async () => {
    await signIn(null);
    await service.enterInformationPage(null);
    await service.choose('en');
    await service.leaveInformationPage();
    expect(service.lang()).toBe('en');
  });

  it('a signed-in user leaving an information page gets her profile language back, and Turkish is not saved in her profile', async () => {
    await signIn(user('en'));
    await service.start(user('en'));
    expect(service.lang()).toBe('en');
    await service.enterInformationPage(null);
    await service.choose('tr');
    http.expectNone('/api/users/me');
    expect(service.lang()).toBe('tr');
    await service.leaveInformationPage();
    expect(service.lang()).toBe('en');
  });

  it('saves German or English in the profile when signed in', async () => {
    await signIn(user('de'));
    await service.choose('en');
    const req = http.expectOne('/api/users/me');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ locale: 'en' });
    req.flush({});
  });

  it('starts a guest whose device chose Ukrainian in German until an information page opens', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'uk');
    await service.start(null);
    expect([service.lang(), html.lang]).toEqual(['de', 'de']);
    await service.enterInformationPage(null);
    expect([service.lang(), html.lang]).toEqual(['uk', 'uk']);
  });

  it('`?lang=ar` on an information page switches the language before the page is shown; other pages ignore it', async () => {
    await signIn(null);
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/familienbuero?lang=ar');
    expect([service.lang(), html.lang, html.dir]).toEqual(['ar', 'ar', 'rtl']);
    expect(service.stored()).toBe('ar');
    expect(isInformationPage(router.routerState.snapshot.root)).toBe(true);

    // Only the query changes: the guard runs again.
    await router.navigateByUrl('/familienbuero?lang=tr');
    expect(service.lang()).toBe('tr');
    // Unknown languages are ignored.
    await router.navigateByUrl('/familienbuero?lang=xx');
    expect(service.lang()).toBe('tr');

    await router.navigateByUrl('/login?lang=ar');
    expect(isInformationPage(router.routerState.snapshot.root)).toBe(false);
  });
});
