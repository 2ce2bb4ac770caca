import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser, screenshotPath } from '../../support/browser';
import { DEMO, signedInPage } from '../../support/login.page';
import { EvidenceChecklist } from '../../support/pages/evidence.page';
import { ApplicationPage, MyPermitPage, choose } from '../../support/pages/permits.page';

/**
 * Demo data (apps/api/src/cli/seed-demo-childminders.ts): Monika Schäfer (tpp3) has an account and
 * every mandatory evidence item valid except the home visit, which the advisor records here.
 * `seed-demo-permits.ts` also gives her an open application, which she withdraws in the portal first.
 */
const HOLDER = { email: 'tpp3@kamen.example', name: 'Monika Schäfer' };
const CONDITION = 'Der Gartenteich ist kindersicher abzudecken.';
const REASON_FEWER = 'Das Spielzimmer bietet Platz für höchstens vier Kinder.';
const ROOT = resolve(__dirname, '../../../..');

function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
}

/** Today in the office's time zone, as typed into the German date fields. */
function todayDe(): string {
  return new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(),
  );
}

/**
 * The care permit end to end in the browser: the childminder applies, the advisor sees what
 * blocks, records the home visit and grants with a condition; the holder downloads the PDF, whose
 * first page is rendered to a PNG and whose text names the number and the condition.
 */
