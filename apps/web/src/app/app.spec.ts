import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { SessionUser } from '@lotse/shared/contracts';
import { SessionStore } from '@lotse/web/core';
import { App } from './app';

const de = {
  app: { name: 'Lotse' },
  shell: {
    skipToContent: 'Zum Inhalt springen',
    navigation: 'Hauptnavigation',
    language: 'Sprache wählen',
    languageButton: '{{code}} – Sprache wählen',
    userMenu: 'Benutzermenü für {{name}}',
    logout: 'Abmelden',
    openNavigation: 'Navigation öffnen',
    signIn: 'Anmelden',
  },
  footer: { label: 'Weitere Seiten', familienbuero: 'Familienbüro: Angebote, Sprechzeiten, Kontakt', signIn: 'Anmelden', product: 'Lotse' },
  nav: { advisorHome: 'Übersicht', advisorChildren: 'Kinder', profile: 'Profil' },
  lang: { de: 'Deutsch', en: 'English' },
};

const advisor: SessionUser = {
  id: 'u1',
  email: 'beraterin@kamen.de',
  displayName: 'Petra Schulte',
  role: 'advisor',
  tenantId: 't1',
  tenantName: 'Stadt Kamen',
  locale: 'de',
};

describe('App shell', () => {
  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [
        App,
        TranslocoTestingModule.forRoot({
          langs: { de, en: de },
          translocoConfig: { availableLangs: ['de', 'en'], defaultLang: 'de' },
          preloadLangs: true,
        }),
      ],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    }).compileComponents();
  });

  async function render(user: SessionUser | null) {
    const store = TestBed.inject(SessionStore);
    const restored = store.restore();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/session')
      .flush({ user: user ?? null });
    await restored;
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('has a skip link to the one main landmark', async () => {
    const el = await render(null);
    const skip = el.querySelector<HTMLAnchorElement>('[data-testid="skip-link"]');
    expect(skip?.textContent).toContain('Zum Inhalt springen');
    expect(skip?.getAttribute('href')).toBe('#main-content');
    expect(el.querySelectorAll('main')).toHaveLength(1);
    expect(el.querySelector('main')?.id).toBe('main-content');
  });

  it('shows the product name, the language switch and a sign-in link but no user menu or navigation when signed out', async () => {
    const el = await render(null);
    expect(el.querySelector('[data-testid="brand"]')?.textContent).toContain('Lotse');
    expect(el.querySelector('[data-testid="lang-switch"]')?.getAttribute('aria-label')).toBe('DE – Sprache wählen');
    expect(el.querySelector('[data-testid="toolbar-login"]')?.getAttribute('href')).toBe('/login');
    expect(el.querySelector('[data-testid="user-menu"]')).toBeNull();
    expect(el.querySelector('mat-sidenav nav')).toBeNull();
  });

  it('has a footer leading guests to the Familienbüro page and the sign-in', async () => {
    const el = await render(null);
    const footer = el.querySelector('footer');
    expect(footer?.querySelector('nav')?.getAttribute('aria-label')).toBe('Weitere Seiten');
    expect(footer?.querySelector('[data-testid="footer-familienbuero"]')?.getAttribute('href')).toBe('/familienbuero');
    expect(footer?.querySelector('[data-testid="footer-login"]')?.getAttribute('href')).toBe('/login');
  });

  it('shows tenant, user menu and the role navigation when signed in', async () => {
    const el = await render(advisor);
    expect(el.querySelector('[data-testid="tenant-name"]')?.textContent).toContain('Stadt Kamen');
    expect(el.querySelector('[data-testid="user-menu"]')?.getAttribute('aria-label')).toBe('Benutzermenü für Petra Schulte');
    expect(el.querySelector('mat-sidenav nav')?.getAttribute('aria-label')).toBe('Hauptnavigation');
    expect(el.querySelector('[data-testid="toolbar-login"]')).toBeNull();
    expect(el.querySelector('[data-testid="footer-login"]')).toBeNull();
    expect(el.querySelector('[data-testid="nav-advisor"]')?.getAttribute('href')).toBe('/advisor');
    expect(el.querySelector('[data-testid="nav-advisor-children"]')?.getAttribute('href')).toBe('/advisor/children');
    expect(el.querySelector('[data-testid="nav-profile"]')).not.toBeNull();
  });
});
