/**
 * The founding article in a real browser (chromium.ts), from an empty store: pasted into the
 * paste box, analysed, saved (the server wants its token); then the dashboard's position matrix
 * on the founding question, Barrot's "We do not rule out any option." found in the statements
 * table via the BBC on 23 November 2024, its span marked in the article view, and the filtered
 * table exported as CSV through the browser's download. Skipped without ../shared/seed, or
 * when chromium or the built app is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuestions } from '../../src/extract/stances/questions.js';
import { TOKEN } from '../server/app.js';
import { ARTIFACTS, skipReason, startBrowserSession, type BrowserSession } from './chromium.js';

const ARTICLE = fileURLToPath(new URL('../../../shared/seed/european-troops-ukraine.txt', import.meta.url));
const QUESTIONS = fileURLToPath(new URL('../../examples/questions/european-troops.yaml', import.meta.url));
const skip = skipReason ?? (existsSync(ARTICLE) ? null : '../shared/seed is absent');
if (skip !== null) console.warn(`founding-article browser test skipped: ${skip}`);

const QUOTE = 'We do not rule out any option.';
let session: BrowserSession;

describe.skipIf(skip !== null)(`the founding article in chromium${skip === null ? '' : ` (skipped: ${skip})`}`, () => {
  beforeAll(async () => {
    session = await startBrowserSession({ story: false, bodyLimit: 1 << 20, questions: parseQuestions(readFileSync(QUESTIONS, 'utf8'), QUESTIONS) });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('pastes, analyses and saves it, then finds Barrot via the BBC on 23 November 2024 and exports the table', async () => {
    const page = await session.openPage(1280, 800);
    const { base } = session;
    await page.goto(`${base}/app/`);
    await expect.poll(() => page.locator('[data-count="articles"] dd').textContent()).toBe('0');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Paste' }).click();
    await page.getByLabel('Article text').fill(readFileSync(ARTICLE, 'utf8'));
    await page.getByLabel('Outlet').fill('Le Monde');
    await page.getByRole('button', { name: 'Analyse' }).click();

    // the analysis, nothing stored yet: Barrot's quote in the side list, judged on the founding question
    const pasted = page.locator('aside li', { hasText: QUOTE });
    await expect.poll(() => pasted.count()).toBe(1);
    expect(await pasted.locator('.who').textContent()).toBe('Jean-Noël Barrot');
    expect(await pasted.locator('.when').textContent()).toBe('2024-11-23 · via BBC');
    expect(await pasted.locator('.stances [data-stance]').getAttribute('data-stance')).toBe('open');
    await pasted.locator('button').click();
    await expect.poll(async () => (await page.locator('mark.content.chosen').allTextContents()).join('')).toBe(QUOTE);
    expect((await (await page.request.get(`${base}/counts`)).json()).articles).toBe(0);
    await page.screenshot({ path: `${ARTIFACTS}founding-paste-1280.png`, fullPage: true });

    // saving is a write: the server asks for its token, then stores the article
    await page.getByRole('button', { name: 'Save to the store' }).click();
    await page.getByLabel('This server needs its token to save').fill(TOKEN);
    await page.getByRole('button', { name: 'Save to the store' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Saved\./);

    // the dashboard: Barrot is open on the question, and so is France through him
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Dashboard' }).click();
    await expect.poll(() => page.locator('[data-count="articles"] dd').textContent()).toBe('1');
    const barrot = page.locator('.matrix tr[data-level="actor"][data-actor="Jean-Noël Barrot"] td[data-question="eu-ground-troops"]');
    await expect.poll(() => barrot.getAttribute('data-stance')).toBe('open');
    expect(await page.locator('.matrix tr[data-level="speaks-for"][data-actor="France"] td').getAttribute('data-stance')).toBe('open');
    const tenenbaum = page.locator('.matrix tr[data-actor="Eli Tenenbaum"] td');
    expect(await tenenbaum.getAttribute('data-stance')).toBe('conditional');
    expect(await tenenbaum.locator('.conditions').textContent()).toContain('ceasefire');
    // one article, one moment: nobody's position moves
    await expect.poll(() => page.locator('#h-shifts + p').textContent()).toBe('No actor has changed position.');
    await page.screenshot({ path: `${ARTIFACTS}founding-dashboard-1280.png`, fullPage: true });

    // the statements table, filtered to Barrot
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Statements' }).click();
    await page.getByLabel('Speaker').fill('Barrot');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.url()).toMatch(/speaker=Barrot/);
    const row = page.locator('tbody tr', { hasText: QUOTE });
    await expect.poll(() => row.count()).toBe(1);
    expect(await page.locator('tbody tr td.speaker').allTextContents()).toEqual(expect.arrayContaining(['Jean-Noël Barrot']));
    expect(new Set(await page.locator('tbody tr td.speaker').allTextContents())).toEqual(new Set(['Jean-Noël Barrot']));
    expect(await row.locator('td').allTextContents()).toEqual(['2024-11-23', 'Jean-Noël Barrot', QUOTE, 'direct', 'Le Monde', 'BBC']);
    await page.screenshot({ path: `${ARTIFACTS}founding-statements-1280.png`, fullPage: true });

    // the CSV export through the browser's own download
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('statements.csv');
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const lines = csv.trimEnd().split('\n');
    expect(lines.length - 1).toBe(await page.locator('tbody tr').count());
    expect(lines.find((line) => line.includes(QUOTE))).toMatch(/Jean-Noël Barrot.*2024-11-23|2024-11-23.*Jean-Noël Barrot/);
    expect(lines.find((line) => line.includes(QUOTE))).toContain('BBC');

    // the article view marks exactly the quote
    await row.locator('td.content a').click();
    await expect.poll(() => page.url()).toMatch(/\/app\/articles\/[0-9a-f]+\?statement=/);
    await expect.poll(async () => (await page.locator('mark.content.chosen').allTextContents()).join('')).toBe(QUOTE);
    expect(await page.locator('aside li.chosen .when').textContent()).toBe('2024-11-23 · via BBC');
    expect(await page.locator('mark.content.chosen').first().isVisible()).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}founding-article-1280.png` });
    await page.close();
    expect(session.outside).toEqual([]);
    // the one 401 is the save before the token was given
    expect(session.problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
  });
});
