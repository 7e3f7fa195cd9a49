/**
 * Linear-chain inference over any number of labels, checked against brute-force enumeration of
 * every labelling of short chains with seeded random weights.
 */
import { describe, expect, it } from 'vitest';
import { marginals, viterbi, type ChainWeights } from '../../../src/extract/sequence/chain.js';
import { seededRandom } from '../../../scripts/train/crf.js';

function randomChain(labels: number, tokens: number, seed: number): { emit: Float64Array; w: ChainWeights } {
  const random = seededRandom(seed);
  const value = (): number => (random() - 0.5) * 6;
  const emit = Float64Array.from({ length: labels * tokens }, (_, k) => (k % labels === 0 ? 0 : value()));
  return { emit, w: { labels, start: Array.from({ length: labels }, value), transition: Array.from({ length: labels * labels }, value) } };
}

function enumerate(labels: number, tokens: number, score: (path: number[]) => number): { path: number[]; weight: number }[] {
  const out: { path: number[]; weight: number }[] = [];
  for (let code = 0; code < labels ** tokens; code++) {
    const path = Array.from({ length: tokens }, (_, i) => Math.floor(code / labels ** i) % labels);
    out.push({ path, weight: score(path) });
  }
  return out;
}

describe('the chain', () => {
  it.each([
    [3, 4, 1],
    [7, 3, 2],
    [7, 4, 3],
    [2, 6, 4],
  ])('%i labels, %i tokens (seed %i): marginals and Viterbi equal enumeration', (labels, tokens, seed) => {
    const { emit, w } = randomChain(labels, tokens, seed);
    const score = (path: number[]): number =>
      path.reduce((s, l, i) => s + (emit[i * labels + l] as number) + (i === 0 ? (w.start[l] as number) : (w.transition[(path[i - 1] as number) * labels + l] as number)), 0);
    const all = enumerate(labels, tokens, score);
    const z = all.reduce((s, p) => s + Math.exp(p.weight), 0);
    const m = marginals(emit, [{ first: 0, last: tokens }], tokens, w);
    for (let i = 0; i < tokens; i++) {
      for (let l = 0; l < labels; l++) {
        const expected = all.filter((p) => p.path[i] === l).reduce((s, p) => s + Math.exp(p.weight), 0) / z;
        expect(m[i * labels + l]).toBeCloseTo(expected, 9);
      }
    }
    const best = all.reduce((a, b) => (b.weight > a.weight ? b : a));
    const out = new Uint8Array(tokens);
    viterbi(emit, 0, tokens, w, out);
    expect(Array.from(out)).toEqual(best.path);
  });

  it('treats each range as its own chain', () => {
    const { emit, w } = randomChain(3, 6, 9);
    const split = marginals(emit, [{ first: 0, last: 2 }, { first: 2, last: 6 }], 6, w);
    const alone = marginals(emit.subarray(6), [{ first: 0, last: 4 }], 4, w);
    expect(Array.from(split.subarray(6)).map((x) => x.toFixed(12))).toEqual(Array.from(alone).map((x) => x.toFixed(12)));
  });
});
