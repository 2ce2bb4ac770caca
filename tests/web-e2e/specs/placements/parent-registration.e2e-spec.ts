import type { Browser, Page } from 'playwright-core';
import { expectNoSeriousViolations, launchBrowser, newContext } from '../../support/browser';
import { DEMO, LoginPage, signedInPage } from '../../support/login.page';
import { mailbox } from '../../support/mailbox';
import { RequestFormPage, chooseOption, deDate, isoInDays } from '../../support/pages/placements.page';
import { fullScreenshot } from '../../support/pages/screenshot';

/**
 * The parents' way in (issue 12 item 1) and the two staff pages around it: a parent registers on the
 * public page, confirms with the mailed link, signs in, adds her children and asks for care; an
 * advisor enters a request for her second child from the queue (phone call); an admin changes the
 * office's capacity limits (the legal maximum is refused at the field; the demo values are restored).
 * The children's last name "Abel" sorts them first in the advisor's list of the office's children.
 */
const PARENT = {
  email: 'svenja.abel@example.org',
  password: 'Familie-sucht-Tagespflege-2026',
  firstName: 'Svenja',
  lastName: 'Abel',
  phone: '02307 778899',
};
const START = isoInDays(42);

async function addChild(page: Page, firstName: string, dob: string): Promise<void> {
  await page.getByTestId('nav-parent-children-new').click();
  await page.waitForURL((u) => u.pathname === '/parent/children/new');
  await page.getByTestId('child-first-name').fill(firstName);
  await page.getByTestId('child-last-name').fill(PARENT.lastName);
  await page.getByTestId('child-dob').fill(dob);
  await page.getByTestId('child-submit').click();
  await page.waitForURL((u) => /^\/parent\/children\/[0-9a-f-]{36}$/.test(u.pathname));
}

