import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser, newContext } from '../../support/browser';
import { DEMO, signedInPage } from '../../support/login.page';
import { mailbox } from '../../support/mailbox';
import { chooseOption } from '../../support/pages/placements.page';
import { fullScreenshot } from '../../support/pages/screenshot';

/**
 * Appointments (issue 14): an advisor publishes a slot; a parent reads the booking page in Turkish,
 * books it as a guest, confirms by mail, receives the .ics (17:30 Europe/Berlin) and cancels by
 * the link; the advisor's day list shows the cancellation.
 * The Turkish texts the test expects come from the page's own translation file.
 */
const I18N = join(__dirname, '../../../../apps/web/public/i18n');
const LANG = 'tr';
const T = JSON.parse(readFileSync(join(I18N, `appointments/${LANG}.json`), 'utf8'));
const GUEST = { name: 'Ayşe Yılmaz', email: `ayse.yilmaz.${Date.now()}@example.org` };

/** A date 9 days ahead (Berlin), moved off the weekend. */
function slotDate(): string {
  const d = new Date(Date.now() + 9 * 86_400_000);
  while ([0, 6].includes(d.getUTCDay())) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
const DATE = slotDate();
const berlin = (d: Date) =>
  new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
  }).format(d);

function linkIn(text: string, path: string): string {
  const m = new RegExp(`https?://[^\\s]+${path}\\?token=[A-Za-z0-9_-]{43}`).exec(text);
  if (!m) throw new Error(`no ${path} link in mail`);
  return m[0];
}

async function openDay(page: Page): Promise<void> {
  await page.getByTestId('day-date').fill(DATE);
  await page.getByTestId('day-date').dispatchEvent('change');
}

describe('appointments: publish, book in Turkish, confirm, .ics, cancel', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('works end to end', async () => {
    // 1. The advisor publishes a slot at 17:30.
    const advisor = await signedInPage(browser, DEMO.advisor, '/advisor');
    await advisor.getByTestId('nav-advisor-appointments').click();
    await advisor.waitForURL((u) => u.pathname === '/advisor/appointments');
    await openDay(advisor);
    await advisor.getByTestId('slot-date').fill(DATE);
    await advisor.getByTestId('slot-from').fill('17:30');
    await advisor.getByTestId('slot-duration').fill('30');
    await advisor.getByTestId('slot-location').fill('Alte Villa, Raum 2');
    await advisor.getByTestId('slot-submit').click();
    const slotRow = advisor.getByTestId('day-slot').filter({ hasText: '17:30–18:00' });
    await slotRow.getByText('Frei').waitFor();
    // The "created" snackbar closes itself after 5 s; scan the page without it.
    await advisor.locator('mat-snack-bar-container').waitFor({ state: 'detached', timeout: 15_000 });
    await expectNoSeriousViolations(advisor);
    await fullScreenshot(advisor, 'front-door-appointments-advisor');

    // 2. A parent opens the public page in Turkish and books it as a guest.
    const ctx = await newContext(browser, { locale: 'tr-TR' });
    await ctx.addInitScript((lang) => localStorage.setItem('lotse.locale', lang), LANG);
    const page = await ctx.newPage();
    await page.goto(`/termine?lang=${LANG}`);
    await page.getByRole('heading', { level: 1, name: T.book.title }).waitFor();
    await page.getByRole('heading', { level: 2, name: T.book.pickHeading }).waitFor();
    await page.getByTestId('slot-option').filter({ hasText: '17:30' }).first().click();
    await page.getByTestId('booking-name').fill(GUEST.name);
    await page.getByTestId('booking-email').fill(GUEST.email);
    await chooseOption(page, 'booking-role', T.roles.parent);
    await chooseOption(page, 'booking-topic', T.topics['care-search']);
    await page.getByTestId('booking-topic-text').fill('Kızımız için Mart ayından itibaren bakım yeri');
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'front-door-appointments-booking');
    const seen = await mailbox.ids();
    await page.getByTestId('booking-submit').click();
    await page.getByTestId('booking-done').waitFor();
    await expectNoSeriousViolations(page);

    // 3. The confirmation link from the mail confirms it.
    const confirmMail = await mailbox.waitFor(GUEST.email, 'Bitte bestätigen Sie Ihren Termin', seen);
    await page.goto(linkIn(confirmMail.text, '/termine/bestaetigen'));
    await page.getByTestId('confirm-done').waitFor();
    await page.getByTestId('summary-when').getByText('17:30').waitFor();
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'front-door-appointments-confirmed');

    // 4. The mail with the .ics: it parses to 17:30 Berlin time.
    const booked = await mailbox.waitFor(GUEST.email, 'Ihr Termin am', seen);
    const full = (await (await fetch(`${process.env['LOTSE_MAIL_WEB_URL']}/email/${booked.id}`)).json()) as {
      attachments?: Array<{ generatedFileName: string; fileName?: string }>;
    };
    const att = full.attachments?.find((a) => (a.fileName ?? a.generatedFileName).endsWith('.ics'));
    expect(att).toBeDefined();
    const ics = await (await fetch(`${process.env['LOTSE_MAIL_WEB_URL']}/email/${booked.id}/attachment/${att!.generatedFileName}`)).text();
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(berlin(event.startDate.toJSDate())).toBe(`${DATE.slice(8, 10)}.${DATE.slice(5, 7)}., 17:30`);
    expect(event.location).toContain('Alte Villa, Raum 2');

    // 5. She cancels by the link.
    await page.goto(linkIn(booked.text, '/termine/absagen'));
    await page.getByTestId('cancel-submit').waitFor();
    await expectNoSeriousViolations(page);
    await page.getByTestId('cancel-submit').click();
    await page.getByTestId('cancel-done').waitFor();
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'front-door-appointments-cancelled');
    await ctx.close();

    // 6. The advisor's day list shows the slot free again, with the cancellation.
    await advisor.reload();
    await openDay(advisor);
    await slotRow.getByTestId('slot-cancelled').filter({ hasText: GUEST.name }).waitFor();
    await slotRow.getByText('Frei').waitFor();
    await expectNoSeriousViolations(advisor);
    await fullScreenshot(advisor, 'front-door-appointments-day-list');
    await advisor.context().close();
    // Generous for a loaded CI machine; about 40 s on an idle one.
  }, 180_000);
});
