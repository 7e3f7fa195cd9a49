/**
 * The training objective of the linear-chain cue tagger: the negative log-likelihood of the gold
 * O/B/I labels of every sentence plus an L2 penalty on the feature weights, and its gradient.
 *
 * Weight layout: feature c has w[2c] (B) and w[2c + 1] (I); O weighs 0. After the 2·dims feature
 * weights come the B and I biases, then the start scores (3) and the transitions (9, from · 3 +
 * to), none of them penalised.
 */
import { forwardBackward, LABELS, type ChainWeights } from '../src/extract/cues/chain.js';

/** Token rows (compact feature ids per token), gold labels and the sentences as row ranges. */
export interface ChainRows {
  readonly count: number;
  readonly ptr: Int32Array;
  readonly cols: Int32Array;
  /** 0 O, 1 B, 2 I */
  readonly labels: Uint8Array;
  readonly sentences: readonly { first: number; last: number }[];
  readonly dims: number;
}

export const PARAMS_AFTER_FEATURES = 2 + LABELS + LABELS * LABELS;

export function chainWeightsOf(w: Float64Array, dims: number): ChainWeights {
  const at = 2 * dims + 2;
  return { start: w.subarray(at, at + LABELS), transition: w.subarray(at + LABELS, at + LABELS + 9) };
}

/** Per row, three emission scores (O, B, I) under weights `w`. */
export function emissions(rows: ChainRows, w: Float64Array): Float64Array {
  const emit = new Float64Array(rows.count * 3);
  const biasB = w[2 * rows.dims] as number;
  const biasI = w[2 * rows.dims + 1] as number;
  for (let r = 0; r < rows.count; r++) {
    let b = biasB;
    let i = biasI;
    for (let j = rows.ptr[r] as number; j < (rows.ptr[r + 1] as number); j++) {
      const c = (rows.cols[j] as number) * 2;
      b += w[c] as number;
      i += w[c + 1] as number;
    }
    emit[r * 3 + 1] = b;
    emit[r * 3 + 2] = i;
  }
  return emit;
}

export function chainLossAndGradient(rows: ChainRows, w: Float64Array, grad: Float64Array, l2: number): number {
  grad.fill(0);
  const { dims, labels } = rows;
  const emit = emissions(rows, w);
  const chain = chainWeightsOf(w, dims);
  const at = 2 * dims + 2;
  const alpha = new Float64Array(rows.count * 3);
  const beta = new Float64Array(rows.count * 3);
  let loss = 0;
  for (const { first, last } of rows.sentences) {
    if (last <= first) continue;
    const logZ = forwardBackward(emit, first, last, chain, alpha, beta);
    let gold = (chain.start[labels[first] as number] as number);
    for (let r = first; r < last; r++) {
      const y = labels[r] as number;
      gold += emit[r * 3 + y] as number;
      if (r > first) gold += chain.transition[(labels[r - 1] as number) * 3 + y] as number;
      // expected minus observed, per label
      for (let l = 1; l < LABELS; l++) {
        const g = Math.exp((alpha[r * 3 + l] as number) + (beta[r * 3 + l] as number) - logZ) - (y === l ? 1 : 0);
        if (g === 0) continue;
        grad[2 * dims + l - 1] = (grad[2 * dims + l - 1] as number) + g;
        for (let j = rows.ptr[r] as number; j < (rows.ptr[r + 1] as number); j++) {
          const c = (rows.cols[j] as number) * 2 + l - 1;
          grad[c] = (grad[c] as number) + g;
        }
      }
      if (r === first) {
        for (let l = 0; l < LABELS; l++) {
          grad[at + l] = (grad[at + l] as number) + Math.exp((alpha[r * 3 + l] as number) + (beta[r * 3 + l] as number) - logZ);
        }
        grad[at + y] = (grad[at + y] as number) - 1;
      } else {
        for (let p = 0; p < LABELS; p++) {
          for (let l = 0; l < LABELS; l++) {
            const e =
              (alpha[(r - 1) * 3 + p] as number) + (chain.transition[p * 3 + l] as number) + (emit[r * 3 + l] as number) + (beta[r * 3 + l] as number) - logZ;
            const k = at + LABELS + p * 3 + l;
            grad[k] = (grad[k] as number) + Math.exp(e);
          }
        }
        const k = at + LABELS + (labels[r - 1] as number) * 3 + y;
        grad[k] = (grad[k] as number) - 1;
      }
    }
    loss += logZ - gold;
  }
  for (let c = 0; c < 2 * dims; c++) {
    const wc = w[c] as number;
    loss += 0.5 * l2 * wc * wc;
    grad[c] = (grad[c] as number) + l2 * wc;
  }
  return loss;
}
