/**
 * The web app in a real browser (chromium.ts) over a temporary store with the example story
 * (examples/), served with the story's question (examples/questions/footbridge.yaml).
 * Filters the statements by speaker, orders them newest first, downloads the CSV, opens one
 * with the keyboard and checks the highlighted span in its article; opens the dashboard (the
 * home view) with its position matrix, asks a question of its own, and opens an actor page with
 * the position history; pastes an article, analyses and saves it; and saves a screenshot of each
 * view (desktop and phone) under test-artifacts/web/.
 * Skipped, with the reason, when chromium or the built app (`npm run build`) is missing.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuestions } from '../../src/extract/stances/questions.js';
import { TOKEN } from '../server/app.js';
import { ARTIFACTS, skipReason as skip, startBrowserSession, type BrowserSession } from './chromium.js';

if (skip !== null) console.warn(`browser test skipped: ${skip}`);

/** Written for this test; the people and the town are fictional. */
const PASTED = `The harbour master, Tomasz Wren, said on Monday that the new ferry timetable would start in June.
“We have waited long enough for this,” Wren told the Eastmere Gazette.
Councillor Ines Morrow said the county should pay for the extra crossings.`;

let session: BrowserSession;
let base: string;
const openPage = (width: number, height: number) => session.openPage(width, height);

