/**
 * The network view in a real browser (chromium.ts) over the example story (examples/): the
 * canvas holds the API's graph, the table below it lists the same edges, a legend toggle hides a
 * kind, the days go into the address, an actor opens from the table and from the canvas with the
 * keyboard; phone width without horizontal scroll. Screenshots network-1280.png and
 * network-phone.png under test-artifacts/web/.
 * Skipped, with the reason, when chromium or the built app (`npm run build`) is missing.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworkGraph } from '../../src/store/store.js';
import { ARTIFACTS, skipReason as skip, startBrowserSession, type BrowserSession } from './chromium.js';

if (skip !== null) console.warn(`network browser test skipped: ${skip}`);

let session: BrowserSession;

/** The canvas's own counts of the nodes and edges it shows, once it has drawn. */
async function drawn(page: Page): Promise<{ nodes: number; edges: number }> {
  const canvas = page.locator('.network-canvas');
  await expect.poll(() => canvas.getAttribute('data-nodes')).toMatch(/^[1-9]\d*$/);
  return { nodes: Number(await canvas.getAttribute('data-nodes')), edges: Number(await canvas.getAttribute('data-edges')) };
}

const row = (page: Page, kind: string, from: string, to: string) =>
  page.locator(`table.network-edges tr[data-kind="${kind}"]`).filter({ has: page.locator('td.from', { hasText: from }) }).filter({ has: page.locator('td.to', { hasText: to }) });

describe.skipIf(skip !== null)(`the network view in chromium${skip === null ? '' : ` (skipped: ${skip})`}`, () => {
  beforeAll(async () => {
    session = await startBrowserSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('draws the graph, lists its edges, toggles a kind and opens actors', async () => {
    const page = await session.openPage(1280, 800);
    await page.goto(`${session.base}/app/network`);
    const graph = (await (await page.request.get(`${session.base}/network?limit=150`)).json()) as NetworkGraph;
    const together = graph.edges.filter((e) => e.kind === 'together').length;
    expect(together).toBeGreaterThan(0);
    expect(await drawn(page)).toEqual({ nodes: graph.nodes.length, edges: graph.edges.length });
    const box = await page.locator('.network-canvas canvas').first().boundingBox();
    expect(box?.width).toBeGreaterThan(600);
    expect(box?.height).toBeGreaterThan(300);

    // the accessible table: one row per edge, names linking to actor pages
    const rows = page.locator('table.network-edges tbody tr');
    expect(await rows.count()).toBe(graph.edges.length);
    expect(await row(page, 'quoted', 'Eastmere Gazette', 'Dariusz Bekele').locator('td.num').textContent()).toBe('5 statements');
    expect(await row(page, 'via', 'Dariusz Bekele', 'Eastmere Gazette').locator('td.num').textContent()).toBe('3 statements');
    const pair = page.locator('tr[data-kind="together"]', { hasText: 'Helen Ostrova' }).filter({ hasText: 'Dariusz Bekele' });
    expect(await pair.locator('td.num').textContent()).toBe('4 articles');
    expect(await row(page, 'quoted', 'Northern Wire', 'Eastmere Gazette').count()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}network-1280.png`, fullPage: true });

    // hiding "appeared with" takes its edges off the canvas and out of the table, and back
    const toggle = page.getByRole('checkbox', { name: 'appeared with' });
    await toggle.uncheck();
    await expect.poll(() => page.locator('tr[data-kind="together"]').count()).toBe(0);
    expect((await drawn(page)).edges).toBe(graph.edges.length - together);
    expect(await rows.count()).toBe(graph.edges.length - together);
    await toggle.check();
    await expect.poll(() => drawn(page)).toEqual({ nodes: graph.nodes.length, edges: graph.edges.length });

    // the keyboard on the canvas: nodes in order of statements (the Gazette 11, Bekele 10), Enter opens
    await page.locator('.network-canvas').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[data-chosen]').textContent()).toMatch(/^Dariusz Bekele \(actor, 10 statements\)/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/app\/actors\/A\d+$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Dariusz Bekele');

    // back, and the same from the table's link
    await page.goBack();
    await drawn(page);
    await row(page, 'quoted', 'Alder Valley Herald', 'Helen Ostrova').locator('td.to a').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Helen Ostrova');
    await page.close();
  });

  it('keeps the days in the address', async () => {
    const page = await session.openPage(1280, 800);
    await page.goto(`${session.base}/app/network`);
    const all = (await drawn(page)).edges;
    await page.getByLabel('Since').fill('2025-03-20');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.url()).toMatch(/\/app\/network\?since=2025-03-20$/);
    const later = (await (await page.request.get(`${session.base}/network?since=2025-03-20&limit=150`)).json()) as NetworkGraph;
    expect(later.edges.length).toBeLessThan(all);
    await expect.poll(() => page.locator('table.network-edges tbody tr').count()).toBe(later.edges.length);
    await page.reload();
    await expect.poll(() => page.getByLabel('Since').inputValue()).toBe('2025-03-20');
    expect((await drawn(page)).edges).toBe(later.edges.length);
    await page.close();
  });

  it('works at phone width', async () => {
    const page = await session.openPage(390, 844);
    await page.goto(`${session.base}/app/network`);
    await drawn(page);
    expect(await page.locator('table.network-edges tbody tr').count()).toBeGreaterThan(10);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${ARTIFACTS}network-phone.png`, fullPage: true });
    await page.close();
  });

  it('loaded nothing from outside the server and logged no error', () => {
    expect(session.outside).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});
