import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFeed as readFeedItems, type FeedEntry } from '../../src/ingest/read-feed.js';

/** The entries, when every item could be read. */
function readFeed(...args: Parameters<typeof readFeedItems>): FeedEntry[] {
  return readFeedItems(...args).map((entry) => {
    if ('error' in entry) throw entry.error;
    return entry;
  });
}

const fixture = (name: string) => ({
  text: readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url), 'utf8'),
  encoding: 'utf-8',
});

describe('readFeed: RSS 2.0', () => {
  const entries = readFeed(fixture('gazette-rss.xml'), 'rss.xml', null);

  it('reads every item, numbered from 1, with the channel title as outlet and its language', () => {
    expect(entries.map((entry) => entry.origin)).toEqual(['rss.xml#1', 'rss.xml#2', 'rss.xml#3']);
    for (const entry of entries) expect(entry.metadata).toMatchObject({ outlet: 'Eastmere Gazette', language: 'en' });
  });

  it('prefers content:encoded to the description and converts its HTML, script left out', () => {
    expect(entries[0]).toMatchObject({
      link: 'https://gazette.example/2025/03/04/footbridge',
      text:
        'The Eastmere town council voted six to three on Tuesday to fund a footbridge.\n\n' +
        '“This bridge joins two halves of our town,” Mayor Helen Ostrova said.',
      metadata: { title: 'Council approves footbridge', published: '2025-03-04', authors: ['Ana Ruiz'] },
    });
  });

  it('reads an escaped HTML description, a permalink guid, dc:date and the name in an RSS <author>', () => {
    expect(entries[1]).toMatchObject({
      link: 'https://gazette.example/2025/03/05/timetables',
      text: 'The ferry will leave ten minutes earlier from Monday, the transport board said.\n\n“Passengers asked for it,” said a spokesperson.',
      metadata: { title: 'Ferry & bus timetables change', published: '2025-03-05', authors: ['Tom Hale'] },
    });
  });

  it('gives an item without content an empty text, and a bare e-mail address names no author', () => {
    expect(entries[2]).toMatchObject({ text: '', metadata: { published: '2025-03-06', authors: [] } });
  });
});

describe('readFeed: Atom', () => {
  const entries = readFeed(fixture('courier-atom.xml'), 'atom.xml', 'https://courier.example/feeds/all.atom');

  it('reads XHTML content, an HTML title, the alternate link (resolved), published before updated, every author', () => {
    expect(entries[0]).toEqual({
      origin: 'atom.xml#1',
      link: 'https://courier.example/ferry-winter',
      text:
        'The harbour ferry will keep running through the winter, the transport board said.\n\nPaid by a levy\n\n' +
        '“People could not get to work,” said board chair Priya Nandakumar.',
      metadata: {
        title: 'Ferry to run all winter',
        outlet: 'Alder Valley Courier',
        url: 'https://courier.example/ferry-winter',
        published: '2025-11-02',
        language: 'en',
        authors: ['Jun Park', 'Lena Ivers'],
      },
    });
  });

  it('falls back on the summary, the updated date, the feed author, and takes the entry language', () => {
    expect(entries[1]).toMatchObject({
      text: 'El ferry saldrá diez minutos antes, dijo la junta.',
      metadata: { published: '2025-11-05', language: 'es', authors: ['Courier Newsroom'] },
    });
  });
});

describe('readFeed: others', () => {
  it('reads RSS 1.0 (RDF), whose items sit next to the channel', () => {
    const rdf = `<?xml version="1.0"?>
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://gazette.example/"><title>Eastmere Gazette</title><dc:language>en</dc:language></channel>
        <item rdf:about="https://gazette.example/a"><title>Budget</title><link>https://gazette.example/a</link>
          <description>The council adopted its budget.</description><dc:date>2025-01-15</dc:date></item>
      </rdf:RDF>`;
    expect(readFeed({ text: rdf, encoding: 'utf-8' }, 'f.rdf', null)).toMatchObject([
      { text: 'The council adopted its budget.', metadata: { title: 'Budget', published: '2025-01-15', outlet: 'Eastmere Gazette' } },
    ]);
  });

  it('reads a feed with no items as no entries', () => {
    expect(readFeed({ text: '<rss><channel><title>Empty</title></channel></rss>', encoding: 'utf-8' }, 'f.xml', null)).toEqual([]);
  });

  it.each([
    ['an HTML page', '<html><body><p>Hi</p></body></html>', 'f.xml: not an RSS or Atom feed (its root element is <html>)'],
    ['plain text', 'Eastmere news', 'f.xml: not an RSS or Atom feed (no root element)'],
  ])('refuses %s', (_label, text, message) => {
    expect(() => readFeed({ text, encoding: 'utf-8' }, 'f.xml', null)).toThrow(expect.objectContaining({ code: 'E_INPUT_FORMAT', message }));
  });

  it('fails an item with hostile markup and reads the others', () => {
    const deep = `${'<div>'.repeat(2000)}x${'</div>'.repeat(2000)}`.replaceAll('<', '&lt;');
    const xml = `<rss><channel><item><description>${deep}</description></item><item><description>Fine.</description></item></channel></rss>`;
    expect(readFeedItems({ text: xml, encoding: 'utf-8' }, 'f.xml', null)).toMatchObject([
      { origin: 'f.xml#1', error: { code: 'E_INPUT_FORMAT', message: 'f.xml#1: HTML nested more than 1000 elements deep; not read' } },
      { origin: 'f.xml#2', text: 'Fine.' },
    ]);
  });

  it('does not expand entities without limit (billion laughs)', () => {
    const entities = ['<!ENTITY a0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i};`.repeat(10)}">`)];
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [${entities.join('')}]><rss><channel><item><description>&a9;</description></item></channel></rss>`;
    let result: unknown;
    try {
      result = readFeed({ text: bomb, encoding: 'utf-8' }, 'f.xml', null);
    } catch (error) {
      result = error;
    }
    expect(JSON.stringify(result ?? '').length).toBeLessThan(1_000_000);
  });
});
