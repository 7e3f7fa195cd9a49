/** Folding for question matching: one code unit for one code unit, ASCII by its fast path. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/extract/stances/fold.js';

describe('foldText', () => {
  it.each([
    ['Jean-Noël BARROT', 'jean-noel barrot'],
    ['Élysée’s', "elysee's"],
    ['İstanbul', 'istanbul'],
    ['Straße', 'straße'],
    ['TROOPS au sol', 'troops au sol'],
  ])('%s → %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('keeps every offset: the folded text has the length of the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => foldText(text).length === text.length));
  });

  it('folds ASCII exactly as the full Unicode fold does', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)) }), (text) =>
        foldText(text) === text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
      ),
    );
  });
});
