import { describe, expect, it } from 'vitest';
import { spanOf, type Span } from '../../src/core/span.js';
import type { Attribution } from '../../src/eval/polnear/attribution.js';
import { scoreArticle, scoresOf, type ScoreKind } from '../../src/eval/polnear/score.js';
import { trimForExact } from '../../src/eval/polnear/text-measure.js';

const TEXT = 'Smith said “the plan works, and fast.” Jones: “No.” — Lee\nPolls, he told reporters, are wrong.';

/** A part written as the text it covers, `[text, n]` for its n-th occurrence, or raw offsets. */
type Part = string | readonly [string, number] | Span | null;

function spanFor(part: Part): Span | null {
  if (part === null || typeof part === 'object' && 'start' in part) return part;
  const [needle, nth] = typeof part === 'string' ? [part, 0] : part;
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" is not in the test text`);
  return spanOf(TEXT, at, at + needle.length);
}

function att(source: Part, cue: Part, content: Part): Attribution {
  return { source: spanFor(source), cue: spanFor(cue), content: spanFor(content) };
}

function scores(gold: Attribution[], predicted: Attribution[]) {
  return scoresOf(scoreArticle(TEXT, gold, predicted).tally);
}

const SMITH = att('Smith', 'said', '“the plan works, and fast.”');

describe('trimForExact', () => {
  it.each([
    ['whitespace, punctuation and quote marks', ' “the plan works, and fast.” ', 'the plan works, and fast'],
    ['whitespace uncovered by punctuation', '“ the plan', 'the plan'],
    ['a punctuation-only cue: only whitespace', ' : ', ':'],
    ['a dash cue', '— ', '—'],
  ])('trims %s', (_name, raw, trimmed) => {
    const text = `x${raw}y`;
    const range = trimForExact(text, spanOf(text, 1, 1 + raw.length));
    expect(text.slice(range.start, range.end)).toBe(trimmed);
  });
});

describe('exact match', () => {
  it.each<[string, Attribution[], Attribution[], ScoreKind, { tp: number; predicted: number; gold: number }]>([
    ['content equal after trimming quote marks and punctuation', [SMITH], [att('Smith', 'said', 'the plan works, and fast')], 'content', { tp: 1, predicted: 1, gold: 1 }],
    ['cue equal after trimming whitespace', [SMITH], [att('Smith', ' said ', 'No.')], 'cue', { tp: 1, predicted: 1, gold: 1 }],
    ['a shorter content is no match', [SMITH], [att('Smith', 'said', 'the plan works')], 'content', { tp: 0, predicted: 1, gold: 1 }],
    ['punctuation-only cues: equal ones match', [att('Jones', ':', 'No.')], [att('Jones', ': ', 'No')], 'cue', { tp: 1, predicted: 1, gold: 1 }],
    ['punctuation-only cues: different places do not', [att('Jones', ':', 'No.')], [att('Lee', '—', 'No')], 'cue', { tp: 0, predicted: 1, gold: 1 }],
    ['each gold span matches once', [SMITH], [SMITH, SMITH], 'source', { tp: 1, predicted: 2, gold: 1 }],
    ['a shared gold span counts once per attribution', [SMITH, SMITH], [SMITH], 'source', { tp: 1, predicted: 1, gold: 2 }],
    ['null parts are not counted', [att(null, ':', 'No.')], [att(null, ':', 'No.')], 'source', { tp: 0, predicted: 0, gold: 0 }],
    ['a zero-length span counts as null', [att(null, ':', 'No.')], [att(spanOf(TEXT, 3, 3), ':', 'No.')], 'source', { tp: 0, predicted: 0, gold: 0 }],
  ])('%s', (_name, gold, predicted, kind, expected) => {
    expect(scores(gold, predicted).exact[kind]).toMatchObject(expected);
  });

  it.each<[string, Attribution[], Attribution[], number]>([
    ['all three parts equal', [SMITH], [att('Smith', ' said', 'the plan works, and fast.')], 1],
    ['null matches null', [att(null, ':', 'No.')], [att(null, ':', '“No.”')], 1],
    ['a zero-length span matches null', [att(null, ':', 'No.')], [att(spanOf(TEXT, 3, 3), ':', 'No.')], 1],
    ['a predicted source where gold has none', [att(null, ':', 'No.')], [att('Jones', ':', 'No.')], 0],
    ['a missing cue', [SMITH], [att('Smith', null, 'the plan works, and fast')], 0],
    ['one gold, two equal predictions', [SMITH], [SMITH, SMITH], 1],
  ])('whole quote: %s', (_name, gold, predicted, tp) => {
    expect(scores(gold, predicted).exact.quote).toMatchObject({ tp, predicted: predicted.length, gold: gold.length });
  });
});

