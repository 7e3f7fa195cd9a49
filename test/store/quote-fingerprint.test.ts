import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_QUOTE_WORDS, quoteFingerprint, sameQuote } from '../../src/resolve/across/quote-fingerprint.js';

const QUOTE = 'We are borrowing against our children’s future, and the town will pay for it for decades';

function same(a: string, b: string): boolean {
  const fa = quoteFingerprint(a);
  const fb = quoteFingerprint(b);
  if (fa === null || fb === null) return false;
  // the store only compares what shares a hash, so sharing one is part of being the same quote
  return fa.hashes.some((h) => fb.hashes.includes(h)) && sameQuote(fa, fb);
}

describe('the same quote across outlets', () => {
  it.each([
    ['other quote marks and apostrophes', QUOTE.replace('’', "'")],
    ['other punctuation and case', QUOTE.replace(',', ' —').toUpperCase()],
    ['a few words trimmed at the start', QUOTE.replace('We are ', '')],
    ['a few words trimmed at the end', QUOTE.replace(' for decades', '')],
    ['a short quote with other marks', 'We do not rule out any option'],
  ])('is found with %s', (_, copy) => {
    expect(same(copy === 'We do not rule out any option' ? 'We do not rule out any option.' : QUOTE, copy)).toBe(true);
  });

  it.each([
    ['a different sentence', 'The county will pay a third of the cost if work starts next year'],
    ['a fragment much shorter than the quote', 'borrowing against our children’s future'],
    ['the same words in a much longer statement', `${QUOTE}, he said, adding that the council had ignored three reports from its own engineers`],
  ])('is not confused with %s', (_, other) => {
    expect(same(QUOTE, other)).toBe(false);
  });

  it(`gives no fingerprint below ${MIN_QUOTE_WORDS} words`, () => {
    expect(quoteFingerprint('No comment.')).toBeNull();
  });

  it('never throws and is deterministic', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(quoteFingerprint(text)).toEqual(quoteFingerprint(text));
      }),
    );
  });
});
