/**
 * The learned cue tagger: per-token cue probabilities from the shipped weights, and their
 * grouping into cue spans. The table asserts only what the model does with a wide margin.
 */
import { describe, expect, it } from 'vitest';
import {
  cueEmissions,
  cueProbabilities,
  cueTagging,
  cueSpans,
  cueTokenFeatures,
  DEFAULT_CUE_THRESHOLD,
  type CueTokenSpan,
} from '../../src/extract/cues/learned-cues.js';
import { findQuotes } from '../../src/extract/quotes/paired-quote-marks.js';
import { CUE_MODEL } from '../../src/lexicon/en/cue-model.js';
import { tokenize, type TextLayers } from '../../src/nlp/tokens.js';

function run(text: string, threshold = DEFAULT_CUE_THRESHOLD): { layers: TextLayers; probs: Float64Array; cues: string[] } {
  const layers = tokenize(text);
  const probs = cueProbabilities(layers, findQuotes(text));
  const cues = cueSpans(layers, probs, threshold).map((s) => spanText(layers, s));
  return { layers, probs, cues };
}

function spanText(layers: TextLayers, span: CueTokenSpan): string {
  const first = layers.tokens[span.first];
  const last = layers.tokens[span.last - 1];
  return first && last ? layers.text.slice(first.start, last.end) : '';
}

describe('the shipped cue model', () => {
  it('is trained on PolNeAR train and has a threshold in (0, 1)', () => {
    expect(CUE_MODEL.trainedOn).toMatch(/^PolNeAR train/);
    expect(DEFAULT_CUE_THRESHOLD).toBeGreaterThan(0);
    expect(DEFAULT_CUE_THRESHOLD).toBeLessThan(1);
    expect(Object.keys(CUE_MODEL.features).length).toBeGreaterThan(1000);
  });
});

describe('cue spans from the learned model', () => {
  it.each<[string, string[]]>([
    ['He said that the plan would fail.', ['said']],
    ['“We will not yield,” the mayor said.', ['said']],
    ['Cruz argued that the deal was a mistake.', ['argued']],
    ['The senator told reporters that he would vote no.', ['told']],
    ['According to the police, the suspect fled.', ['According to']],
    ['Sanders has repeatedly said that the system is rigged.', ['has repeatedly said']],
    ['Clinton also said she would raise taxes.', ['also said']],
    ['Trump called on Congress to act.', ['called on']],
    ['Obama made it clear that he would veto the bill.', ['made it clear']],
    ['Republicans hope the bill will pass.', ['hope']],
    ['The report is due Monday.', []],
    ['The cat sat on the mat.', []],
    ['Stocks rose 2 percent on Tuesday.', []],
  ])('%s → %j', (text, expected) => {
    expect(run(text).cues).toEqual(expected);
  });

  it('finds a stance cue: "worried" in "She is worried about the economy."', () => {
    const { cues } = run('She is worried about the economy.');
    expect(cues).toHaveLength(1);
    expect(cues[0]).toContain('worried');
    // "about" sits near the shipped threshold; a slightly lower one takes it in
    expect(run('She is worried about the economy.', 0.5).cues[0]).toMatch(/worried about$/);
  });
});