describe.skipIf(skip !== null)(`the web app in chromium${skip === null ? '' : ` (skipped: ${skip})`}`, () => {
  beforeAll(async () => {
    const file = fileURLToPath(new URL('../../examples/questions/footbridge.yaml', import.meta.url));
    session = await startBrowserSession({ questions: parseQuestions(readFileSync(file, 'utf8'), file) });
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

    // the CSV, downloaded by the browser, is the API's export of the same filter
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv).toBe(await (await page.request.get(`${base}/export?speaker=Anna+Bekele&format=csv`)).text());
    expect(csv.trimEnd().split('\n')).toHaveLength(3);
    expect(csv).toContain('forty years');

    // the Date column orders on the server, newest first, across every page
    const oldestFirst = await rows.locator('td.date').allTextContents();
    await page.getByRole('button', { name: 'Date' }).click();
    await expect.poll(() => page.url()).toMatch(/speaker=Anna\+Bekele&order=newest$/);
    await expect.poll(() => rows.locator('td.date').allTextContents()).toEqual([...oldestFirst].reverse());
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toBe('Date');
    await page.getByRole('button', { name: 'Date' }).click();
    await expect.poll(() => rows.locator('td.date').allTextContents()).toEqual(oldestFirst);

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
    expect(counts).toEqual({ articles: 7, statements: 29, actors: 13 });
    for (const [key, value] of Object.entries(counts)) {
      await expect.poll(() => page.locator(`[data-count="${key}"] dd`).textContent()).toBe(String(value));
    }
    const outlet = page.locator('tr[data-outlet="Alder Valley Herald"]');
    await expect.poll(() => outlet.count()).toBe(1);
    expect(await outlet.locator('td').allTextContents()).toEqual(['Alder Valley Herald', '1', '5', '20%', '0%']);
    await expect.poll(() => page.locator('.timeline g[data-day]').count()).toBeGreaterThan(3);
    expect(await page.locator('.timeline g[data-day="2025-03-05"] .value').textContent()).toBe('6');
    // the bars are stacked by speaker: the day's parts add up to its count
    const parts = await page.locator('.timeline g[data-day="2025-03-05"] rect').count();
    expect(parts).toBeGreaterThan(1);
    expect(await page.locator('.timeline-legend a').first().textContent()).toBe('Dariusz Bekele');

    // the position matrix on the server's question: Bekele's latest word is conditional
    const bekele = page.locator('.matrix tr[data-level="actor"][data-actor="Dariusz Bekele"] td[data-question="footbridge"]');
    await expect.poll(() => bekele.getAttribute('data-stance')).toBe('conditional');
    expect(await bekele.locator('.when').textContent()).toBe('2025-04-07');
    expect(await bekele.locator('.conditions').textContent()).toContain('the county pays its share');
    expect(await page.locator('.matrix th', { hasText: 'The Alder footbridge' }).count()).toBe(1);
    // and how it moved: from opposed in March to conditional in April, each end a link to its statement
    const shift = page.locator('.shifts li[data-level="actor"][data-actor="Dariusz Bekele"]');
    await expect.poll(() => shift.count()).toBe(1);
    expect(await shift.locator('[data-stance]').evaluateAll((chips) => chips.map((c) => c.getAttribute('data-stance')))).toEqual(['oppose', 'conditional']);
    expect(await shift.locator('.when').allTextContents()).toEqual(['2025-03-05', '2025-04-07']);
    expect(await shift.locator('a[href^="/app/articles/"]').count()).toBe(2);
    await page.screenshot({ path: `${ARTIFACTS}dashboard-1280.png`, fullPage: true });

    // a question of the user's own, kept in the address
    await page.getByRole('textbox', { name: 'Question' }).fill('Should Eastmere build the footbridge?');
    await page.getByRole('button', { name: 'Ask' }).click();
    await expect.poll(() => page.url()).toMatch(/\/app\/\?question=Should%20Eastmere/);
    await expect.poll(() => page.locator('.matrix thead th').allTextContents()).toEqual(['Actor', 'Should Eastmere build the footbridge?']);
    expect(await page.locator('.matrix tr[data-actor="Dariusz Bekele"] td').count()).toBe(1);
    await page.getByRole('link', { name: "The server's questions" }).click();
    await expect.poll(() => page.locator('.matrix th', { hasText: 'The Alder footbridge' }).count()).toBe(1);

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
    // the position history: opposed in March, conditional in April
    const history = page.locator('.history[data-question="footbridge"] li');
    await expect.poll(() => history.count()).toBeGreaterThan(1);
    const stances = await history.evaluateAll((items) => items.map((li) => `${li.querySelector('.when')?.textContent} ${li.getAttribute('data-stance')}`));
    const sides = stances.filter((s) => !s.endsWith(' neutral'));
    expect(sides[0]).toBe('2025-03-05 oppose');
    expect(sides.at(-1)).toBe('2025-04-07 conditional');
    expect(await page.locator('.history[data-question="footbridge"] h3 [data-stance]').getAttribute('data-stance')).toBe('conditional');
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

    // the paste box analyses at phone width too, the side list above the text
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Paste' }).click();
    await page.getByLabel('Article text').fill(PASTED);
    await page.getByRole('button', { name: 'Analyse' }).click();
    await expect.poll(() => page.locator('aside li').count()).toBeGreaterThan(0);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${ARTIFACTS}paste-phone.png`, fullPage: true });

    await page.getByRole('searchbox', { name: 'Search words' }).fill('footbridge');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#h-found-statements + ol li').count()).toBeGreaterThan(0);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${ARTIFACTS}search-phone.png`, fullPage: true });
    await page.close();
  });

  it('searches statements and articles from the header', async () => {
    const page = await openPage(1280, 800);
    await page.goto(`${base}/app/`);
    await page.getByRole('searchbox', { name: 'Search words' }).fill('forty years');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${base}/app/search?q=forty%20years`);
    const statement = page.locator('#h-found-statements + ol li', { hasText: 'The banks have not moved in forty years' });
    await expect.poll(() => statement.count()).toBe(1);
    expect(await statement.locator('.who').textContent()).toBe('Anna Bekele');
    const article = page.locator('#h-found-articles + ol li').first();
    expect((await article.locator('.snippet mark').allTextContents()).map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['forty', 'years']));
    await page.screenshot({ path: `${ARTIFACTS}search-1280.png`, fullPage: true });
    await statement.locator('p a').click();
    await expect.poll(async () => (await page.locator('mark.content.chosen').allTextContents()).join('')).toContain('forty years');
    await page.close();
  });

  it('pastes an article, analyses it without storing, then saves it with the token', async () => {
    const page = await openPage(1280, 800);
    await page.goto(`${base}/app/paste`);
    await page.getByLabel('Article text').fill(PASTED);
    await page.getByLabel('Title').fill('Ferry timetable to change in June');
    await page.getByLabel('Outlet').fill('Eastmere Gazette');
    await page.getByLabel('Published').fill('2025-05-12');
    await page.getByRole('button', { name: 'Analyse' }).click();
    const wren = page.locator('aside li', { hasText: 'We have waited long enough for this' });
    await expect.poll(() => wren.count()).toBe(1);
    expect(await wren.locator('.who').textContent()).toBe('Tomasz Wren');
    expect(await wren.locator('.when').textContent()).toBe('2025-05-12 · via Eastmere Gazette');
    // a pasted article's actors are not the store's: no actor page links
    expect(await page.locator('aside a.who').count()).toBe(0);
    await wren.locator('button').click();
    await expect.poll(async () => (await page.locator('mark.content.chosen').allTextContents()).join('')).toBe('We have waited long enough for this');
    expect((await (await page.request.get(`${base}/counts`)).json()).articles).toBe(7);
    await page.screenshot({ path: `${ARTIFACTS}paste-1280.png`, fullPage: true });

    await page.getByRole('button', { name: 'Save to the store' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/token/i);
    await page.getByLabel('This server needs its token to save').fill('not-the-token');
    await page.getByRole('button', { name: 'Save to the store' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/token/i);
    await page.getByLabel('This server needs its token to save').fill(TOKEN);
    await page.getByRole('button', { name: 'Save to the store' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Saved\./);
    expect((await (await page.request.get(`${base}/counts`)).json()).articles).toBe(8);
    await page.getByRole('link', { name: 'Open the stored article' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Ferry timetable to change in June');
    expect(await page.locator('aside a.who', { hasText: 'Tomasz Wren' }).first().getAttribute('href')).toMatch(/^\/app\/actors\/A\d+$/);

    // an empty paste is refused in the page, not sent
    await page.goto(`${base}/app/paste`);
    await page.getByRole('button', { name: 'Analyse' }).click();
    expect(await page.locator('textarea:invalid').count()).toBe(1);
    await page.close();
  });

  it('corrects an actor: splits a name form off, merges it back and renames, asking for the token once', async () => {
    const page = await openPage(1280, 800);
    const actorOf = async (id: string) => (await (await page.request.get(`${base}/actors/${id}`)).json()) as { actor: { name: string; statements: number } };
    const [dariusz] = (await (await page.request.get(`${base}/actors?name=Dariusz%20Bekele`)).json()) as { id: string; statements: number }[];
    await page.goto(`${base}/app/actors/${dariusz!.id}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Dariusz Bekele');

    await page.getByText('Correct this actor').click();
    await page.getByLabel('Name form').selectOption('D. Bekele');
    await page.getByRole('button', { name: 'Split off' }).click();
    await page.getByLabel('This server needs its token to save').fill(TOKEN);
    await page.getByRole('button', { name: 'Split off' }).click();
    const notice = page.locator('p.notice');
    await expect.poll(() => notice.textContent()).toMatch(/^The mentions named “D\. Bekele” are now D\. Bekele \(A\d+\)\.$/);
    const splitId = ((await notice.locator('a').getAttribute('href')) ?? '').split('/').pop() ?? '';
    const moved = (await actorOf(splitId)).actor.statements;
    expect(moved).toBeGreaterThan(0);
    expect((await actorOf(dariusz!.id)).actor.statements).toBe(dariusz!.statements - moved);
    await page.screenshot({ path: `${ARTIFACTS}actor-corrections-1280.png`, fullPage: true });

    // the token is remembered for the session: merging back asks for nothing
    await page.getByText('Correct this actor').click();
    await page.getByLabel('Another actor (name or id)').fill(splitId);
    await page.getByRole('button', { name: 'Merge into this actor' }).click();
    await expect.poll(() => notice.textContent()).toBe(`Merged “${splitId}” into Dariusz Bekele.`);
    expect((await actorOf(dariusz!.id)).actor.statements).toBe(dariusz!.statements);

    await page.getByText('Correct this actor').click();
    await page.getByLabel('New name').fill('Dariusz K. Bekele');
    await page.getByRole('button', { name: 'Rename' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Dariusz K. Bekele');
    expect((await actorOf(dariusz!.id)).actor.name).toBe('Dariusz K. Bekele');
    await page.close();
  });

  it('loaded nothing from outside the server and logged no error but the refused saves', () => {
    expect(session.outside).toEqual([]);
    expect(session.problems.filter((p) => !/status of 401/.test(p))).toEqual([]);
  });
});
