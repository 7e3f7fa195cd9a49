/**
 * Learned cue tagger: a logistic regression over sparse token features that gives, for each
 * token, the probability that it is part of an attribution cue as PolNeAR annotates them
 * ("said", "has said", "according to", "worried about", "called on", "made it clear", ":" …),
 * and a grouping of the tokens above a threshold into cue spans.
 *
 *   He has repeatedly said that …   → probabilities high on "has", "repeatedly", "said"
 *                                     → one span over "has repeatedly said"
 *   The report is due Monday.       → no token above the threshold
 *
 * The weights are trained offline on the PolNeAR train split only (scripts/train-cue-model.ts)
 * and shipped as a TypeScript module (src/lexicon/en/cue-model.ts), so the model works the same
 * from src/ and from dist/ and needs no file access. Inference is one pass over the tokens:
 * each token's feature names are built from it and its neighbours and looked up in a map.
 * The same feature function serves training and inference, so the two cannot drift apart.
 */
import type { TextLayers, Token } from '../../nlp/tokens.js';
import type { Quote } from '../quotes/paired-quote-marks.js';
import { REPORTING_VERBS } from '../../lexicon/en/reporting-cues.js';
import { CUE_MODEL } from '../../lexicon/en/cue-model.js';
import { buildCueLexicon, type CueLexicon } from './cue-lexicon.js';

/** What the shipped weight module holds (written by scripts/train-cue-model.ts). */
export interface CueModelData {
  readonly version: number;
  readonly bias: number;
  /** the recommended probability threshold for cueSpans() */
  readonly threshold: number;
  readonly trainedOn: string;
  /** feature name → weight; features absent here weigh 0 */
  readonly features: Readonly<Record<string, number>>;
  /** the second stage, over binned first-stage probabilities (stackedTokenFeatures) */
  readonly second?: { readonly bias: number; readonly features: Readonly<Record<string, number>> };
  /** measurements of the shipped model, for the record only */
  readonly metrics: Readonly<Record<string, unknown>>;
}

/** A cue as a token range: `first` inclusive, `last` exclusive (as in Sentence). */
export interface CueTokenSpan {
  readonly first: number;
  readonly last: number;
}

let lexicon: CueLexicon | undefined;
let weights: Map<string, number> | undefined;
let weights2: Map<string, number> | undefined;

function cueLexicon(): CueLexicon {
  lexicon ??= buildCueLexicon(REPORTING_VERBS);
  return lexicon;
}

function modelWeights(): Map<string, number> {
  weights ??= new Map(Object.entries(CUE_MODEL.features));
  return weights;
}

function secondWeights(second: NonNullable<CueModelData['second']>): Map<string, number> {
  weights2 ??= new Map(Object.entries(second.features));
  return weights2;
}

/** The probability threshold the model was shipped with. */
export const DEFAULT_CUE_THRESHOLD: number = CUE_MODEL.threshold;

