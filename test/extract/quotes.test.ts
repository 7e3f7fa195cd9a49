/**
 * findQuotes() on raw text, table-driven. Each row marks every expected quote part with ⟦…⟧
 * (test/helpers/marked.ts) and says how many quotes those parts make: a quote over two
 * paragraphs is one quote with two parts. Rows with no marks must find nothing.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/extract/quotes/paired-quote-marks.js';
import { marked } from '../helpers/marked.js';

interface Row {
  readonly name: string;
  readonly input: string;
  /** how many quotes the marked parts make; default: one per part */
  readonly quotes?: number;
  /** word count of each quote, when the row pins it */
  readonly words?: readonly number[];
}

const FINDS: readonly Row[] = [
  { name: 'curly double quotes, the comma inside the mark left out', input: '“⟦We do not rule out any option⟧,” he said.', words: [7] },
  { name: 'curly quotes keeping the full stop inside the marks', input: 'Barrot stated, “⟦We do not rule out any option.⟧”' },
  { name: 'straight double quotes', input: '"⟦We will build it⟧," she said.' },
  { name: 'a straight closing mark after a word', input: 'He called it "⟦a sham⟧" and left.', words: [2] },
  { name: 'guillemets', input: '«⟦Nous ne céderons pas⟧», a déclaré la ministre.' },
  { name: 'guillemets with no-break spaces inside', input: '«\u00a0⟦Nous ne céderons pas⟧\u00a0», a déclaré la ministre.' },
  { name: 'guillemets with narrow no-break spaces inside', input: '«\u202f⟦Nous ne céderons pas⟧\u202f»' },
  { name: 'German low-high marks', input: '„⟦Wir geben nicht auf⟧“, sagte sie.' },
  { name: 'two quotes of one split statement', input: '“⟦Yes⟧,” he said, “⟦we will.⟧”' },
  {
    name: 'a paragraph-initial quote continued by a mark opening the next paragraph',
    input: '“⟦We will stay until the end.⟧\n\n“⟦Nobody will move us⟧,” she said.',
    quotes: 1,
  },
  {
    name: 'a continuation over three paragraphs',
    input: '“⟦First.⟧\n\n“⟦Second.⟧\n\n“⟦Third⟧,” he said.',
    quotes: 1,
  },
  {
    name: 'a continuation with straight marks',
    input: '"⟦We will stay.⟧\n\n"⟦Nobody will move us⟧," she said.',
    quotes: 1,
  },
  { name: 'a paragraph-initial quote never closed is quoted to the paragraph end', input: '“⟦We will stay until the end.⟧\n\nThe crowd cheered.' },
  { name: 'nested single curly quotes stay inside the double quote', input: '“⟦He told me ‘wait here’ and left⟧,” she said.', words: [7] },
  { name: 'nested single straight quotes stay inside the double quote', input: '"⟦They called it \'a sham\' twice⟧," he said.' },
  { name: 'an apostrophe inside a quote', input: '“⟦It’s the council’s decision⟧,” she said.' },
  { name: 'a closing mark misused to open a paragraph', input: 'Readers wrote in.\n\n”⟦Fear. I am afraid of the vote.⟧” ― Ada Quill' },
];

const NOTHING: readonly Row[] = [
  { name: 'an empty text', input: '' },
  { name: 'a text without marks', input: 'The council met on Tuesday.' },
  { name: 'an unbalanced opening mark inside a paragraph', input: 'He said “no and left.' },
  { name: 'an unbalanced mark before a paragraph break', input: 'He said “no.\n\nThen he left.' },
  { name: 'a stray closing mark', input: 'He left.” Then she spoke.' },
  { name: 'a closing mark opening a paragraph before a space', input: 'He left.\n\n” Then she spoke.' },
  { name: 'feet and inches', input: "It's 5' 11\" tall." },
  { name: 'single quotes alone (apostrophes, mostly)', input: "The 'experts' weren't there, and 'nobody' came." },
  { name: 'marks around nothing but space', input: '“ ” he said.' },
];

function check(row: Row): void {
  const { text, content } = marked(row.input);
  const found = findQuotes(text);
  expect(found.flatMap((q) => q.parts)).toEqual(content);
  expect(found).toHaveLength(row.quotes ?? content.length);
  if (row.words) expect(found.map((q) => q.words)).toEqual(row.words);
  for (const q of found) {
    // the hull of the parts, and marks where the quote says they are
    expect(q.content).toEqual({ start: q.parts[0]?.start, end: q.parts.at(-1)?.end, text: text.slice(q.parts[0]?.start, q.parts.at(-1)?.end) });
    // an opening mark, or a misused closing one where a paragraph starts
    expect(text[q.open]).toMatch(/^\n|^$/.test(text.slice(0, q.open).replace(/[ \t]+$/, '').slice(-1)) ? /["“«„‟”»]/ : /["“«„‟]/);
    expect(q.close).toBeGreaterThanOrEqual(q.content.end);
  }
}

describe('findQuotes', () => {
  it.each(FINDS.map((row) => [row.name, row] as const))('finds %s', (_name, row) => check(row));
  it.each(NOTHING.map((row) => [row.name, row] as const))('finds nothing in %s', (_name, row) => check(row));
});