describe('parents register; advisors enter requests for them; admins set the capacity limits', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('a parent registers on the public page, confirms by mail, signs in, adds a child and submits a request', async () => {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const login = new LoginPage(page);
    await login.open();
    await page.getByTestId('register-parent-link').getByText('Noch kein Konto? Als Eltern registrieren').waitFor();
    await page.getByTestId('register-parent-link').click();
    await page.waitForURL((u) => u.pathname === '/register/parent');
    await page.getByRole('heading', { level: 1, name: 'Als Eltern registrieren' }).waitFor();
    await page.getByTestId('parent-reg-email').waitFor();
    await page.getByTestId('register-office').getByTestId('opening-hours').getByText('Montag').waitFor();

    // An empty form names the problems (German) and sends nothing.
    await page.getByTestId('parent-reg-submit').click();
    await page.getByTestId('register-error').getByText('Bitte prüfen Sie die markierten Angaben.').waitFor();
    expect(await page.getByText('Bitte füllen Sie dieses Feld aus.').count()).toBeGreaterThan(3);

    await page.getByTestId('parent-reg-email').fill(PARENT.email);
    await page.getByTestId('parent-reg-password').fill(PARENT.password);
    await page.getByTestId('parent-reg-repeat').fill(PARENT.password);
    await page.getByTestId('parent-reg-first-name').fill(PARENT.firstName);
    await page.getByTestId('parent-reg-last-name').fill(PARENT.lastName);
    await page.getByTestId('parent-reg-phone').fill(PARENT.phone);
    // The office's privacy notice opens from the consent label without ticking the box.
    await page.getByTestId('privacy-notice-open').click();
    const notice = page.getByRole('dialog', { name: 'Datenschutzhinweise zur Registrierung' });
    await notice.getByText('LDI NRW', { exact: false }).waitFor();
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');
    await notice.waitFor({ state: 'detached' });
    const consent = page.getByTestId('parent-reg-privacy').locator('input[type="checkbox"]');
    expect(await consent.isChecked()).toBe(false);
    await consent.check();
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'placements-parent-registration');

    const seen = await mailbox.ids();
    await page.getByTestId('parent-reg-submit').click();
    await page.getByTestId('register-done').getByText(PARENT.email, { exact: false }).waitFor();
    await expectNoSeriousViolations(page);
    const welcome = await mailbox.waitFor(PARENT.email, 'Ihre Registrierung bei der Fachberatung Kindertagespflege', seen);
    const link = /https?:\/\/\S+\/verify-email\?token=[A-Za-z0-9_-]+/.exec(welcome.text)?.[0];
    if (!link) throw new Error(`no confirmation link in mail: ${welcome.text}`);
    await page.goto(link);
    await page.getByTestId('verify-done').waitFor();
    await page.getByTestId('verify-to-login').click();
    await page.waitForURL((u) => u.pathname === '/login');
    await login.signIn(PARENT.email, PARENT.password);
    await page.waitForURL((u) => u.pathname === '/parent');
    await page.getByTestId('user-menu').getByText('Svenja Abel').waitFor();

    await addChild(page, 'Ben', '03.02.2025');
    await addChild(page, 'Lina', '21.06.2024');

    await page.getByTestId('nav-parent-requests').click();
    await page.waitForURL((u) => u.pathname === '/parent/requests');
    await page.getByTestId('request-new').click();
    await page.waitForURL((u) => u.pathname === '/parent/requests/new');
    const form = new RequestFormPage(page);
    await form.fill({ child: 'Ben Abel', start: deDate(START), extraDays: 1, street: 'Am Markt 5', district: 'Mitte' });
    await form.submit();
    await page.waitForURL((u) => /^\/parent\/requests\/[0-9a-f-]{36}$/.test(u.pathname));
    await page.getByTestId('request-details').waitFor();
    expect(await page.getByTestId('request-status').first().getAttribute('data-status')).toBe('submitted');
    expect(await page.getByTestId('request-entered-by-staff').count()).toBe(0);
    await ctx.close();
  });

  it('an advisor enters a request for the parent’s other child from the queue', async () => {
    const page = await signedInPage(browser, DEMO.advisor, '/advisor');
    await page.getByTestId('nav-advisor-care-requests').click();
    await page.waitForURL((u) => u.pathname === '/advisor/care-requests');
    await page.getByTestId('queue-enter-request').getByText('Anfrage für Eltern erfassen').click();
    await page.waitForURL((u) => u.pathname === '/advisor/care-requests/new');
    const row = page.getByTestId('enter-child-row').filter({ hasText: 'Lina Abel' });
    await row.waitFor();
    expect(await row.textContent()).toContain('21.06.2024');
    await page.waitForFunction(() => !document.querySelector('main mat-progress-bar'));
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'placements-advisor-pick-child');
    await row.getByTestId('enter-pick').click();

    await page.waitForURL((u) => /^\/advisor\/care-requests\/new\/[0-9a-f-]{36}$/.test(u.pathname));
    await page.getByTestId('request-form').waitFor();
    // The child picked before is fixed in the form.
    await page.getByTestId('request-child').getByText('Lina Abel').waitFor();
    expect(await page.getByTestId('request-child').getAttribute('aria-disabled')).toBe('true');
    await page.getByTestId('request-start').fill(deDate(START));
    await page.getByTestId('request-street').fill('Am Markt 5');
    await chooseOption(page, 'request-district', 'Mitte');
    await page.getByTestId('request-notes').fill('Anruf der Mutter am Vormittag.');
    await expectNoSeriousViolations(page);
    await page.getByTestId('request-submit').click();

    await page.waitForURL((u) => /^\/advisor\/care-requests\/[0-9a-f-]{36}$/.test(u.pathname));
    await page.getByTestId('request-details').waitFor();
    expect(await page.getByTestId('request-child-name').textContent()).toContain('Lina Abel');
    await page.getByTestId('request-entered-by-staff').getByText('von der Fachberatung erfasst').waitFor();
    await expectNoSeriousViolations(page);
    // It is in the queue like any other request.
    await page.goto('/advisor/care-requests');
    await page.getByTestId('queue-row').filter({ hasText: 'Lina Abel' }).waitFor();
    // A child that cannot be read (unknown id) is named as such, not shown as an empty select.
    await page.goto('/advisor/care-requests/new/00000000-0000-4000-8000-000000000000');
    await page.getByTestId('request-form-error').getByText('Das Kind wurde nicht gefunden.', { exact: false }).waitFor();
    await page.context().close();
  });

  it('an admin changes the capacity limits; a value above the legal maximum is refused at the field; a stale form gets 409', async () => {
    const page = await signedInPage(browser, DEMO.admin, '/admin');
    await page.getByTestId('nav-admin-capacity-settings').click();
    await page.waitForURL((u) => u.pathname === '/admin/capacity-settings');
    await page.getByRole('heading', { level: 1, name: 'Kapazitätsgrenzen' }).waitFor();
    await page.getByTestId('capacity-settings-form').waitFor();
    for (const group of ['Eine Tagespflegeperson', 'Großtagespflege']) await page.getByRole('heading', { level: 2, name: group }).waitFor();
    expect(await page.getByTestId('cap-max-present-max').textContent()).toContain('Gesetzlich höchstens 5');
    expect(await page.getByTestId('cap-max-contracts-max').textContent()).toContain('Gesetzlich höchstens 10');
    expect(await page.getByTestId('cap-site-max-contracts-max').textContent()).toContain('leer = keine Grenze');
    await page.getByLabel('Betreuungsverträge am Ort').waitFor();
    const contracts = page.getByTestId('cap-max-contracts');
    const before = await contracts.inputValue();
    await page.waitForLoadState('networkidle');
    await expectNoSeriousViolations(page);
    await fullScreenshot(page, 'admin-capacity-settings');

    // Above the legal maximum: refused at the field, nothing sent.
    await page.getByTestId('cap-max-present').fill('6');
    await page.getByTestId('cap-submit').click();
    await page.getByTestId('cap-form-error').getByText('Bitte prüfen Sie die markierten Angaben.').waitFor();
    await page.getByTestId('cap-max-present-error').getByText('Der Wert darf höchstens 5 sein.').waitFor();
    await expectNoSeriousViolations(page);

    await page.getByTestId('cap-max-present').fill('5');
    await contracts.fill('9');
    await page.getByTestId('cap-submit').click();
    await page.getByText('Die Kapazitätsgrenzen sind gespeichert.').waitFor();
    await page.reload();
    await page.getByTestId('capacity-settings-form').waitFor();
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="cap-max-contracts"]') as HTMLInputElement | null)?.value === '9',
    );

    // Another window saves first (restoring the demo value); this one is stale.
    const other = await page.context().newPage();
    await other.goto('/admin/capacity-settings');
    await other.getByTestId('capacity-settings-form').waitFor();
    await other.waitForFunction(
      () => (document.querySelector('[data-testid="cap-max-contracts"]') as HTMLInputElement | null)?.value === '9',
    );
    await other.getByTestId('cap-max-contracts').fill(before);
    await other.getByTestId('cap-submit').click();
    await other.getByText('Die Kapazitätsgrenzen sind gespeichert.').waitFor();
    await other.close();

    await contracts.fill('7');
    await page.getByTestId('cap-submit').click();
    await page.getByTestId('cap-form-error').getByText('Die Grenzen wurden inzwischen geändert.', { exact: false }).waitFor();
    await page.getByTestId('cap-reload').click();
    await page.waitForFunction(
      (v) => (document.querySelector('[data-testid="cap-max-contracts"]') as HTMLInputElement | null)?.value === v,
      before,
    );
    await page.context().close();
  });
});