describe('care permit: apply, check, grant with a condition, download', () => {
  let browser: Browser;
  let permitId = '';
  let permitNumber = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('the childminder withdraws the open application (confirm dialog, optional reason); it shows as withdrawn', async () => {
    const page = await signedInPage(browser, HOLDER.email, '/childminder');
    const mine = new MyPermitPage(page);
    await mine.open();
    const open = page.getByTestId('my-application');
    await open.waitFor();
    await expectNoSeriousViolations(page);
    await mine.withdraw('Ich möchte erst die Qualifizierung abschließen.');
    await page.getByText('Ihr Antrag wurde zurückgezogen.').waitFor();
    const closed = page.getByTestId('my-closed-application').filter({ hasText: 'Zurückgezogen' });
    await closed.waitFor();
    expect(await closed.getAttribute('data-status')).toBe('withdrawn');
    expect(await closed.textContent()).toContain('Ich möchte erst die Qualifizierung abschließen.');
    expect(await page.getByTestId('my-application').count()).toBe(0);
    await expectNoSeriousViolations(page);
    await page.context().close();
  });

  it('the childminder applies in the portal and sees what still blocks the decision', async () => {
    const page = await signedInPage(browser, HOLDER.email, '/childminder');
    const mine = new MyPermitPage(page);
    await mine.open();
    expect(await page.getByTestId('page-title').textContent()).toContain('Meine Pflegeerlaubnis');
    await page.getByTestId('empty-state').getByText('Sie haben noch keine Pflegeerlaubnis').waitFor();
    await expectNoSeriousViolations(page);

    // The number of children is checked in the browser first (1–5).
    await page.getByTestId('apply-children').fill('7');
    await page.getByTestId('apply-submit').click();
    await page.getByText('Bitte geben Sie höchstens 5 ein.').waitFor();

    await mine.apply({ kind: 'initial', children: 5, note: 'Hausbesuch gern dienstags vormittags.' });
    const application = page.getByTestId('my-application');
    await application.waitFor();
    expect(await application.getAttribute('data-status')).toBe('submitted');
    expect(await application.getByTestId('application-status').textContent()).toContain('Eingereicht');
    // The home visit is missing, and the certificate of good conduct: her withdrawal before taking up
    // the activity deleted it at once (§ 72a Abs. 5 SGB VIII, issue 11); the list says so in German.
    await mine.blockingItems().first().waitFor();
    expect(await mine.blockingItems().count()).toBe(2);
    const types = await mine.blockingItems().evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));
    expect(types.sort()).toEqual(['good_conduct', 'home_visit']);
    expect(await mine.blockingItems().filter({ hasText: 'Hausbesuch' }).textContent()).toContain(
      'Hausbesuch und Eignungsgespräch: Nicht nachgewiesen.',
    );
    expect(await page.getByTestId('apply-form').count()).toBe(0);
    await expectNoSeriousViolations(page);
    await page.context().close();
  });

  it('the advisor sees the blocking list, records the home visit and grants with a condition', async () => {
    const page = await signedInPage(browser, DEMO.advisor, '/advisor');
    await page.getByTestId('nav-advisor-permit-applications').click();
    await page.waitForURL((u) => u.pathname === '/advisor/permit-applications');
    const row = page.getByTestId('application-row').filter({ hasText: HOLDER.name });
    await row.waitFor();
    const blockingBadge = row.getByTestId('application-blocking');
    expect(await blockingBadge.textContent()).toContain('2 offen');
    expect(await blockingBadge.getAttribute('data-tone')).toBe('danger');
    await expectNoSeriousViolations(page);

    await row.getByTestId('application-link').click();
    await page.waitForURL((u) => /^\/advisor\/permit-applications\/[0-9a-f-]{36}$/.test(u.pathname));
    const app = new ApplicationPage(page);
    const panel = app.blockingPanel();
    await panel.getByTestId('blocking-item').first().waitFor();
    expect(await panel.getByTestId('blocking-item').count()).toBe(2);
    await panel.getByTestId('blocking-checks').waitFor();
    expect(await panel.getByTestId('blocking-file-link').getAttribute('href')).toMatch(/^\/advisor\/childminders\/[0-9a-f-]{36}$/);
    await expectNoSeriousViolations(page);

    // Granting now is refused by the server: the panel shows its list and the form says why.
    await app.chooseDecision('grant');
    await page.getByTestId('decision-submit').click();
    await panel.getByTestId('blocking-message').getByText('Pflichtnachweis').waitFor();
    expect(await panel.getByTestId('blocking-checks').textContent()).toContain('Vor der Entscheidung ist ein Hausbesuch zu erfassen.');
    await page.getByTestId('decision-error').getByText('siehe die Liste oben').waitFor();

    // The certificate of good conduct: the advisor inspects the original again, in the file.
    await panel.getByTestId('blocking-file-link').click();
    await page.waitForURL((u) => /^\/advisor\/childminders\/[0-9a-f-]{36}$/.test(u.pathname));
    const checklist = new EvidenceChecklist(page);
    await checklist.entry('good_conduct').waitFor();
    await checklist.record('good_conduct', { date: daysAgo(20), conviction: false });
    await checklist.entry('good_conduct').getByTestId('evidence-inspection').waitFor();
    await page.goBack();
    await page.waitForURL((u) => /^\/advisor\/permit-applications\/[0-9a-f-]{36}$/.test(u.pathname));
    await panel.getByTestId('blocking-item').first().waitFor();

    // The home visit.
    await app.recordCheck({
      kind: 'home_visit',
      date: todayDe(),
      persons: [HOLDER.name, 'Sabine Krüger'],
      rooms: ['Spielzimmer (EG)', 'Schlafraum (EG)'],
      rating: 'suitable',
      roomsNote: 'Gartenteich ohne Abdeckung.',
      notes: 'Rauchmelder vorhanden, Treppe gesichert.',
      recommendation: 'grant_with_conditions',
    });
    const check = page.getByTestId('check-entry');
    await check.waitFor();
    expect(await check.getAttribute('data-kind')).toBe('home_visit');
    expect(await check.getByTestId('check-entry-rooms').textContent()).toContain('Spielzimmer (EG), Schlafraum (EG)');
    // The visit is also evidence: nothing blocks any more.
    await panel.getByTestId('blocking-none').waitFor();
    // The suitability interview: required with the home visit before the decision (issue 11).
    await app.recordCheck({
      kind: 'interview',
      date: todayDe(),
      persons: [HOLDER.name, 'Sabine Krüger'],
      rooms: [],
      rating: 'suitable',
      recommendation: 'grant_with_conditions',
    });
    await page.locator('[data-testid="check-entry"][data-kind="interview"]').waitFor();

    // With conditions, 4 children: the reason appears and is required.
    await app.chooseDecision('grant_with_conditions');
    await page.getByTestId('decision-max-children').fill('4');
    await page.getByTestId('decision-reason-fewer').waitFor();
    await page.getByTestId('decision-submit').click();
    await page.getByText('Für weniger als 5 Kinder ist eine Begründung erforderlich.').waitFor();
    await page.getByTestId('decision-reason-fewer').fill(REASON_FEWER);
    await app.addCondition(CONDITION);
    await page.getByTestId('decision-condition').filter({ hasText: CONDITION }).waitFor();
    await page.getByTestId('decision-rooms-suggestion').filter({ hasText: 'Spielzimmer (EG)' }).click();
    await page.getByTestId('decision-rooms-chip').filter({ hasText: 'Spielzimmer (EG)' }).waitFor();
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: screenshotPath('advisor-application'), fullPage: true });

    await page.getByTestId('decision-submit').click();
    await page.waitForURL((u) => /^\/advisor\/permits\/[0-9a-f-]{36}$/.test(u.pathname));
    permitId = new URL(page.url()).pathname.split('/').pop() ?? '';
    const number = page.getByTestId('permit-number');
    await number.filter({ hasText: /KAM-\d{4}-\d{4}/ }).waitFor();
    permitNumber = ((await number.textContent()) ?? '').trim();
    expect(permitNumber).toMatch(/^KAM-\d{4}-\d{4}$/);
    expect(await page.getByTestId('permit-status').getAttribute('data-status')).toBe('issued');
    expect(await page.getByTestId('permit-max-children').textContent()).toContain('höchstens 4');
    expect(await page.getByTestId('permit-reason-fewer').textContent()).toContain(REASON_FEWER);
    expect(await page.getByTestId('permit-condition').allTextContents()).toEqual([CONDITION]);
    expect(await page.getByTestId('permit-rooms').textContent()).toContain('Spielzimmer (EG)');
    // No four-eyes approval configured for Kamen: issued at once, nothing to approve.
    expect(await page.getByTestId('permit-approve').count()).toBe(0);

    // The worker renders the PDF: "Dokument wird erstellt" until then, then open and download.
    await page.getByTestId('permit-pdf-ready').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('permit-pdf-download').getAttribute('href')).toBe(`/api/permits/${permitId}/pdf?download=1`);
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: screenshotPath('advisor-permit'), fullPage: true });

    // The register finds it by number, and by name.
    await page.getByTestId('nav-advisor-permits').click();
    await page.waitForURL((u) => u.pathname === '/advisor/permits');
    await page.getByTestId('permit-row').first().waitFor();
    await page.getByTestId('permits-search').fill(permitNumber);
    await page.waitForURL((u) => u.searchParams.get('q') === permitNumber);
    await page.getByTestId('permits-count').getByText('Pflegeerlaubnisse: 1').waitFor();
    expect(await page.getByTestId('permit-row').count()).toBe(1);
    expect(await page.getByTestId('permit-row').textContent()).toContain(HOLDER.name);
    await choose(page, 'permits-status-filter', 'permits-status-revoked');
    await page.getByTestId('empty-state').getByText('Keine Treffer').waitFor();
    await expectNoSeriousViolations(page);

    // The preview loads on request. The API forbids framing its responses (CSP frame-ancestors
    // 'none'), so the browser refuses the frame and the page offers "open in a new tab" instead.
    await page.goto(`/advisor/permits/${permitId}`);
    await page.getByTestId('permit-pdf-ready').waitFor();
    await page.getByTestId('permit-pdf-preview-toggle').click();
    const preview = page.getByTestId('permit-pdf-preview');
    const blocked = page.getByTestId('permit-pdf-preview-blocked');
    await preview.or(blocked).first().waitFor();
    await blocked.waitFor({ timeout: 10_000 }).catch(() => undefined);
    if (await blocked.count()) {
      expect(await blocked.textContent()).toContain('in einem neuen Tab');
    } else {
      expect(await preview.getAttribute('title')).toBe(`Vorschau des Bescheids ${permitNumber}`);
    }
    expect(await page.getByTestId('permit-pdf-open').getAttribute('target')).toBe('_blank');
    await page.context().close();
  });

  it('the holder sees her permit and downloads the PDF, which names the number and the condition', async () => {
    expect(permitNumber).not.toBe('');
    const page = await signedInPage(browser, HOLDER.email, '/childminder');
    await new MyPermitPage(page).open();
    await page.getByTestId('my-permit').waitFor();
    expect(((await page.getByTestId('permit-number').textContent()) ?? '').trim()).toBe(permitNumber);
    expect(await page.getByTestId('permit-status').textContent()).toContain('Erteilt');
    expect(await page.getByTestId('permit-condition').allTextContents()).toEqual([CONDITION]);
    expect(await page.getByTestId('permit-validity').textContent()).toMatch(/\d{2}\.\d{2}\.\d{4} bis \d{2}\.\d{2}\.\d{4}/);
    // The application is decided: no open application, no form.
    expect(await page.getByTestId('my-application').count()).toBe(0);
    expect(await page.getByTestId('apply-form').count()).toBe(0);

    const link = page.getByTestId('permit-pdf-download');
    await link.waitFor({ timeout: 60_000 });
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: screenshotPath('childminder-permit'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const dir = join(ROOT, 'tmp');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `permit-${permitNumber}.pdf`);
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect(statSync(file).size).toBeGreaterThan(10_000);

    const png = screenshotPath('permit-page-1');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, png.replace(/\.png$/, '')]);
    expect(existsSync(png)).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(permitNumber);
    expect(text).toContain(CONDITION);
    expect(text).toContain(HOLDER.name);

    // English: the page's own translations (scope "permits") and the window title follow the switch.
    await page.getByTestId('lang-switch').click();
    await page.getByRole('menuitemradio', { name: /English/ }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.getByTestId('page-title').getByText('My care permit').waitFor();
    await page.getByTestId('permit-status').getByText('Issued').waitFor();
    await page.waitForFunction(() => document.title.startsWith('My care permit'));
    // Back to German, so that later tests meet this user in German.
    await page.getByTestId('lang-switch').click();
    await page.getByRole('menuitemradio', { name: /Deutsch/ }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    await page.getByTestId('page-title').getByText('Meine Pflegeerlaubnis').waitFor();
    await page.context().close();
  });
});
