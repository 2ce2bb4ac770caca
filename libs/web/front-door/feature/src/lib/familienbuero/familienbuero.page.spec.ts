import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule, type Translation } from '@jsverse/transloco';
import type { PublicOfficeDto, SessionUser } from '@lotse/shared/contracts';
import { LanguageService, SessionStore, UI_LOCALES } from '@lotse/web/core';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { provideFrontDoorI18n } from '../i18n/front-door-i18n';
import { FamilienbueroPage } from './familienbuero.page';

const i18n = resolve(__dirname, '../../../../../../../apps/web/public/i18n');
const file = (path: string): Translation => JSON.parse(readFileSync(join(i18n, path), 'utf8'));
const langs = Object.fromEntries(
  UI_LOCALES.flatMap((l) => [
    [l, file(`${l}.json`)],
    [`front-door/${l}`, file(`front-door/${l}.json`)],
  ]),
);

const OFFICE: PublicOfficeDto = {
  slug: 'kamen',
  name: 'Stadt Kamen',
  department: 'Familienbüro – Fachberatung Kindertagespflege',
  office: {
    name: 'Familienbüro der Stadt Kamen – Fachberatung Kindertagespflege',
    street: 'Rathausplatz 1',
    postcode: '59174',
    city: 'Kamen',
    phone: '02307 148-0',
    email: 'familienbuero@kamen.example',
    // Not in weekday order, to see the page sort them.
    openingHours: [
      { weekday: 3, from: '14:00', to: '16:00' },
      { weekday: 1, from: '10:00', to: '12:00' },
      { weekday: 4, from: '15:00', to: '17:00' },
    ],
    byAppointmentNote: 'Außerhalb der offenen Sprechzeiten nach Vereinbarung.',
    accessNote: 'Stufenloser Zugang über den Seiteneingang mit Rampe.',
  },
  districts: ['Mitte'],
  privacy: { controller: '', dataProtectionOfficer: '', purposes: [], legalBasis: '', retention: '', rights: [] },
};

// The first render compiles the page with Material: slow on a loaded 2-core machine.
jest.setTimeout(30_000);

