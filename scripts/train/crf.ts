/**
 * Trains a linear-chain CRF over any number of labels by AdaGrad on the log-likelihood, one
 * article per step, with an L2 penalty on the feature weights applied to the features each step
 * touches. Articles are visited in an order shuffled by a seeded generator, so the same data,
 * settings and seed give the same weights.
 *
 * Weight layout: feature c has labels − 1 weights (label 0 scores 0) at c · (labels − 1); after
 * the features come the biases (labels − 1), the start scores (labels) and the transitions
 * (labels², from · labels + to).
 */
import { forwardBackward, type ChainWeights } from '../../src/extract/sequence/chain.js';

/** One article: per token its feature ids (compact, 0 … dims), its gold label, and its chains. */
export interface ChainExample {
  readonly ptr: Int32Array;
  readonly cols: Int32Array;
  readonly labels: Uint8Array;
  readonly chains: readonly { first: number; last: number }[];
}

export interface CrfSettings {
  readonly labels: number;
  readonly dims: number;
  readonly epochs: number;
  readonly rate: number;
  /** the L2 penalty over the whole corpus (spread over the articles) */
  readonly l2: number;
  readonly seed: number;
}

export interface CrfWeights {
  readonly w: Float64Array;
  readonly labels: number;
  readonly dims: number;
}

export function paramCount(labels: number, dims: number): number {
  return dims * (labels - 1) + (labels - 1) + labels + labels * labels;
}

export function chainOf(weights: CrfWeights): ChainWeights {
  const { w, labels, dims } = weights;
  const at = dims * (labels - 1) + (labels - 1);
  return { labels, start: w.subarray(at, at + labels), transition: w.subarray(at + labels, at + labels + labels * labels) };
}

/** Per token of an example, `labels` emission scores. */
export function emissionsOf(example: ChainExample, weights: CrfWeights): Float64Array {
  const { w, labels, dims } = weights;
  const K = labels - 1;
  const n = example.labels.length;
  const emit = new Float64Array(n * labels);
  const bias = dims * K;
  for (let i = 0; i < n; i++) {
    const at = i * labels + 1;
    for (let l = 0; l < K; l++) emit[at + l] = w[bias + l] as number;
    for (let j = example.ptr[i] as number; j < (example.ptr[i + 1] as number); j++) {
      const c = (example.cols[j] as number) * K;
      for (let l = 0; l < K; l++) emit[at + l] = (emit[at + l] as number) + (w[c + l] as number);
    }
  }
  return emit;
}

/** A small seeded generator (mulberry32): the same seed, the same order. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Adds one example's gradient of the negative log-likelihood to `grad` and returns its loss; `touched` collects feature ids. */
function exampleGradient(example: ChainExample, weights: CrfWeights, grad: Float64Array, touched: Set<number>): number {
  const { labels: L, dims } = weights;
  const K = L - 1;
  const emit = emissionsOf(example, weights);
  const chain = chainOf(weights);
  const n = example.labels.length;
  const alpha = new Float64Array(n * L);
  const beta = new Float64Array(n * L);
  const scratch = new Float64Array(L);
  const bias = dims * K;
  const at = bias + K;
  const y = example.labels;
  let loss = 0;
  for (const { first, last } of example.chains) {
    if (last <= first) continue;
    const logZ = forwardBackward(emit, first, last, chain, alpha, beta, scratch);
    let gold = chain.start[y[first] as number] as number;
    for (let i = first; i < last; i++) {
      const yi = y[i] as number;
      gold += emit[i * L + yi] as number;
      if (i > first) gold += chain.transition[(y[i - 1] as number) * L + yi] as number;
      for (let l = 1; l < L; l++) {
        const g = Math.exp((alpha[i * L + l] as number) + (beta[i * L + l] as number) - logZ) - (yi === l ? 1 : 0);
        if (Math.abs(g) < 1e-12) continue;
        grad[bias + l - 1] = (grad[bias + l - 1] as number) + g;
        for (let j = example.ptr[i] as number; j < (example.ptr[i + 1] as number); j++) {
          const c = example.cols[j] as number;
          grad[c * K + l - 1] = (grad[c * K + l - 1] as number) + g;
        }
      }
      for (let j = example.ptr[i] as number; j < (example.ptr[i + 1] as number); j++) touched.add(example.cols[j] as number);
      if (i === first) {
        for (let l = 0; l < L; l++) grad[at + l] = (grad[at + l] as number) + Math.exp((alpha[i * L + l] as number) + (beta[i * L + l] as number) - logZ);
        grad[at + yi] = (grad[at + yi] as number) - 1;
      } else {
        for (let p = 0; p < L; p++) {
          const ap = (alpha[(i - 1) * L + p] as number) - logZ;
          for (let l = 0; l < L; l++) {
            const k = at + L + p * L + l;
            grad[k] = (grad[k] as number) + Math.exp(ap + (chain.transition[p * L + l] as number) + (emit[i * L + l] as number) + (beta[i * L + l] as number));
          }
        }
        const k = at + L + (y[i - 1] as number) * L + yi;
        grad[k] = (grad[k] as number) - 1;
      }
    }
    loss += logZ - gold;
  }
  return loss;
}

/** Fits the weights; `log` receives one line per epoch. */
export function trainCrf(examples: readonly ChainExample[], settings: CrfSettings, log: (line: string) => void): CrfWeights {
  const { labels: L, dims, epochs, rate, l2, seed } = settings;
  const K = L - 1;
  const size = paramCount(L, dims);
  const weights: CrfWeights = { w: new Float64Array(size), labels: L, dims };
  const w = weights.w;
  const squares = new Float64Array(size);
  const grad = new Float64Array(size);
  const dense = dims * K;
  const random = seededRandom(seed);
  const order = examples.map((_, i) => i);
  const perStep = l2 / Math.max(1, examples.length);
  const step = (k: number): void => {
    const g = grad[k] as number;
    if (g === 0) return;
    squares[k] = (squares[k] as number) + g * g;
    w[k] = (w[k] as number) - (rate * g) / (Math.sqrt(squares[k] as number) + 1e-8);
    grad[k] = 0;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    // Fisher–Yates with the seeded generator
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let loss = 0;
    const touched = new Set<number>();
    for (const index of order) {
      touched.clear();
      loss += exampleGradient(examples[index] as ChainExample, weights, grad, touched);
      for (const c of touched) {
        for (let l = 0; l < K; l++) {
          const k = c * K + l;
          grad[k] = (grad[k] as number) + perStep * (w[k] as number);
          step(k);
        }
      }
      for (let k = dense; k < size; k++) step(k);
    }
    log(`  epoch ${epoch + 1}/${epochs}: loss ${loss.toFixed(1)}`);
  }
  return weights;
}