describe('cueProbabilities', () => {
  const text = 'The mayor said on Tuesday that “the city will not yield.” Critics disagreed.\n\nAccording to aides, she hopes to run again.';

  it('gives one probability in [0, 1] per token', () => {
    const { layers, probs } = run(text);
    expect(probs).toHaveLength(layers.tokens.length);
    for (const p of probs) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic', () => {
    const a = run(text).probs;
    const b = run(text).probs;
    expect(Array.from(b)).toEqual(Array.from(a));
  });

  it('handles empty text', () => {
    expect(run('').probs).toHaveLength(0);
    expect(run('').cues).toEqual([]);
  });

  it('sums the weights of the named features (the compiled tables agree with training)', () => {
    const layers = tokenize(text);
    const quotes = findQuotes(text);
    const emit = cueEmissions(layers, quotes);
    const weights = new Map(Object.entries(CUE_MODEL.features));
    cueTokenFeatures(layers, quotes).forEach((names, i) => {
      let b = CUE_MODEL.bias[0];
      let c = CUE_MODEL.bias[1];
      for (const name of names) {
        b += weights.get(name)?.[0] ?? 0;
        c += weights.get(name)?.[1] ?? 0;
      }
      expect([emit[i * 3], emit[i * 3 + 1], emit[i * 3 + 2]]).toEqual([0, expect.closeTo(b, 12), expect.closeTo(c, 12)]);
    });
  });

  it('is the chain marginal: inside a cue or not sums to one over the labellings of a sentence', () => {
    // one short sentence, labellings enumerated by brute force
    const layers = tokenize('Officials said so.');
    const emit = cueEmissions(layers, findQuotes(layers.text));
    const n = layers.tokens.length;
    const inside = new Float64Array(n);
    let total = 0;
    for (let code = 0; code < 3 ** n; code++) {
      const labels = Array.from({ length: n }, (_, i) => Math.floor(code / 3 ** i) % 3);
      let score = CUE_MODEL.start[labels[0] as number] as number;
      labels.forEach((l, i) => {
        score += emit[i * 3 + l] as number;
        if (i > 0) score += CUE_MODEL.transition[(labels[i - 1] as number) * 3 + l] as number;
      });
      const weight = Math.exp(score);
      total += weight;
      labels.forEach((l, i) => {
        if (l !== 0) inside[i] = (inside[i] as number) + weight;
      });
    }
    const probs = cueProbabilities(layers, findQuotes(layers.text));
    for (let i = 0; i < n; i++) expect(probs[i]).toBeCloseTo((inside[i] as number) / total, 9);
  });
});

describe("cueTagging: the best labelling's spans", () => {
  it.each<[string, string[]]>([
    ['Sanders has repeatedly said that the system is rigged.', ['has repeatedly said']],
    ['Trump called on Congress to act.', ['called on']],
    ['Obama made it clear that he would veto the bill.', ['made it clear']],
    ['According to the police, the suspect fled.', ['According to']],
    ['The report is due Monday.', []],
  ])('%s → %j', (text, expected) => {
    const layers = tokenize(text);
    const { spans, probabilities } = cueTagging(layers, findQuotes(text));
    expect(spans.map((s) => spanText(layers, s))).toEqual(expected);
    expect(Array.from(probabilities)).toEqual(Array.from(cueProbabilities(layers, findQuotes(text))));
  });
});

describe('cueSpans', () => {
  // He has repeatedly said it . She agreed .
  const layers = tokenize('He has repeatedly said it. She agreed.');
  const spans = (probs: number[], threshold = 0.5): string[] =>
    cueSpans(layers, Float64Array.from(probs), threshold).map((s) => spanText(layers, s));

  it('returns token ranges with an exclusive end', () => {
    const probs = Float64Array.from([0, 0, 0, 0.9, 0, 0, 0, 0, 0]);
    expect(cueSpans(layers, probs, 0.5)).toEqual([{ first: 3, last: 4 }]);
  });

  it('joins adjacent cue tokens', () => {
    expect(spans([0, 0.9, 0.9, 0.9, 0, 0, 0, 0.9, 0])).toEqual(['has repeatedly said', 'agreed']);
  });

  it('bridges one adverb or auxiliary with at least half the threshold', () => {
    expect(spans([0, 0.9, 0.3, 0.9, 0, 0, 0, 0, 0])).toEqual(['has repeatedly said']);
    expect(spans([0, 0.9, 0.1, 0.9, 0, 0, 0, 0, 0])).toEqual(['has', 'said']);
  });

  it('does not bridge other words, nor join across sentences', () => {
    // "it" (a pronoun) is no bridge; the full stop and "She" are in different sentences
    expect(spans([0, 0, 0, 0.9, 0.3, 0.9, 0.9, 0, 0])).toEqual(['said', '.', 'She']);
  });
});