/** Per token: is it inside a quote, marks included (as buildRuleInput computes it). */
function insideQuotes(tokens: readonly Token[], quotes: readonly Quote[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  let qi = 0;
  for (const t of tokens) {
    while (qi < quotes.length && (quotes[qi] as Quote).close <= t.start) qi++;
    const q = quotes[qi];
    if (q !== undefined && q.open <= t.start && t.end <= q.close) inside[t.index] = 1;
  }
  return inside;
}

function bucket(n: number): string {
  if (n <= 3) return String(n);
  if (n <= 6) return '4-6';
  if (n <= 12) return '7-12';
  return '13+';
}

function shapeOf(text: string): string {
  const first = text.charAt(0);
  if (/\p{Lu}/u.test(first)) return text.length > 1 && text === text.toUpperCase() ? 'AA' : 'Aa';
  if (/\p{Ll}/u.test(first)) return 'a';
  if (/\p{N}/u.test(first)) return '0';
  return 'p';
}

/**
 * The feature names of every token. Exported for the training script; inference uses it too.
 * Neighbours do not cross sentence boundaries: outside the sentence they read as `<s>`/`</s>`.
 */
export function cueTokenFeatures(layers: TextLayers, quotes: readonly Quote[]): string[][] {
  const tokens = layers.tokens;
  const n = tokens.length;
  const lex = cueLexicon();
  const inQuote = insideQuotes(tokens, quotes);
  const lower: string[] = new Array<string>(n);
  const pos: string[] = new Array<string>(n);
  const inLex = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    lower[i] = t.lower;
    pos[i] = t.pos;
    inLex[i] = lex.has(t.lower) ? 1 : 0;
  }
  // quote marks that open or close a quote (not stray marks, not apostrophes)
  const opens = new Set<number>();
  const closes = new Set<number>();
  for (const q of quotes) {
    opens.add(q.open);
    closes.add(q.close);
  }
  const out: string[][] = new Array<string[]>(n);
  for (const s of layers.sentences) {
    // per token of the sentence: the nearest quote opening at or after it
    const nextOpen: number[] = new Array<number>(s.last - s.first).fill(-1);
    let upcoming = -1;
    for (let i = s.last - 1; i >= s.first; i--) {
      if (opens.has((tokens[i] as Token).start)) upcoming = i;
      nextOpen[i - s.first] = upcoming;
    }
    let lastClose = -1;
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i] as Token;
      const w = lower[i] as string;
      const p = pos[i] as string;
      const w1 = i - 1 >= s.first ? (lower[i - 1] as string) : '<s>';
      const p1 = i - 1 >= s.first ? (pos[i - 1] as string) : '<s>';
      const w2 = i - 2 >= s.first ? (lower[i - 2] as string) : '<s>';
      const p2 = i - 2 >= s.first ? (pos[i - 2] as string) : '<s>';
      const n1 = i + 1 < s.last ? (lower[i + 1] as string) : '</s>';
      const q1 = i + 1 < s.last ? (pos[i + 1] as string) : '</s>';
      const n2 = i + 2 < s.last ? (lower[i + 2] as string) : '</s>';
      const q2 = i + 2 < s.last ? (pos[i + 2] as string) : '</s>';
      const lexHere = inLex[i] === 1;
      let lexBefore = 0;
      for (let k = i - 1; k >= s.first && k >= i - 3; k--) if (inLex[k] === 1) { lexBefore = i - k; break; }
      let lexAfter = 0;
      for (let k = i + 1; k < s.last && k <= i + 3; k++) if (inLex[k] === 1) { lexAfter = k - i; break; }
      const q = inQuote[i] === 1 ? 'Q' : 'O';
      const open = nextOpen[i - s.first] ?? -1;
      const f: string[] = [
        `w=${w}`,
        `p=${p}`,
        `wp=${w}|${p}`,
        `w-1=${w1}`,
        `w+1=${n1}`,
        `w-2=${w2}`,
        `w+2=${n2}`,
        `p-1=${p1}`,
        `p+1=${q1}`,
        `p-2p-1=${p2}|${p1}`,
        `p+1p+2=${q1}|${q2}`,
        `p-1pp+1=${p1}|${p}|${q1}`,
        `wp+1=${w}|${q1}`,
        `wp-1=${w}|${p1}`,
        `w-1w=${w1}|${w}`,
        `ww+1=${w}|${n1}`,
        `w-2w-1=${w2}|${w1}`,
        `w-2w=${w2}|${w}`,
        `ww+2=${w}|${n2}`,
        `w+1w+2=${n1}|${n2}`,
        `suf3=${w.length > 3 ? w.slice(-3) : w}|${p}`,
        `shape=${shapeOf(t.text)}`,
        `q=${q}|${p}`,
        `lex=${lexHere ? 1 : 0}|${lexBefore}|${lexAfter}`,
        `lexp=${lexHere ? 1 : 0}|${p}|${q}`,
        `start=${bucket(i - s.first)}`,
        `end=${bucket(s.last - 1 - i)}`,
        `qc=${lastClose < 0 ? '-' : bucket(i - lastClose)}`,
        `qo=${open < 0 ? '-' : bucket(open - i)}`,
      ];
      out[i] = f;
      if (closes.has(t.end)) lastClose = i;
    }
  }
  // tokens outside every sentence (none in practice) get no features
  for (let i = 0; i < n; i++) out[i] ??= [];
  return out;
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** The probability bin (0…9) that second-stage features read. */
function bin(p: number): number {
  return Math.min(9, Math.floor(p * 10));
}

