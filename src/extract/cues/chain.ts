/**
 * Linear-chain inference over the cue labels O (outside), B (first word of a cue) and I (a later
 * word): forward–backward for each token's marginal probability of being inside a cue, and
 * Viterbi for the best labelling. The learned cue tagger (learned-cues.ts) scores at run time
 * with it; scripts/train-cue-model.ts trains the chain with the same code.
 *
 * Emissions are laid out per token, three numbers each (O, B, I); O's is always 0, the model's
 * B and I scores are relative to it. `start` scores a sentence's first label, `transition`
 * (from · 3 + to) each pair of neighbours.
 */

export const LABELS = 3;
export const O = 0;
export const B = 1;
export const I = 2;

export interface ChainWeights {
  readonly start: ArrayLike<number>;
  readonly transition: ArrayLike<number>;
}

function logSumExp3(a: number, b: number, c: number): number {
  const m = Math.max(a, b, c);
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m) + Math.exp(c - m));
}

/**
 * Fills `alpha` and `beta` (log scores, three per token) for tokens [first, last) and returns
 * the log partition of that stretch.
 */
export function forwardBackward(emit: ArrayLike<number>, first: number, last: number, w: ChainWeights, alpha: Float64Array, beta: Float64Array): number {
  const t = w.transition;
  for (let l = 0; l < LABELS; l++) alpha[first * 3 + l] = (w.start[l] as number) + (emit[first * 3 + l] as number);
  for (let i = first + 1; i < last; i++) {
    const p = (i - 1) * 3;
    for (let l = 0; l < LABELS; l++) {
      alpha[i * 3 + l] =
        logSumExp3(
          (alpha[p] as number) + (t[l] as number),
          (alpha[p + 1] as number) + (t[3 + l] as number),
          (alpha[p + 2] as number) + (t[6 + l] as number),
        ) + (emit[i * 3 + l] as number);
    }
  }
  for (let l = 0; l < LABELS; l++) beta[(last - 1) * 3 + l] = 0;
  for (let i = last - 2; i >= first; i--) {
    const n = (i + 1) * 3;
    const e0 = (emit[n] as number) + (beta[n] as number);
    const e1 = (emit[n + 1] as number) + (beta[n + 1] as number);
    const e2 = (emit[n + 2] as number) + (beta[n + 2] as number);
    for (let l = 0; l < LABELS; l++) {
      beta[i * 3 + l] = logSumExp3((t[l * 3] as number) + e0, (t[l * 3 + 1] as number) + e1, (t[l * 3 + 2] as number) + e2);
    }
  }
  const z = (last - 1) * 3;
  return logSumExp3(alpha[z] as number, alpha[z + 1] as number, alpha[z + 2] as number);
}

/** Per token, the probability of B or I; each range (a sentence) is one chain. */
export function cueMarginals(emit: ArrayLike<number>, ranges: readonly { first: number; last: number }[], tokens: number, w: ChainWeights): Float64Array {
  const out = new Float64Array(tokens);
  const alpha = new Float64Array(tokens * 3);
  const beta = new Float64Array(tokens * 3);
  for (const { first, last } of ranges) {
    if (last <= first) continue;
    const logZ = forwardBackward(emit, first, last, w, alpha, beta);
    for (let i = first; i < last; i++) {
      const outside = Math.exp((alpha[i * 3] as number) + (beta[i * 3] as number) - logZ);
      out[i] = Math.min(1, Math.max(0, 1 - outside));
    }
  }
  return out;
}

/** The best labels of [first, last), written into `labels`. */
export function viterbi(emit: ArrayLike<number>, first: number, last: number, w: ChainWeights, labels: Uint8Array): void {
  if (last <= first) return;
  const t = w.transition;
  const score = new Float64Array((last - first) * 3);
  const back = new Uint8Array((last - first) * 3);
  for (let l = 0; l < LABELS; l++) score[l] = (w.start[l] as number) + (emit[first * 3 + l] as number);
  for (let i = first + 1; i < last; i++) {
    const k = (i - first) * 3;
    for (let l = 0; l < LABELS; l++) {
      let best = -Infinity;
      let from = 0;
      for (let p = 0; p < LABELS; p++) {
        const s = (score[k - 3 + p] as number) + (t[p * 3 + l] as number);
        if (s > best) {
          best = s;
          from = p;
        }
      }
      score[k + l] = best + (emit[i * 3 + l] as number);
      back[k + l] = from;
    }
  }
  const k = (last - 1 - first) * 3;
  let l = 0;
  for (let m = 1; m < LABELS; m++) if ((score[k + m] as number) > (score[k + l] as number)) l = m;
  for (let i = last - 1; i >= first; i--) {
    labels[i] = l;
    l = back[(i - first) * 3 + l] as number;
  }
}
