/**
 * analyze() on random and hostile text: it must never throw, every span it returns must point
 * at the text it carries, and large inputs must finish in bounded time. Spans are found by
 * walking the whole document, so fields the extractor adds later are checked too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { isValidSpan, type Span } from '../src/core/span.js';
import { schemaErrors } from './helpers/analysis-schema.js';

/** Every {start, end, text} object anywhere in `value`. */
function spansIn(value: unknown, found: Span[] = []): Span[] {
  if (Array.isArray(value)) {
    for (const item of value) spansIn(item, found);
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if ('start' in record && 'end' in record && 'text' in record) found.push(record as unknown as Span);
    for (const child of Object.values(record)) spansIn(child, found);
  }
  return found;
}

/** What must hold for any text: returns the problems, so a failure shows all of them. */
function problemsFor(text: string, language = 'en'): string[] {
  const document = analyze(text, { published: '2025-03-04', language });
  const badSpans = spansIn(document)
    .filter((span) => !isValidSpan(document.article.text, span))
    .map((span) => `bad span ${JSON.stringify(span)}`);
  const textChanged = document.article.text === text ? [] : ['article.text differs from the input'];
  return [...textChanged, ...badSpans, ...schemaErrors(document)];
}

const QUOTE_MARKS = ['"', "'", '“', '”', '‘', '’', '«', '»', '‹', '›', '„', '「', '」'];
const PIECES = [
  ...QUOTE_MARKS,
  ...['\n', '\n\n', '\r\n', ' ', '\u00a0', '\u202f', '\t', '.', ',', '!', '?', ':', ';', '—', '–', '…', '(', ')'],
  ...['said', 'told', 'According to', 'he', 'She', 'they', 'Mr.', 'Dr.', 'U.S.', 'the BBC', 'Le Monde', 'a source'],
  ...['Mayor Helen Ostrova', 'Councillor Dariusz Bekele', 'on Tuesday', '4 March 2025', 'last year', '2024', '😀', 'é'],
];

const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const arbitraryText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: utf16Unit, maxLength: 300 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(' ')),
  fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 100, max: 5_000 })).map(([piece, n]) => piece.repeat(n)),
);

describe('spansIn', () => {
  it('finds spans at any depth, so the properties below are not vacuous', () => {
    const span = { start: 0, end: 1, text: 'a' };
    const document = { article: { text: 'a' }, statements: [{ content: span, contentParts: [span], extra: { deep: [span] } }] };
    expect(spansIn(document)).toHaveLength(3);
  });
});

describe('analyze() on arbitrary text', () => {
  it('never throws and returns only valid spans', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        expect(problemsFor(text)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['an empty text', ''],
    ['only whitespace', ' \n\t\u00a0\r\n'],
    ['an opening quote that never closes', '"We will not give up, said Mayor Helen Ostrova. She left.'],
    ['a closing quote that never opened', 'We will not give up," said Mayor Helen Ostrova.'],
    ['nested quotes', '“He told me ‘never say “never” again’,” she said. «Il a dit « non » », dit-il.'],
    ['text without sentence punctuation', 'Mayor Helen Ostrova said the bridge will be built she told the Gazette'],
    // found by the property above: a cue right after a leading dash
    ['a cue after a leading dash', '— told'],
    ['a cue after a leading comma', ', said'],
  ])('handles %s', (_label, text) => {
    expect(problemsFor(text)).toEqual([]);
  });
});

/** French pieces: elisions, inversions, guillemets with (narrow) no-break spaces, cues, selon. */
const FRENCH_PIECES = [
  ...PIECES,
  ...['«\u00a0', '\u00a0»', '«\u202f', '\u202f»', "l'", 'qu’', "d'après", 'a-t-il', 'a-t-elle', '-t-', 'dit-il', '-', 'a', 'déclaré'],
  ...['a déclaré', 'selon', 'Selon', 'de source', 'au Monde', 'à la BBC', 'Mme Leroy', 'M.', 'le ministre', 'que', 'qui', 'mardi', 'le 23 novembre', 'hier'],
];
const arbitraryFrench = fc.oneof(
  fc.string({ unit: utf16Unit, maxLength: 300 }),
  fc.array(fc.constantFrom(...FRENCH_PIECES), { maxLength: 400 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...FRENCH_PIECES), { maxLength: 80 }).map((parts) => parts.join(' ')),
);

describe('analyze() on arbitrary French text', () => {
  it('never throws and returns only valid spans', () => {
    fc.assert(
      fc.property(arbitraryFrench, (text) => {
        expect(problemsFor(text, 'fr')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['an inversion with nothing before', 'a-t-il déclaré'],
    ['a cue at the very end', '« Non », a déclaré'],
    ['selon at the end', 'Il pleut, selon'],
    ['a colon and an unclosed guillemet', 'Le ministre : « Rien'],
    ['elisions only', "l'l'l'qu'd'"],
  ])('handles %s', (_label, text) => {
    expect(problemsFor(text, 'fr')).toEqual([]);
  });
});

const KB100 = 100 * 1024;
const fill = (unit: string): string => unit.repeat(Math.ceil(KB100 / unit.length)).slice(0, KB100);

describe('analyze() on 100 kB of adversarial text', () => {
  it.each([
    ['quote marks only', fill('“"«”»\'')],
    ['spaces', fill(' ')],
    ['one word without punctuation', fill('said ')],
    ['one unbalanced quote then prose', `"${fill('He said that the council would vote. ')}`],
    ['alternating attributions', fill('"Yes," he said. "No," she said. According to them, ')],
    ['newlines and capitals', fill('\nMr. A. B. C. D.\n')],
    ['French incises (fr)', fill('« Oui », a-t-il déclaré. Selon M. Leroy, non. '), 'fr'],
    ['French elisions and guillemets (fr)', fill("l'« qu'd'» "), 'fr'],
  ])('%s: finishes within 10 s with valid spans', (_label, text, language = 'en') => {
    const started = performance.now();
    expect(problemsFor(text, language)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
