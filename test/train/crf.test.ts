/**
 * The CRF trainer of npm run train: reproducible (same data and seed, same weights), and it learns
 * what the features say on a small synthetic corpus.
 */
import { describe, expect, it } from 'vitest';
import { chainOf, emissionsOf, seededRandom, trainCrf, type ChainExample } from '../../scripts/train/crf.js';
import { viterbi } from '../../src/extract/sequence/chain.js';
import { foldOf } from '../../scripts/train/folds.js';

/**
 * Tokens are words 0–3; word 1 is always label 1 ("B"), a word 2 right after it label 2 ("I"),
 * everything else label 0. Each token's features: its word, and its word with the previous word.
 */
function corpus(articles: number, seed: number): ChainExample[] {
  const random = seededRandom(seed);
  return Array.from({ length: articles }, () => {
    const n = 12;
    const words = Array.from({ length: n }, () => Math.floor(random() * 4));
    const labels = Uint8Array.from(words, (w, i) => (w === 1 ? 1 : w === 2 && words[i - 1] === 1 ? 2 : 0));
    const cols: number[] = [];
    const ptr = new Int32Array(n + 1);
    words.forEach((w, i) => {
      ptr[i] = cols.length;
      cols.push(w, 4 + (i > 0 ? (words[i - 1] as number) : 4) * 4 + w);
    });
    ptr[n] = cols.length;
    return { ptr, cols: Int32Array.from(cols), labels, chains: [{ first: 0, last: n }] };
  });
}

const settings = { labels: 3, dims: 4 + 5 * 4, epochs: 5, rate: 0.3, l2: 0.1, seed: 7 };
const quiet = (): void => undefined;

describe('trainCrf', () => {
  it('gives the same weights for the same data and seed', () => {
    const a = trainCrf(corpus(30, 1), settings, quiet);
    const b = trainCrf(corpus(30, 1), settings, quiet);
    expect(Array.from(b.w)).toEqual(Array.from(a.w));
    const c = trainCrf(corpus(30, 1), { ...settings, seed: 8 }, quiet);
    expect(Array.from(c.w)).not.toEqual(Array.from(a.w));
  });

  it('learns the labelling the features determine', () => {
    const weights = trainCrf(corpus(60, 2), settings, quiet);
    let wrong = 0;
    for (const example of corpus(20, 3)) {
      const labels = new Uint8Array(example.labels.length);
      viterbi(emissionsOf(example, weights), 0, labels.length, chainOf(weights), labels);
      wrong += labels.filter((l, i) => l !== example.labels[i]).length;
    }
    expect(wrong).toBe(0);
  });
});

describe('foldOf', () => {
  it('deals articles into k folds of near-equal size, the same for the same seed', () => {
    const folds = foldOf(23, 5, 1);
    const sizes = [0, 1, 2, 3, 4].map((k) => folds.filter((f) => f === k).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(Array.from(foldOf(23, 5, 1))).toEqual(Array.from(folds));
    expect(Array.from(foldOf(23, 5, 2))).not.toEqual(Array.from(folds));
  });
});
