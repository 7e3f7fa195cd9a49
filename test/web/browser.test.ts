/**
 * The web app in a real browser (chromium.ts) over a temporary store with the example story
 * (examples/).
 * Filters the statements by speaker, opens one with the keyboard, checks the highlighted span in
 * its article; opens the dashboard (the home view) and an actor page from it; and saves a
 * screenshot of each view (desktop and phone) under test-artifacts/web/.
 * Skipped, with the reason, when chromium or the built app (`npm run build`) is missing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, skipReason as skip, startBrowserSession, type BrowserSession } from './chromium.js';

if (skip !== null) console.warn(`browser test skipped: ${skip}`);

let session: BrowserSession;
let base: string;
const openPage = (width: number, height: number) => session.openPage(width, height);

describe.skipIf(skip !== null)(`the web app in chromium${skip === null ? '' : ` (skipped: ${skip})`}`, () => {
  beforeAll(async () => {
    session = await startBrowserSession();
    base = session.base;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('filters statements by speaker, opens one in its article and marks its span', async () => {
    const page = await openPage(1280, 800);
    await page.goto(`${base}/app/statements`);
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(20);
    await page.screenshot({ path: `${ARTIFACTS}statements-1280.png`, fullPage: true });

    await page.getByLabel('Speaker').fill('Anna Bekele');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.url()).toMatch(/speaker=Anna\+Bekele/);
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.locator('td.speaker').allTextContents()).toEqual(['Anna Bekele', 'Anna Bekele']);
    expect(await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href')).toBe('/export?speaker=Anna+Bekele&format=csv');
    await page.screenshot({ path: `${ARTIFACTS}statements-filtered-1280.png`, fullPage: true });

    // the CSV behind the link is the API's export of the same filter
    const csv = await (await page.request.get(`${base}/export?speaker=Anna+Bekele&format=csv`)).text();
    expect(csv).toContain('forty years');

    const row = rows.filter({ hasText: 'forty years' });
    const quoted = (await row.locator('td.content').textContent()) ?? '';
    expect(quoted).toContain('The banks have not moved in forty years');
    await row.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/app\/articles\/[0-9a-f]+\?statement=[^&]+$/);

    const chosen = page.locator('mark.content.chosen');
    await expect.poll(() => chosen.count()).toBeGreaterThan(0);
    expect((await chosen.allTextContents()).join('')).toBe(quoted);
    // the mention at this place may be a pronoun ("she"); the side list names the actor
    expect(await page.locator('mark.speaker.chosen').count()).toBeGreaterThan(0);
    expect(await page.locator('aside li.chosen .who').textContent()).toBe('Anna Bekele');
    expect(await page.locator('aside li.chosen a.who').getAttribute('href')).toMatch(/^\/app\/actors\/A\d+$/);
    expect(await page.locator('aside button[aria-pressed="true"] .what').textContent()).toBe(quoted);
    expect(await chosen.first().isVisible()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}article-1280.png` });

    // choosing another statement in the side list moves the mark
    const other = page.locator('aside button[aria-pressed="false"]').first();
    const otherText = (await other.locator('.what').textContent()) ?? '';
    await other.click();
    await expect.poll(async () => (await page.locator('mark.content.chosen').allTextContents()).join('')).toBe(otherText);

    // the address is a real page: reload lands on the same view
    await page.reload();
    await expect.poll(async () => (await page.locator('mark.content.chosen').allTextContents()).join('')).toBe(otherText);
    await page.close();
  });

  it('shows the dashboard at / and opens an actor page from it', async () => {
    const page = await openPage(1280, 800);
    await page.goto(`${base}/`);
    const counts = (await (await page.request.get(`${base}/counts`)).json()) as Record<string, number>;
    expect(counts).toEqual({ articles: 7, statements: 29, actors: 10 });
    for (const [key, value] of Object.entries(counts)) {
      await expect.poll(() => page.locator(`[data-count="${key}"] dd`).textContent()).toBe(String(value));
    }
    const outlet = page.locator('tr[data-outlet="Alder Valley Herald"]');
    await expect.poll(() => outlet.count()).toBe(1);
    expect(await outlet.locator('td').allTextContents()).toEqual(['Alder Valley Herald', '1', '5', '20%', '0%']);
    await expect.poll(() => page.locator('.timeline g[data-day]').count()).toBeGreaterThan(3);
    expect(await page.locator('.timeline g[data-day="2025-03-05"] .value').textContent()).toBe('6');
    await page.screenshot({ path: `${ARTIFACTS}dashboard-1280.png`, fullPage: true });

    // the most-quoted list links to the actor page; the keyboard gets there too
    const link = page.locator('.top-actors a', { hasText: 'Dariusz Bekele' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/app\/actors\/A\d+$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Dariusz Bekele');
    expect(await page.locator('table.roles td.title').allTextContents()).toContain('Councillor');
    expect(await page.locator('table.roles tbody tr').first().textContent()).toContain('2025-03-05');
    expect(await page.locator('.outlet-counts li').first().textContent()).toContain('Eastmere Gazette');
    // carried by two outlets: one row per article
    const statement = page.locator('table.actor-statements tbody tr', { hasText: 'too expensive for a town' });
    expect(await statement.count()).toBe(2);
    await page.screenshot({ path: `${ARTIFACTS}actor-1280.png`, fullPage: true });
    await statement.first().locator('td.content a').click();
    await expect.poll(() => page.url()).toMatch(/\/app\/articles\/[0-9a-f]+\?statement=/);
    await expect.poll(async () => (await page.locator('mark.content.chosen').allTextContents()).join('')).toContain('too expensive');
    await page.close();
  });

  it('works at phone width', async () => {
    const page = await openPage(390, 844);
    await page.goto(`${base}/app/statements?speaker=Ostrova`);
    await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0);
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${ARTIFACTS}statements-phone.png`, fullPage: true });
    await page.locator('tbody tr td.content a').first().click();
    await expect.poll(() => page.locator('mark.content.chosen').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}article-phone.png` });

    await page.goto(`${base}/app/`);
    await expect.poll(() => page.locator('tr[data-outlet]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.top-actors a').count()).toBeGreaterThan(0);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${ARTIFACTS}dashboard-phone.png`, fullPage: true });
    await page.locator('.top-actors a').first().click();
    await expect.poll(() => page.locator('table.actor-statements tbody tr').count()).toBeGreaterThan(0);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${ARTIFACTS}actor-phone.png`, fullPage: true });
    await page.close();
  });

  it('loaded nothing from outside the server and logged no error', () => {
    expect(session.outside).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
