import { describe, expect, it } from 'vitest';
import { readJsonLines, readJsonRecords } from '../../src/ingest/read-records.js';
import type { SourceItem } from '../../src/ingest/source-document.js';

const decoded = (text: string) => ({ text, encoding: 'utf-8' });
const documents = (items: SourceItem[]) => items.flatMap((item) => (item.ok ? [item.document] : []));
const failures = (items: SourceItem[]) => items.flatMap((item) => (item.ok ? [] : [item.failure]));

const ours = {
  id: 'gz-0001',
  text: 'Mayor Helen Ostrova said the footbridge would open next spring.',
  title: 'Footbridge approved',
  url: 'https://gazette.example/footbridge',
  published: '2025-03-04T21:45:00-05:00',
  outlet: 'Eastmere Gazette',
  language: 'en-GB',
  authors: ['Ana Ruiz', 'Tom Hale'],
};
// news-please's field names
const newsPlease = {
  maintext: 'The transport board said the ferry would run all winter.',
  title: 'Ferry to run all winter',
  url: 'https://courier.example/ferry-winter',
  date_publish: '2025-11-02 23:10:00',
  source_domain: 'courier.example',
  language: 'en',
  authors: ['Jun Park'],
  description: null,
};
// trafilatura's: `source` is the page URL, `author` joins names with ";", `text` is preferred to `raw_text`
const trafilatura = {
  raw_text: 'Le conseil a adopté son budget. « Nous avons fait des choix difficiles », a déclaré Inès Moreau.',
  text: 'Le conseil a adopté son budget.\n« Nous avons fait des choix difficiles », a déclaré Inès Moreau.',
  title: 'Le budget adopté',
  source: 'https://courrier.example/budget',
  'source-hostname': 'Le Courrier',
  hostname: 'courrier.example',
  sitename: "Le Courrier d'Eastmere",
  date: '2025-01-15',
  language: 'fr',
  author: 'Claire Dumas; Luc Martin',
};

describe('readJsonLines', () => {
  it('reads our own, news-please and trafilatura records, one per line', () => {
    const lines = [ours, newsPlease, trafilatura].map((record) => JSON.stringify(record)).join('\n');
    expect(documents([...readJsonLines(decoded(lines), 'items.jsonl')])).toEqual([
      {
        text: ours.text,
        title: 'Footbridge approved',
        outlet: 'Eastmere Gazette',
        url: 'https://gazette.example/footbridge',
        published: '2025-03-04',
        language: 'en',
        authors: ['Ana Ruiz', 'Tom Hale'],
        origin: 'items.jsonl:1 (id gz-0001)',
        encoding: 'utf-8',
      },
      {
        text: newsPlease.maintext,
        title: 'Ferry to run all winter',
        outlet: 'courier.example',
        url: 'https://courier.example/ferry-winter',
        published: '2025-11-02',
        language: 'en',
        authors: ['Jun Park'],
        origin: 'items.jsonl:2',
        encoding: 'utf-8',
      },
      {
        text: trafilatura.text,
        title: 'Le budget adopté',
        outlet: "Le Courrier d'Eastmere",
        url: 'https://courrier.example/budget',
        published: '2025-01-15',
        language: 'fr',
        authors: ['Claire Dumas', 'Luc Martin'],
        origin: 'items.jsonl:3',
        encoding: 'utf-8',
      },
    ]);
  });

  it('reports a bad line, a non-record and a record without text, and goes on with the rest', () => {
    const lines = [
      JSON.stringify({ text: 'First.' }),
      '{"text": "cut sho',
      '',
      '["not", "a", "record"]',
      JSON.stringify({ title: 'Only a title', text: '   ' }),
      JSON.stringify({ text: 'Last.', source: 'Eastmere Gazette', published_at: '2025-03-04' }),
    ].join('\r\n');
    const items = [...readJsonLines(decoded(lines), 'items.jsonl')];
    expect(failures(items).map(({ origin, error }) => [origin, error.code, error.message])).toEqual([
      ['items.jsonl:2', 'E_INPUT_FORMAT', expect.stringMatching(/^items\.jsonl:2: not valid JSON \(.+\)$/)],
      ['items.jsonl:4', 'E_INPUT_FORMAT', 'items.jsonl:4: not a record (expected a JSON object with a "text" field)'],
      [
        'items.jsonl:5',
        'E_INPUT_FORMAT',
        'items.jsonl:5: record has no text (expected a non-empty "text", "maintext" or "raw_text" field)',
      ],
    ]);
    expect(documents(items).map(({ origin, outlet, published }) => [origin, outlet, published])).toEqual([
      ['items.jsonl:1', null, null],
      ['items.jsonl:6', 'Eastmere Gazette', '2025-03-04'],
    ]);
  });
});

describe('readJsonRecords', () => {
  it('reads one record', () => {
    expect(documents([...readJsonRecords(decoded(JSON.stringify(newsPlease)), 'a.json')])).toMatchObject([
      { origin: 'a.json', title: 'Ferry to run all winter' },
    ]);
  });

  it('reads an array of records, numbering them from 1', () => {
    const items = [...readJsonRecords(decoded(JSON.stringify([ours, { title: 'no text' }, newsPlease])), 'a.json')];
    expect(items.map((item) => (item.ok ? item.document.origin : item.failure.origin))).toEqual([
      'a.json#1 (id gz-0001)',
      'a.json#2',
      'a.json#3',
    ]);
    expect(items[1]?.ok).toBe(false);
  });

  it('reports a file that is not JSON as one failure', () => {
    expect(failures([...readJsonRecords(decoded('{"text": '), 'a.json')])).toEqual([
      { origin: 'a.json', error: expect.objectContaining({ code: 'E_INPUT_FORMAT', message: expect.stringMatching(/^a\.json: not valid JSON/) }) },
    ]);
  });
});