describe('FamilienbueroPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        FamilienbueroPage,
        TranslocoTestingModule.forRoot({
          langs,
          translocoConfig: {
            availableLangs: UI_LOCALES,
            defaultLang: 'de',
            reRenderOnLangChange: true,
            fallbackLang: 'de',
            missingHandler: { useFallbackTranslation: true, logMissingKey: false },
          },
          preloadLangs: true,
        }),
      ],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), ...provideFrontDoorI18n()],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  async function render(opts: { office?: PublicOfficeDto | 'error'; slug?: string } = {}) {
    const fixture = TestBed.createComponent(FamilienbueroPage);
    if (opts.slug) fixture.componentRef.setInput('slug', opts.slug);
    fixture.detectChanges();
    const req = http.expectOne(opts.slug ? `/api/public/offices/${opts.slug}` : '/api/public/office');
    if (opts.office === 'error') req.flush({ statusCode: 503 }, { status: 503, statusText: 'Service Unavailable' });
    else req.flush(opts.office ?? OFFICE);
    await fixture.whenStable();
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const hoursRows = (el: HTMLElement) =>
    [...el.querySelectorAll('[data-testid="fd-hours-table"] tbody tr')].map((tr) => [
      text(tr.querySelector('th')),
      text(tr.querySelector('td')),
    ]);

  it("shows the office's open consultation hours, Monday first, with German weekday names", async () => {
    const { el } = await render();
    expect(text(el.querySelector('h1'))).toBe('Familienbüro');
    expect(hoursRows(el)).toEqual([
      ['Montag', '10:00–12:00 Uhr'],
      ['Mittwoch', '14:00–16:00 Uhr'],
      ['Donnerstag', '15:00–17:00 Uhr'],
    ]);
    expect(text(el.querySelector('[data-testid="fd-intro"]'))).toContain('Familien in Kamen');
  });

  it('gives address, phone (tel:), e-mail (mailto:) and the step-free access note, the office texts marked German', async () => {
    const { el } = await render();
    const lines = [...el.querySelectorAll('[data-testid="fd-address"] span')];
    expect(lines.map((s) => text(s))).toEqual([
      'Familienbüro der Stadt Kamen – Fachberatung Kindertagespflege',
      'Rathausplatz 1',
      '59174 Kamen',
    ]);
    // German lines keep their order inside a right-to-left page.
    expect(lines.map((s) => s.getAttribute('dir'))).toEqual(['ltr', 'ltr', 'ltr']);
    expect(el.querySelector('[data-testid="fd-address"]')?.getAttribute('lang')).toBe('de');
    expect(el.querySelector('[data-testid="fd-phone"]')?.getAttribute('href')).toBe('tel:023071480');
    expect(el.querySelector('[data-testid="fd-email"]')?.getAttribute('href')).toBe('mailto:familienbuero@kamen.example');
    const access = el.querySelector('[data-testid="fd-access-note"]');
    expect(access?.querySelector('[lang="de"]')?.textContent).toBe('Stufenloser Zugang über den Seiteneingang mit Rampe.');
    // On the German page no "(in German)" label.
    expect(access?.querySelector('.note-label')).toBeNull();
    expect(text(el.querySelector('#fd-contact-heading'))).toBe('Kontakt und Anfahrt');
  });

  it('offers the ways in to guests: appointment, contact form, both registrations, sign-in, guide', async () => {
    const { el } = await render();
    const entries = [...el.querySelectorAll('[data-testid="fd-entries"] a')].map((a) => a.getAttribute('href'));
    expect(entries).toEqual(['/termine', '/kontakt', '/register/parent', '/register', '/login', '/wegweiser']);
    expect(el.querySelector('[data-testid="fd-cta-parent"]')?.getAttribute('href')).toBe('/register/parent');
    expect(el.querySelector('[data-testid="fd-cta-childminder"]')?.getAttribute('href')).toBe('/register');
  });

  it('explains Kindertagespflege for parents and future childminders, with the legal basics', async () => {
    const { el } = await render();
    expect(el.querySelectorAll('[data-testid="fd-how-parents"] ol li')).toHaveLength(4);
    expect(el.querySelectorAll('[data-testid="fd-how-childminders"] ol li')).toHaveLength(5);
    const law = text(el.querySelector('[data-testid="fd-how-childminders"] .law'));
    expect(law).toContain('§ 43 SGB VIII');
    expect(law).toContain('bis zu fünf Kinder');
    expect(law).toContain('Qualifizierung');
    expect(el.querySelectorAll('[data-testid="fd-services"] .service')).toHaveLength(6);
    // One h1, sections as h2, their parts as h3/h4: no level skipped.
    const levels = [...el.querySelectorAll('h1, h2, h3, h4')].map((h) => Number(h.tagName[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels.every((l, i) => i === 0 || l <= levels[i - 1] + 1)).toBe(true);
  });

  it('in Arabic: Arabic texts and weekday names, and the German office notes labelled as German', async () => {
    const { fixture, el } = await render();
    await TestBed.inject(LanguageService).apply('ar');
    fixture.detectChanges();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(document.documentElement.dir).toBe('rtl');
    expect(text(el.querySelector('h1'))).toBe('مكتب الأسرة (Familienbüro)');
    const days = hoursRows(el).map(([day]) => day);
    expect(days).toEqual(['الاثنين', 'الأربعاء', 'الخميس']);
    expect(hoursRows(el)[0][1]).toBe('10:00–12:00');
    expect(text(el.querySelector('[data-testid="fd-access-note"] .note-label'))).toBe('ملاحظة من مكتب الأسرة (باللغة الألمانية):');
    await TestBed.inject(LanguageService).apply('de');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('in Turkish and Ukrainian: weekday names of the language', async () => {
    const { fixture, el } = await render();
    const language = TestBed.inject(LanguageService);
    await language.apply('tr');
    fixture.detectChanges();
    expect(hoursRows(el).map(([d]) => d)).toEqual(['Pazartesi', 'Çarşamba', 'Perşembe']);
    await language.apply('uk');
    fixture.detectChanges();
    expect(hoursRows(el).map(([d]) => d.toLowerCase())).toEqual(['понеділок', 'середа', 'четвер']);
    await language.apply('de');
  });

  it('a signed-in user gets her overview instead of registration and sign-in', async () => {
    const store = TestBed.inject(SessionStore);
    const restored = store.restore();
    const parent: SessionUser = {
      id: 'u',
      email: 'e@kamen.example',
      displayName: 'E',
      role: 'parent',
      tenantId: 't',
      tenantName: 'Stadt Kamen',
      locale: 'de',
    };
    http.expectOne('/api/auth/session').flush({ user: parent });
    await restored;
    const { el } = await render();
    const entries = [...el.querySelectorAll('[data-testid="fd-entries"] a')].map((a) => a.getAttribute('href'));
    expect(entries).toEqual(['/termine', '/kontakt', '/parent', '/wegweiser']);
    expect(el.querySelector('[data-testid="fd-cta-parent"]')).toBeNull();
  });

  it('reads another office by its slug', async () => {
    const { el } = await render({
      slug: 'bergkamen',
      office: { ...OFFICE, slug: 'bergkamen', office: { ...OFFICE.office, city: 'Bergkamen', openingHours: [] } },
    });
    expect(el.querySelector('[data-testid="fd-no-hours"]')).not.toBeNull();
    expect(text(el.querySelector('[data-testid="fd-intro"]'))).toContain('Bergkamen');
  });

  it('shows a failed load with a retry, and the static information still', async () => {
    const { fixture, el } = await render({ office: 'error' });
    expect(el.querySelector('[data-testid="fd-office-error"]')).not.toBeNull();
    expect(el.querySelectorAll('[data-testid="fd-services"] .service')).toHaveLength(6);
    (el.querySelector('[data-testid="fd-office-retry"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    http.expectOne('/api/public/office').flush(OFFICE);
    await fixture.whenStable();
    fixture.detectChanges();
    expect(hoursRows(el)).toHaveLength(3);
  });
});
