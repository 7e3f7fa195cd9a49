import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectSources, type CollectOptions } from '../../src/ingest/collect.js';
import type { SourceItem } from '../../src/ingest/source-document.js';
import { startServer, type LocalServer } from './local-server.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'whosaid-collect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = (overrides: Partial<CollectOptions> = {}): CollectOptions => ({
  cwd: dir,
  maxBytes: 64 * 1024,
  readStdin: () => Promise.reject(new Error('no standard input in this test')),
  allowPrivate: false,
  followLinks: false,
  ...overrides,
});

async function collect(args: readonly string[], overrides: Partial<CollectOptions> = {}): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of collectSources(args, options(overrides))) items.push(item);
  return items;
}

/** Each item as "origin" for a document and "origin !CODE" for a failure. */
const summary = (items: SourceItem[]): string[] =>
  items.map((item) => (item.ok ? item.document.origin : `${item.failure.origin} !${item.failure.error.code}`));

describe('collectSources: files and directories', () => {
  beforeAll(() => {
    mkdirSync(join(dir, 'news/b-dir'), { recursive: true });
    mkdirSync(join(dir, 'news/.cache'));
    writeFileSync(join(dir, 'news/c.txt'), 'Eastmere council approves footbridge.');
    writeFileSync(join(dir, 'news/B.txt'), 'Capital letters sort first.');
    writeFileSync(join(dir, 'news/.hidden.txt'), 'never read');
    writeFileSync(join(dir, 'news/.cache/x.txt'), 'never read');
    writeFileSync(join(dir, 'news/b-dir/logo.PNG'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    writeFileSync(join(dir, 'news/b-dir/site.css'), 'body { color: red }');
    copyFileSync(new URL('../fixtures/ingest/gazette-bridge.html', import.meta.url), join(dir, 'news/b-dir/page.html'));
    writeFileSync(join(dir, 'news/b-dir/items.jsonl'), '{"text": "one"}\n{"text": \n{"text": "three"}\n');
    writeFileSync(join(dir, 'news/a.json'), '[{"text": "first"}, {"text": "second"}]');
    symlinkSync(join(dir, 'news'), join(dir, 'news/b-dir/loop'));
  });

  it('walks a directory depth first, names sorted by code unit, dotfiles, images and style sheets skipped, a link loop not followed', async () => {
    expect(summary(await collect(['news']))).toEqual([
      'news/B.txt',
      'news/a.json#1',
      'news/a.json#2',
      'news/b-dir/items.jsonl:1',
      'news/b-dir/items.jsonl:2 !E_INPUT_FORMAT',
      'news/b-dir/items.jsonl:3',
      'news/b-dir/page.html',
      'news/c.txt',
    ]);
  });

  it('reads each file by its format', async () => {
    const [page] = await collect(['news/b-dir/page.html']);
    expect(page).toMatchObject({ ok: true, document: { title: 'Eastmere council approves footbridge after months of dispute' } });
    const [text] = await collect(['news/c.txt']);
    expect(text).toEqual({
      ok: true,
      document: {
        text: 'Eastmere council approves footbridge.',
        title: null,
        outlet: null,
        url: null,
        published: null,
        language: null,
        authors: [],
        origin: 'news/c.txt',
        encoding: 'utf-8',
      },
    });
  });

  it('reports a missing file and goes on', async () => {
    const items = await collect(['missing.txt', 'news/c.txt']);
    expect(summary(items)).toEqual(['missing.txt !E_INPUT_NOT_FOUND', 'news/c.txt']);
    expect(items[0]).toMatchObject({ failure: { error: { message: 'missing.txt: no such file' } } });
  });

  it('fills gaps from the defaults without overriding what the source says', async () => {
    const defaults = { outlet: 'Eastmere Gazette', published: '2025-03-04', language: 'en' };
    const [text] = await collect(['news/c.txt'], { defaults });
    expect(text).toMatchObject({ document: defaults });
    writeFileSync(join(dir, 'fr.json'), JSON.stringify({ text: 'Bonjour.', language: 'fr', date: '2025-01-15' }));
    const [record] = await collect(['fr.json'], { defaults });
    expect(record).toMatchObject({ document: { outlet: 'Eastmere Gazette', published: '2025-01-15', language: 'fr' } });
  });
});

describe('collectSources: gzip', () => {
  it('opens a .gz file and reads it by the inner name', async () => {
    writeFileSync(join(dir, 'feed.xml.gz'), gzipSync(fixture('gazette-rss.xml')));
    expect(summary(await collect(['feed.xml.gz']))).toEqual(['feed.xml.gz#1', 'feed.xml.gz#2', 'feed.xml.gz#3 !E_INPUT_FORMAT']);
  });

  it('stops a gzip bomb at the size limit', async () => {
    writeFileSync(join(dir, 'bomb.txt.gz'), gzipSync(Buffer.alloc(10 * 1024 * 1024, 0x61)));
    const [item] = await collect(['bomb.txt.gz']);
    expect(item).toMatchObject({
      ok: false,
      failure: { error: { code: 'E_INPUT_TOO_LARGE', message: expect.stringMatching(/^bomb\.txt\.gz \(decompressed\): input is above the size limit of 64 KiB/) } },
    });
  });

  it('reports a .gz file that is not gzip', async () => {
    writeFileSync(join(dir, 'fake.txt.gz'), 'plain text');
    expect(summary(await collect(['fake.txt.gz']))).toEqual(['fake.txt.gz !E_INPUT_FORMAT']);
  });
});

describe('collectSources: standard input', () => {
  const stdin = (content: Buffer | string) => ({ readStdin: () => Promise.resolve(Buffer.from(content)) });

  it.each([
    ['an HTML page', fixture('og-only.html'), ['standard input'], 'Harbour ferry to run all winter'],
    ['a feed', fixture('courier-atom.xml'), ['standard input#1', 'standard input#2'], 'Ferry to run all winter'],
    ['JSON Lines', '{"text": "a", "title": "A"}\n{"text": "b"}\n', ['standard input:1', 'standard input:2'], 'A'],
    ['a JSON record', '{"text": "a", "title": "A"}', ['standard input'], 'A'],
    ['plain text', 'Eastmere council approves footbridge.', ['standard input'], null],
    ['gzipped JSON Lines', gzipSync('{"text": "a", "title": "A"}\n{"text": "b"}\n'), ['standard input:1', 'standard input:2'], 'A'],
  ])('sniffs %s', async (_label, content, origins, title) => {
    const items = await collect(['-'], stdin(content));
    expect(summary(items)).toEqual(origins);
    expect(items[0]).toMatchObject({ document: { title } });
  });

  it('reports unreadable standard input as one failure', async () => {
    expect(summary(await collect(['-']))).toEqual(['standard input !E_INPUT_UNREADABLE']);
  });
});

describe('collectSources: URLs', () => {
  let server: LocalServer;
  beforeAll(async () => {
    const feed = (origin: string) =>
      fixture('gazette-rss.xml')
        .toString()
        .replaceAll('https://gazette.example/2025/03/04/footbridge', `${origin}/footbridge`)
        .replaceAll('https://gazette.example/2025/03/05/timetables', `${origin}/missing`)
        .replaceAll('https://gazette.example/2025/03/06/fair-photos', `${origin}/photo`);
    server = await startServer({
      '/feed': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(server.origin)),
      '/footbridge': (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><p>The full article about the footbridge vote.</p></body></html>'),
      '/self-feed': (_req, res) =>
        res
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(`<rss><channel><item><link>${server.origin}/self-feed</link><description>Self.</description></item></channel></rss>`),
      '/photo': (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.alloc(16)),
      '/notes': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain; charset=koi8-r' }).end(Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4])),
    });
  });
  afterAll(() => server.close());

  it('refuses a local URL without allowPrivate, as one failure', async () => {
    const items = await collect([`${server.origin}/feed`, 'news/c.txt']);
    expect(summary(items)).toEqual([`${server.origin}/feed !E_FETCH_REFUSED`, 'news/c.txt']);
  });

  it('reads a feed from its summaries', async () => {
    const items = await collect([`${server.origin}/feed`], { allowPrivate: true });
    expect(summary(items)).toEqual([`${server.origin}/feed#1`, `${server.origin}/feed#2`, `${server.origin}/feed#3 !E_INPUT_FORMAT`]);
    expect(items[2]).toMatchObject({
      failure: { error: { message: `${server.origin}/feed#3: feed item has no text; --follow-links reads the page it links to` } },
    });
  });

  it('follows each item link, the feed filling what the page leaves out', async () => {
    const items = await collect([`${server.origin}/feed`], { allowPrivate: true, followLinks: true });
    expect(summary(items)).toEqual([
      `${server.origin}/footbridge`,
      `${server.origin}/missing !E_FETCH`,
      `${server.origin}/photo !E_INPUT_FORMAT`,
    ]);
    expect(items[0]).toMatchObject({
      ok: true,
      document: {
        text: 'The full article about the footbridge vote.',
        title: 'Council approves footbridge',
        published: '2025-03-04',
        authors: ['Ana Ruiz'],
        outlet: 'Eastmere Gazette',
        url: `${server.origin}/footbridge`,
      },
    });
  });

  it('reads a linked feed from its summaries instead of following its links in turn', async () => {
    const items = await collect([`${server.origin}/self-feed`], { allowPrivate: true, followLinks: true });
    expect(summary(items)).toEqual([`${server.origin}/self-feed#1`]);
  });

  it('decodes text with the charset of the Content-Type header', async () => {
    const [item] = await collect([`${server.origin}/notes`], { allowPrivate: true });
    expect(item).toMatchObject({ document: { text: 'Привет', encoding: 'koi8-r', url: `${server.origin}/notes` } });
  });

  it('refuses a URL with another scheme', async () => {
    expect(summary(await collect(['ftp://gazette.example/feed']))).toEqual(['ftp://gazette.example/feed !E_FETCH_REFUSED']);
  });
});