/**
 * Second-stage features: the first stage's probabilities of the token and its neighbours
 * (binned), alone and with the token's word and POS, so that a cue's words agree with each
 * other ("according" → "to", "called" → "on", "has" → "said"). Exported for training.
 */
export function stackedTokenFeatures(layers: TextLayers, first: Float64Array): string[][] {
  const tokens = layers.tokens;
  const out: string[][] = new Array<string[]>(tokens.length);
  for (const s of layers.sentences) {
    const at = (i: number): string => (i >= s.first && i < s.last ? String(bin(first[i] ?? 0)) : '-');
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i] as Token;
      const b0 = at(i);
      const l1 = at(i - 1);
      const l2 = at(i - 2);
      const r1 = at(i + 1);
      const r2 = at(i + 2);
      out[i] = [
        `b0=${b0}`,
        `b-1=${l1}`,
        `b+1=${r1}`,
        `b-2=${l2}`,
        `b+2=${r2}`,
        `b-1b0=${l1}|${b0}`,
        `b0b+1=${b0}|${r1}`,
        `b-1b0b+1=${l1}|${b0}|${r1}`,
        `b-2b-1b0=${l2}|${l1}|${b0}`,
        `b0b+1b+2=${b0}|${r1}|${r2}`,
        `b0p=${b0}|${t.pos}`,
        `b-1p=${l1}|${t.pos}`,
        `b+1p=${r1}|${t.pos}`,
        `b0w=${b0}|${t.lower}`,
        `b-1w=${l1}|${t.lower}`,
        `b+1w=${r1}|${t.lower}`,
      ];
    }
  }
  for (let i = 0; i < tokens.length; i++) out[i] ??= [];
  return out;
}

function score(features: readonly string[][], weights: ReadonlyMap<string, number>, bias: number): Float64Array {
  const probs = new Float64Array(features.length);
  for (let i = 0; i < features.length; i++) {
    let z = bias;
    for (const name of features[i] as string[]) z += weights.get(name) ?? 0;
    probs[i] = sigmoid(z);
  }
  return probs;
}

/** Per token, the probability in [0, 1] that the token is part of a cue. */
export function cueProbabilities(layers: TextLayers, quotes: readonly Quote[]): Float64Array {
  const first = score(cueTokenFeatures(layers, quotes), modelWeights(), CUE_MODEL.bias);
  const second = CUE_MODEL.second;
  if (!second) return first;
  return score(stackedTokenFeatures(layers, first), secondWeights(second), second.bias);
}

/** Words that may sit inside a cue between two cue words: "has repeatedly said", "did not respond". */
const BRIDGE_POS = new Set(['ADV', 'AUX', 'PART']);

/**
 * Groups the tokens whose probability reaches `threshold` into cue spans: adjacent cue tokens
 * of one sentence form one span, and a single adverb, auxiliary or particle between two cue
 * tokens joins them when its own probability reaches half the threshold.
 */
export function cueSpans(layers: TextLayers, probs: Float64Array, threshold: number = DEFAULT_CUE_THRESHOLD): CueTokenSpan[] {
  const tokens = layers.tokens;
  const spans: CueTokenSpan[] = [];
  const isCue = (i: number): boolean => (probs[i] ?? 0) >= threshold;
  let i = 0;
  while (i < tokens.length) {
    if (!isCue(i)) {
      i++;
      continue;
    }
    const sentence = (tokens[i] as Token).sentence;
    let last = i + 1;
    for (;;) {
      const next = tokens[last];
      if (next === undefined || next.sentence !== sentence) break;
      if (isCue(last)) {
        last++;
        continue;
      }
      const after = tokens[last + 1];
      if (
        BRIDGE_POS.has(next.pos) &&
        (probs[last] ?? 0) >= threshold / 2 &&
        after !== undefined &&
        after.sentence === sentence &&
        isCue(last + 1)
      ) {
        last += 2;
        continue;
      }
      break;
    }
    spans.push({ first: i, last });
    i = last;
  }
  return spans;
}
