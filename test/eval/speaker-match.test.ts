import { describe, expect, it } from 'vitest';
import { spanOf } from '../../src/core/span.js';
import type { GoldAttribution, PredictedAttribution } from '../../src/eval/polnear/attribution.js';
import { pairByOverlap } from '../../src/eval/polnear/overlap-match.js';
import { addSpeakerTally, nameWordsOf, properWordsOf, speakerMatches, speakerShare, speakerTally } from '../../src/eval/polnear/speaker-match.js';
import { nonSpaceCounter } from '../../src/eval/polnear/text-measure.js';

const TEXT = [
  'Officials said on Monday that Sen. Ted Cruz would speak. Forty percent of voters said he had won.',
  'Aides to Clinton said the plan was dead. Rep. Ann Lee (D-N.Y.) said it was not.',
  'The Republican front-runner said he was ready, and Cruz said the race was open.',
  'Clinton, who won the state, said she was glad, and Trump said so too, as did the senator.',
].join('\n\n');

describe('properWordsOf', () => {
  it('keeps words written capitalised mid-sentence and never in lower case', () => {
    const proper = properWordsOf(TEXT);
    for (const name of ['cruz', 'ted', 'clinton', 'trump', 'lee', 'ann']) expect(proper.has(name), name).toBe(true);
  });

  it('drops sentence starts, words also in lower case, source nouns and titles', () => {
    const proper = properWordsOf(TEXT);
    for (const word of ['officials', 'forty', 'aides', 'the', 'sen', 'rep']) expect(proper.has(word), word).toBe(false);
  });
});

describe('nameWordsOf', () => {
  const proper = properWordsOf(TEXT);
  it.each([
    ['Sen. Ted Cruz', ['ted', 'cruz']],
    ['Rep. Ann Lee (D-N.Y.)', ['ann', 'lee']],
    ['Clinton, who won the state,', ['clinton']],
    ['Cruz', ['cruz']],
    // the name only qualifies the source ("Republican" passes as a name word, but is no head), or there is none
    ['Aides to Clinton', []],
    ['The Republican front-runner', []],
    ['Forty percent of voters', []],
    ['he', []],
  ])('reads %j as %j', (source, words) => {
    expect([...nameWordsOf(source, proper)].sort()).toEqual([...words].sort());
  });
});

describe('speakerMatches', () => {
  const proper = properWordsOf(TEXT);
  it.each([
    ['Sen. Ted Cruz', 'Ted Cruz', true],
    ['Cruz', 'Ted Cruz', true],
    ['Cruz', 'Hillary Clinton', false],
    ['Cruz', null, false],
    ['Rep. Ann Lee (D-N.Y.)', 'D-N.Y.', false],
    ['CRUZ', 'Ted Cruz', true],
    ['Aides to Clinton', 'Hillary Clinton', null],
    ['he', 'Ted Cruz', null],
  ] as const)('judges %j spoken by %j: %s', (source, speaker, verdict) => {
    expect(speakerMatches(source, speaker, proper)).toBe(verdict);
  });
});

describe('speakerTally', () => {
  const at = (needle: string, from = 0): ReturnType<typeof spanOf> => {
    const start = TEXT.indexOf(needle, from);
    return spanOf(TEXT, start, start + needle.length);
  };
  const gold = (source: string, content: string): GoldAttribution => ({
    event: `E${content.length}`,
    source: at(source),
    cue: null,
    content: at(content),
    contentParts: [at(content)],
  });
  const predicted = (content: string, speaker: string | null): PredictedAttribution => ({ source: null, cue: null, content: at(content), speaker });

  it('counts paired statements whose gold source is a name, and the right ones among them', () => {
    const golds = [gold('Sen. Ted Cruz', 'Ted Cruz would speak'), gold('Aides to Clinton', 'the plan was dead'), gold('Trump', 'so too')];
    const found = [predicted('Ted Cruz would speak', 'Ted Cruz'), predicted('the plan was dead', 'Aides'), predicted('so too', 'Hillary Clinton')];
    const pairs = pairByOverlap(nonSpaceCounter(TEXT), golds, found);
    const tally = speakerTally(TEXT, golds, found, pairs);
    expect(tally).toEqual({ judged: 2, right: 1 });
    expect(speakerShare(tally)).toBe(0.5);
    expect(addSpeakerTally(tally, { judged: 2, right: 2 })).toEqual({ judged: 4, right: 3 });
  });

  it('is 0 when nothing was judged', () => {
    expect(speakerShare({ judged: 0, right: 0 })).toBe(0);
  });
});
