/**
 * The store commands in process, end to end: ingest the bundled example story (text, JSON,
 * HTML, JSONL, RSS) from files and from a local HTTP server, then every query, correction and
 * export, and the errors a user can run into.
 */
import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { ActorSummary, QuoteCluster, StoredStatement } from '../../src/store/store.js';
import { fakeIo } from './fake-io.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'whosaid-store-cli-'));
cpSync(examples, join(dir, 'examples'), { recursive: true });

async function run(args: string[], options: { isTTY?: boolean } = {}) {
  const io = fakeIo({ cwd: dir, ...options });
  const code = await main(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

const json = <T>(stdout: string) => JSON.parse(stdout) as T;

let server: Server;
let base: string;

beforeAll(async () => {
  const types: Record<string, string> = { html: 'text/html; charset=utf-8', xml: 'application/rss+xml', jsonl: 'application/x-ndjson', json: 'application/json' };
  server = createServer((request, response) => {
    const name = (request.url ?? '/').slice(1);
    try {
      const body = readFileSync(join(examples, 'story', name));
      response.writeHead(200, { 'content-type': types[name.split('.').pop() ?? ''] ?? 'text/plain' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { code, stderr } = await run(['ingest', 'examples']);
  expect({ code, stderr: stderr.replace(/[\d.]+ s \([\d.]+ articles\/s\)/, 'T') }).toEqual({
    code: 0,
    stderr: 'whosaid: 7 items into whosaid.db: 7 added, 0 unchanged, 0 failed; ' + stderr.match(/(\d+) statements/)?.[1] + ' statements; T\n',
  });
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('whosaid ingest', () => {
  it('adds nothing the second time', async () => {
    const before = (await run(['statements', '--json'])).stdout;
    const { code, stderr } = await run(['ingest', '--json', 'examples']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/7 items into whosaid\.db: 0 added, 7 unchanged, 0 failed; 0 statements/);
    expect((await run(['statements', '--json'])).stdout).toBe(before);
  });

  it('reads pages, feeds and records over HTTP only when private addresses are allowed', async () => {
    const urls = ['herald-2025-03-06.html', 'gazette-feed.xml', 'wire.jsonl'].map((name) => `${base}/${name}`);
    const refused = await run(['ingest', '--db', 'http.db', ...urls]);
    expect(refused.code).toBe(3);
    expect(refused.stderr.split('\n').filter((line) => /private|loopback/i.test(line))).toHaveLength(3);
    const fetched = await run(['ingest', '--db', 'http.db', '--allow-private', '--json', ...urls, `${base}/missing.html`]);
    expect(fetched.code).toBe(3);
    expect(json<{ added: number; failed: number }>(fetched.stdout)).toMatchObject({ added: 5, failed: 1 });
    const outlets = json<{ outlet: string }[]>((await run(['sources', '--db', 'http.db', '--json'])).stdout).map((o) => o.outlet);
    expect(outlets.sort()).toEqual(['Alder Valley Herald', 'Eastmere Gazette', 'Northern Wire']);
  });

  it('draws a progress line on a terminal only, and erases it before the summary', async () => {
    const quiet = await run(['ingest', '--db', 'tty.db', 'examples/story']);
    expect(quiet.stderr).not.toContain('\u001b');
    const tty = await run(['ingest', '--db', 'tty2.db', 'examples/story'], { isTTY: true });
    expect(tty.stderr).toMatch(/\r\u001b\[Kingest: 1 sources · 1 articles · 1 added · 0 unchanged · 0 failed · \d+ statements · [\d.]+\/s/);
    expect(tty.stderr).toMatch(/\r\u001b\[Kwhosaid: 6 items into tty2\.db/);
  });

  it('keeps an article in a language without a pipeline, unanalysed, and says so', async () => {
    writeFileSync(
      join(dir, 'de.jsonl'),
      `${JSON.stringify({ text: '„Wir geben nicht auf“, sagte die Bürgermeisterin.', outlet: 'Die Zeitung', language: 'de' })}\n`,
    );
    const { code, stderr } = await run(['ingest', '--db', 'de.db', 'de.jsonl']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/1 item into de\.db: 1 added.*; 1 article kept unanalysed \(no pipeline yet for de\)\n$/);
  });

  it('analyses a French article with the French pipeline', async () => {
    writeFileSync(
      join(dir, 'fr.jsonl'),
      `${JSON.stringify({ text: '« Nous ne renoncerons pas », a déclaré la maire Anne Vidal.', outlet: 'La Gazette', language: 'fr' })}\n`,
    );
    const { code, stderr } = await run(['ingest', '--db', 'fr.db', 'fr.jsonl']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/1 item into fr\.db: 1 added/);
    expect(stderr).not.toContain('unanalysed');
  });

  it('reports a bad item and goes on', async () => {
    const { code, stderr } = await run(['ingest', '--db', 'bad.db', 'examples/eastmere-bridge.txt', 'nowhere.txt']);
    expect(code).toBe(3);
    expect(stderr).toMatch(/^whosaid: nowhere\.txt: no such file$/m);
    expect(stderr).toMatch(/2 items into bad\.db: 1 added, 0 unchanged, 1 failed/);
  });
});

describe('queries', () => {
  it('lists statements with filters, as a table and as JSON in the analysis document’s shape', async () => {
    const table = await run(['statements', '--speaker', 'Bekele', '--outlet', 'Alder Valley Herald']);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^DATE\s+OUTLET\s+SPEAKER\s+ROLE\s+KIND\s+CONTENT\s+VIA$/);
    expect(table.stdout).toMatch(/Alder Valley Herald\s+Dariusz Bekele/);
    const statements = json<StoredStatement[]>((await run(['statements', '--json', '--kind', 'direct', '--since', '2025-03-06'])).stdout);
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      expect(s).toMatchObject({ kind: 'direct', content: { text: expect.any(String) }, article: { id: expect.stringMatching(/^[0-9a-f]{64}$/) } });
      expect(s.date?.value ?? s.article.published ?? '').toBeTruthy();
    }
    const lines = (await run(['statements', '--jsonl', '--limit', '2'])).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
  });

  it('shows an actor’s page with roles over time and the outlets that quoted them', async () => {
    const page = await run(['actor', 'Dariusz Bekele']);
    expect(page.code).toBe(0);
    expect(page.stdout).toMatch(/^Dariusz Bekele \(A\d+, person\)/);
    expect(page.stdout).toMatch(/Councillor/);
    expect(page.stdout).toMatch(/Quoted by: .*Eastmere Gazette/);
  });

  it('timeline, sources, clusters and search answer as tables and JSON', async () => {
    expect((await run(['timeline'])).stdout).toMatch(/^DAY\s+STATEMENTS\s+SPEAKERS\n2025-03-0\d/);
    expect((await run(['sources'])).stdout).toMatch(/Northern Wire\s+2\s+\d+\s+\d+%\s+\d+%/);
    const clusters = json<QuoteCluster[]>((await run(['clusters', '--json'])).stdout);
    expect(clusters[0]).toMatchObject({ carriers: 4, first: { outlet: 'Eastmere Gazette', published: '2025-03-05' } });
    const search = await run(['search', 'county', 'share']);
    expect(search.stdout).toMatch(/^Statements\n/);
    expect(search.stdout).toMatch(/\[county\]/);
  });
});

describe('corrections', () => {
  it('renames, merges and splits by id or name, and re-analysis keeps them', async () => {
    const actors = json<ActorSummary[]>((await run(['actors', '--json', '--kind', 'person'])).stdout);
    const lindqvist = actors.find((a) => a.name === 'Marta Lindqvist');
    expect(lindqvist).toBeDefined();
    expect((await run(['actors', 'rename', lindqvist?.id ?? '', 'Marta Lindqvist-Holm'])).code).toBe(0);
    expect((await run(['actors', 'split', 'Dariusz Bekele', '--name', 'D. Bekele'])).stdout).toMatch(/^split: now A\d+ D\. Bekele/);
    expect((await run(['actors', 'merge', 'Dariusz Bekele', 'D. Bekele'])).code).toBe(0);
    const re = await run(['reanalyze', '--all', '--json']);
    expect(re.code).toBe(0);
    expect(json<{ reanalysed: number }>(re.stdout).reanalysed).toBe(7);
    const names = json<ActorSummary[]>((await run(['actors', '--json', '--name', 'Lindqvist'])).stdout).map((a) => a.name);
    expect(names).toEqual(['Marta Lindqvist-Holm']);
    const bekele = json<{ names: string[] }>((await run(['actor', '--json', 'Dariusz Bekele'])).stdout);
    expect(bekele.names).toContain('D. Bekele');
  });

  it('refuses an ambiguous or unknown actor', async () => {
    const ambiguous = await run(['actor', 'Bekele']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/^whosaid: "Bekele" names 2 actors: .*; give an id\n$/);
    const unknown = await run(['actors', 'rename', 'Nobody Known', 'X']);
    expect(unknown).toMatchObject({ code: 4, stderr: 'whosaid: no actor "Nobody Known" in the store\n' });
  });
});

describe('export', () => {
  it('writes CSV with a header and one row per statement', async () => {
    const all = json<StoredStatement[]>((await run(['statements', '--json'])).stdout);
    const { code } = await run(['export', '--out', 'all.csv']);
    expect(code).toBe(0);
    const csv = readFileSync(join(dir, 'all.csv'), 'utf8');
    expect(csv.split('\n')[0]).toMatch(/^statement_id,article_id,article_url,outlet,/);
    expect(csv).toContain('"We are borrowing against our children’s future"'.slice(1, -1));
    const { stdout } = await run(['export', '--format', 'jsonl', '--speaker', 'Ostrova']);
    const rows = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as StoredStatement);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(all.length);
  });

  it('writes the network of outlets and actors as GraphML, edges typed by kind', async () => {
    const { stdout } = await run(['export', '--format', 'graphml']);
    expect(stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml /);
    expect(stdout).toMatch(
      /<node id="outlet:eastmere gazette"><data key="label">Eastmere Gazette<\/data><data key="kind">outlet<\/data><data key="actorKind">media<\/data><data key="statements">11<\/data><\/node>/,
    );
    expect(stdout).toMatch(/<edge id="e\d+" source="outlet:eastmere gazette" target="A\d+"><data key="edgeKind">quoted<\/data><data key="weight">5<\/data><\/edge>/);
    expect(stdout).toMatch(/<edge id="e\d+" source="A\d+" target="outlet:eastmere gazette"><data key="edgeKind">via<\/data><data key="weight">3<\/data><\/edge>/);
    expect(stdout).toMatch(/<edge id="e\d+" source="A\d+" target="A\d+" directed="false"><data key="edgeKind">together<\/data><data key="weight">4<\/data><\/edge>/);
  });
});

describe('bad usage', () => {
  it.each([
    [['statements', '--db', 'missing.db'], 3, /^whosaid: missing\.db: no store there; create one with whosaid ingest\n$/],
    [['statements', '--since', '2025-02-30'], 2, /--since expects a date as YYYY-MM-DD/],
    [['statements', '--kind', 'quoted'], 2, /--kind expects one of direct, indirect, mixed/],
    [['statements', '--limit', '0'], 2, /--limit expects a positive whole number/],
    [['export', '--format', 'xlsx'], 2, /--format expects csv, jsonl or graphml/],
    [['export', '--out', 'no/such/dir/x.csv'], 3, /no\/such\/dir\/x\.csv: cannot be written/],
    [['actors', 'explode', 'A1'], 2, /unknown action "explode"/],
    [['actors', 'split', 'A1'], 2, /split needs --name/],
    [['ingest'], 2, /nothing to ingest/],
    [['search'], 2, /no words to search for/],
  ])('%j exits %i', async (args, code, message) => {
    const result = await run(args);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
  });

  it('every store command has help', async () => {
    for (const command of ['ingest', 'reanalyze', 'statements', 'timeline', 'sources', 'clusters', 'actors', 'actor', 'search', 'export']) {
      const { code, stdout } = await run([command, '--help']);
      expect({ command, code }).toEqual({ command, code: 0 });
      expect(stdout).toMatch(new RegExp(`^Usage: whosaid ${command}`));
    }
  });
});