describe('overlap', () => {
  it('counts non-whitespace characters', () => {
    const result = scores([att(null, null, 'plan works')], [att(null, null, 'the plan')]);
    // shared "plan" = 4; predicted "theplan" = 7; gold "planworks" = 9
    expect(result.overlap.content).toMatchObject({ shared: 4, predicted: 7, gold: 9 });
    expect(result.overlap.content.precision).toBeCloseTo(4 / 7);
    expect(result.overlap.content.recall).toBeCloseTo(4 / 9);
    expect(result.overlap.content.f1).toBeCloseTo((2 * (4 / 7) * (4 / 9)) / (4 / 7 + 4 / 9));
  });

  it('pairs greedily by largest content overlap, so a prediction is not counted twice', () => {
    const gold = [att(null, null, 'the plan'), att(null, null, 'works, and fast')];
    const { overlapPairs, tally } = scoreArticle(TEXT, gold, [att(null, null, 'plan works, and')]);
    expect(overlapPairs.map((p) => p.gold)).toEqual([1]);
    expect(tally.overlap.content.shared).toBe('works,and'.length);
  });

  it('lets the better-overlapping prediction take a contested gold', () => {
    const gold = [att(null, null, 'the plan works, and fast.'), att(null, null, 'No.')];
    const predicted = [att(null, null, 'the plan'), att(null, null, 'plan works, and fast.'), att(null, null, '“No')];
    const { overlapPairs } = scoreArticle(TEXT, gold, predicted);
    expect(overlapPairs.map((p) => [p.predicted, p.gold])).toEqual([
      [1, 0],
      [2, 1],
    ]);
  });

  it('breaks content ties by cue overlap, then source overlap', () => {
    const gold = [att('Jones', 'said', 'No.'), att('Lee', ':', 'No.')];
    const byCue = scoreArticle(TEXT, gold, [att(null, ':', 'No')]).overlapPairs;
    expect(byCue.map((p) => p.gold)).toEqual([1]);
    const bySource = scoreArticle(TEXT, gold, [att('Lee', null, 'No')]).overlapPairs;
    expect(bySource.map((p) => p.gold)).toEqual([1]);
  });

  it('pairs on cue or source alone when contents do not overlap, and never on nothing', () => {
    const gold = [att('he', 'told reporters', 'Polls'), att('Smith', 'said', 'the plan')];
    const { overlapPairs, tally } = scoreArticle(TEXT, gold, [att(null, 'told', 'are wrong'), att('Jones', ':', 'No')]);
    expect(overlapPairs.map((p) => [p.predicted, p.gold])).toEqual([[0, 0]]);
    expect(tally.overlap.cue).toEqual({ shared: 4, predicted: ':told'.length, gold: 'toldreporterssaid'.length });
    expect(tally.overlap.quote).toMatchObject({ shared: 4 });
  });

  it('sums cue, source and content for the whole quote', () => {
    const result = scores([SMITH], [att('Smith', 'said', 'the plan')]);
    expect(result.overlap.quote).toMatchObject({ shared: 5 + 4 + 7, predicted: 5 + 4 + 7, gold: 5 + 4 + 23 });
  });
});

describe('ratios', () => {
  it('gives 0 for every ratio with a zero denominator', () => {
    for (const result of [scores([], []), scores([SMITH], []), scores([], [SMITH])]) {
      for (const family of [result.exact, result.overlap]) {
        for (const figures of Object.values(family)) {
          expect([figures.precision, figures.recall, figures.f1]).toEqual([0, 0, 0]);
        }
      }
    }
  });

  it('computes F1 as the harmonic mean', () => {
    const result = scores([SMITH], [SMITH, att('Jones', ':', 'No.')]);
    expect(result.exact.quote).toMatchObject({ precision: 0.5, recall: 1 });
    expect(result.exact.quote.f1).toBeCloseTo(2 / 3);
  });

  it('scores gold against itself as 1 everywhere', () => {
    const gold = [SMITH, att('Jones', ':', 'No.'), att('Lee', '—', 'No.'), att('he', 'told reporters', 'Polls, he told reporters, are wrong')];
    const result = scores(gold, gold);
    for (const family of [result.exact, result.overlap]) {
      for (const figures of Object.values(family)) expect(figures.f1).toBe(1);
    }
  });
});
