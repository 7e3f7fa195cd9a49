import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCaseWords } from '../../src/nlp/lower-case-words.js';

/** The definition the scan implements. */
const byRegex = (text: string): Set<string> => new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}]*/gu));

describe('lowerCaseWords', () => {
  it.each([
    ['The minister said no.', ['minister', 'said', 'no']],
    ['well-known élus, Öffentlichkeit und x2y', ['well', 'known', 'élus', 'und', 'x2y']],
    ['iPhone 3rd O’Neill’s ’s', ['iPhone', 's']],
    ['𝐚bc 𝐀bc', ['𝐚bc']],
    ['', []],
  ])('%j', (text, words) => {
    expect([...lowerCaseWords(text)].sort()).toEqual([...words].sort());
  });

  it('gives the same set as the regular expression on any text', () => {
    const chars = fc.constantFrom('a', 'B', '1', ' ', '-', '’', 'é', 'Ö', 'ß', 'ǅ', '٣', '𝐚', '𝐀', '\ud800', '\udc00', '\u0301', '_');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(lowerCaseWords(text)).toEqual(byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });
});
