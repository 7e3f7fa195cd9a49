/**
 * Linear-chain inference over any number of labels: forward–backward for each token's label
 * marginals and Viterbi for the best labelling. The role tagger (src/extract/roles/) scores with
 * it at run time and scripts/train.ts trains with the same code.
 *
 * Emissions are laid out per token, `labels` numbers each; label 0 (outside) scores 0 and the
 * others are relative to it. `start` scores a chain's first label, `transition` (from · labels +
 * to) each pair of neighbours.
 */

export interface ChainWeights {
  readonly labels: number;
  readonly start: ArrayLike<number>;
  readonly transition: ArrayLike<number>;
}

/** log(Σ exp(x[k])) over x[from .. from + count). */
function logSumExp(x: Float64Array, from: number, count: number): number {
  let m = -Infinity;
  for (let k = 0; k < count; k++) if ((x[from + k] as number) > m) m = x[from + k] as number;
  if (m === -Infinity) return m;
  let s = 0;
  for (let k = 0; k < count; k++) s += Math.exp((x[from + k] as number) - m);
  return m + Math.log(s);
}

/**
 * Fills `alpha` and `beta` (log scores, `labels` per token) for tokens [first, last) and returns
 * the log partition of that stretch. `scratch` holds at least `labels` numbers.
 */
export function forwardBackward(
  emit: ArrayLike<number>,
  first: number,
  last: number,
  w: ChainWeights,
  alpha: Float64Array,
  beta: Float64Array,
  scratch: Float64Array = new Float64Array(w.labels),
): number {
  const L = w.labels;
  const t = w.transition;
  for (let l = 0; l < L; l++) alpha[first * L + l] = (w.start[l] as number) + (emit[first * L + l] as number);
  for (let i = first + 1; i < last; i++) {
    const p = (i - 1) * L;
    for (let l = 0; l < L; l++) {
      for (let k = 0; k < L; k++) scratch[k] = (alpha[p + k] as number) + (t[k * L + l] as number);
      alpha[i * L + l] = logSumExp(scratch, 0, L) + (emit[i * L + l] as number);
    }
  }
  for (let l = 0; l < L; l++) beta[(last - 1) * L + l] = 0;
  for (let i = last - 2; i >= first; i--) {
    const n = (i + 1) * L;
    for (let l = 0; l < L; l++) {
      for (let k = 0; k < L; k++) scratch[k] = (t[l * L + k] as number) + (emit[n + k] as number) + (beta[n + k] as number);
      beta[i * L + l] = logSumExp(scratch, 0, L);
    }
  }
  return logSumExp(alpha, (last - 1) * L, L);
}

/**
 * Per token and label, the marginal probability (`labels` numbers per token); each range is one
 * chain. Computed in probability space with each step rescaled (one exp per token and label,
 * where the log-space recursion of forwardBackward takes labels² per token); training keeps the
 * log-space form for the partition function.
 */
export function marginals(emit: ArrayLike<number>, ranges: readonly { first: number; last: number }[], tokens: number, w: ChainWeights): Float64Array {
  const L = w.labels;
  const out = new Float64Array(tokens * L);
  const e = new Float64Array(tokens * L);
  const alpha = new Float64Array(tokens * L);
  const beta = new Float64Array(tokens * L);
  const scale = new Float64Array(tokens);
  const t = Float64Array.from({ length: L * L }, (_, k) => Math.exp(w.transition[k] as number));
  for (const { first, last } of ranges) {
    if (last <= first) continue;
    for (let i = first; i < last; i++) {
      let m = -Infinity;
      for (let l = 0; l < L; l++) m = Math.max(m, emit[i * L + l] as number);
      for (let l = 0; l < L; l++) e[i * L + l] = Math.exp((emit[i * L + l] as number) - m);
    }
    for (let i = first; i < last; i++) {
      let c = 0;
      for (let l = 0; l < L; l++) {
        let sum = 0;
        if (i === first) sum = Math.exp(w.start[l] as number);
        else for (let p = 0; p < L; p++) sum += (alpha[(i - 1) * L + p] as number) * (t[p * L + l] as number);
        const a = sum * (e[i * L + l] as number);
        alpha[i * L + l] = a;
        c += a;
      }
      // a chain every labelling of which is impossible stays all zero rather than NaN
      if (c === 0) c = 1;
      scale[i] = c;
      for (let l = 0; l < L; l++) alpha[i * L + l] = (alpha[i * L + l] as number) / c;
    }
    for (let l = 0; l < L; l++) beta[(last - 1) * L + l] = 1;
    for (let i = last - 2; i >= first; i--) {
      const n = (i + 1) * L;
      for (let l = 0; l < L; l++) {
        let sum = 0;
        for (let k = 0; k < L; k++) sum += (t[l * L + k] as number) * (e[n + k] as number) * (beta[n + k] as number);
        beta[i * L + l] = sum / (scale[i + 1] as number);
      }
    }
    for (let i = first; i < last; i++) {
      let z = 0;
      for (let l = 0; l < L; l++) z += (alpha[i * L + l] as number) * (beta[i * L + l] as number);
      if (z === 0) z = 1;
      for (let l = 0; l < L; l++) out[i * L + l] = ((alpha[i * L + l] as number) * (beta[i * L + l] as number)) / z;
    }
  }
  return out;
}

/** The best labels of [first, last), written into `labels`. */
export function viterbi(emit: ArrayLike<number>, first: number, last: number, w: ChainWeights, labels: Uint8Array): void {
  if (last <= first) return;
  const L = w.labels;
  const t = w.transition;
  const score = new Float64Array((last - first) * L);
  const back = new Uint8Array((last - first) * L);
  for (let l = 0; l < L; l++) score[l] = (w.start[l] as number) + (emit[first * L + l] as number);
  for (let i = first + 1; i < last; i++) {
    const k = (i - first) * L;
    for (let l = 0; l < L; l++) {
      let best = -Infinity;
      let from = 0;
      for (let p = 0; p < L; p++) {
        const s = (score[k - L + p] as number) + (t[p * L + l] as number);
        if (s > best) {
          best = s;
          from = p;
        }
      }
      score[k + l] = best + (emit[i * L + l] as number);
      back[k + l] = from;
    }
  }
  const k = (last - 1 - first) * L;
  let l = 0;
  for (let m = 1; m < L; m++) if ((score[k + m] as number) > (score[k + l] as number)) l = m;
  for (let i = last - 1; i >= first; i--) {
    labels[i] = l;
    l = back[(i - first) * L + l] as number;
  }
}
