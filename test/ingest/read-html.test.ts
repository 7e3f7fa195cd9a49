import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtml, type HtmlSource } from '../../src/ingest/read-html.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url));
const source = (overrides: Partial<HtmlSource> = {}): HtmlSource => ({ origin: 'page.html', url: null, headerCharset: null, ...overrides });

describe('readHtml: metadata', () => {
  it('prefers JSON-LD (inside @graph, publisher by reference) to OpenGraph and meta tags', () => {
    const document = readHtml(fixture('gazette-bridge.html'), source());
    expect(document).toMatchObject({
      title: 'Eastmere council approves footbridge after months of dispute',
      outlet: 'Eastmere Gazette',
      url: 'https://gazette.example/2025/03/04/footbridge',
      published: '2025-03-04', // 21:45 in Eastmere's time zone, already the 5th in UTC
      language: 'en',
      authors: ['Ana Ruiz', 'Tom Hale'],
      origin: 'page.html',
      encoding: 'utf-8',
    });
  });

  it('prefers OpenGraph to meta tags and <html lang>, and drops profile URLs given as authors', () => {
    expect(readHtml(fixture('og-only.html'), source())).toMatchObject({
      title: 'Harbour ferry to run all winter',
      outlet: 'Alder Valley Courier',
      url: 'https://courier.example/ferry-winter',
      published: '2025-11-02',
      language: 'en',
      authors: ['Jun Park'],
    });
  });

  it('falls back on meta tags, <html lang>, a relative canonical link and <title>', () => {
    expect(readHtml(fixture('meta-only.html'), source({ url: 'https://courrier.example/x/y' }))).toMatchObject({
      title: "Le conseil d'Eastmere vote le budget",
      outlet: "Le Courrier d'Eastmere",
      url: 'https://courrier.example/budget-2025',
      published: '2025-01-15',
      language: 'fr',
      authors: ['Claire Dumas', 'Luc Martin'],
    });
  });

  it('uses the fetched URL when the page names none, and leaves a relative canonical unresolved without one', () => {
    const page = Buffer.from('<title>T</title><p>Short text about the Eastmere ferry.</p>');
    expect(readHtml(page, source({ url: 'https://courier.example/p?id=1' })).url).toBe('https://courier.example/p?id=1');
    expect(readHtml(fixture('meta-only.html'), source()).url).toBeNull();
  });

  it('takes JSON-LD from an array of blocks and ignores a broken block', () => {
    const page = `<html><head>
      <script type="application/ld+json">{ not json </script>
      <script type="application/ld+json">[{"@type":"WebSite","name":"Site"},
        {"@type":"BlogPosting","name":"Harbour diary","datePublished":"2024-12-01",
         "author":{"@type":"Person","name":"Jun Park"},"publisher":"Alder Valley Courier","inLanguage":{"@type":"Language","name":"English","alternateName":"en"}}]</script>
      </head><body><p>The diary of the harbour master, kept for the Courier.</p></body></html>`;
    expect(readHtml(Buffer.from(page), source())).toMatchObject({
      title: 'Harbour diary',
      outlet: 'Alder Valley Courier',
      published: '2024-12-01',
      language: 'en',
      authors: ['Jun Park'],
    });
  });
});

describe('readHtml: text', () => {
  it('keeps the article, one paragraph per block, and leaves out navigation, sidebars, scripts and styles', () => {
    const { text } = readHtml(fixture('gazette-bridge.html'), source());
    const paragraphs = text.split('\n\n');
    expect(paragraphs[0]).toBe(
      'EASTMERE — The Eastmere town council voted six to three on Tuesday to fund a footbridge over the Alder River, ' +
        'ending a debate that had divided the town since last summer.',
    );
    expect(paragraphs).toContain('A divided council');
    expect(paragraphs).toContain('about 9 million pounds for the span itself;');
    expect(paragraphs).toContain('“Finally,” said Tomas Reyes, who runs a bakery near the river.');
    expect(text).toContain('he told the Eastmere Gazette.');
    for (const absent of ['Most read', 'Weather', 'tracking', 'inline script', 'font-family', '<p>']) {
      expect(text).not.toContain(absent);
    }
    expect(text).not.toMatch(/[ \t]{2}|\n{3}|^\s|\s$/);
  });

  it('reads a page too short for Readability from its body', () => {
    expect(readHtml(Buffer.from('<p>One line.</p><p>Two&nbsp;lines.</p>'), source()).text).toBe('One line.\n\nTwo lines.');
  });

  it('refuses a page with no text', () => {
    expect(() => readHtml(Buffer.from('<html><body><script>render()</script></body></html>'), source())).toThrow(
      expect.objectContaining({ code: 'E_INPUT_FORMAT', message: expect.stringMatching(/^page\.html: no text found/) }),
    );
  });
});

describe('readHtml: charset', () => {
  const page = (meta: string, body: Buffer): Buffer =>
    Buffer.concat([Buffer.from(`<html><head>${meta}<title>t</title></head><body><p>`), body, Buffer.from('</p></body></html>')]);
  // “Déjà vu”, dit-il — in Windows-1252
  const cp1252 = Buffer.from([0x93, 0x44, 0xe9, 0x6a, 0xe0, 0x20, 0x76, 0x75, 0x94, 0x2c, 0x20, 0x64, 0x69, 0x74, 0x2d, 0x69, 0x6c]);
  // Привет in KOI8-R: a Windows-1252 guess would make Latin letters of it
  const koi8 = Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]);

  it('decodes a Windows-1252 page that says so in <meta charset>', () => {
    expect(readHtml(page('<meta charset="windows-1252">', cp1252), source())).toMatchObject({
      text: '“Déjà vu”, dit-il',
      encoding: 'windows-1252',
    });
  });

  it('reads the charset of a meta http-equiv content type, and prefers it to the HTTP header', () => {
    const meta = '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">';
    expect(readHtml(page(meta, koi8), source({ headerCharset: 'utf-8' }))).toMatchObject({ text: 'Привет', encoding: 'koi8-r' });
  });

  it('uses the HTTP header charset when the page declares none', () => {
    expect(readHtml(page('', koi8), source({ headerCharset: 'KOI8-R' })).text).toBe('Привет');
  });

  it('lets a byte order mark win over a declaration', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), page('<meta charset="koi8-r">', Buffer.from('Привет'))]);
    expect(readHtml(bytes, source())).toMatchObject({ text: 'Привет', encoding: 'utf-8' });
  });

  it('ignores an unknown charset label and detects the encoding instead', () => {
    expect(readHtml(page('<meta charset="x-klingon">', cp1252), source()).text).toBe('“Déjà vu”, dit-il');
  });
});
