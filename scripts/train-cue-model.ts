/**
 * Trains the learned cue tagger (src/extract/cues/learned-cues.ts) on the PolNeAR train split
 * and writes its weights to src/lexicon/en/cue-model.ts.
 *
 *   npx tsx scripts/train-cue-model.ts                 train, pick the threshold, measure, write
 *   npx tsx scripts/train-cue-model.ts --dry-run       the same without writing the model
 *   npx tsx scripts/train-cue-model.ts --tune-only     stop after the held-out tenth's curve
 *   npx tsx scripts/train-cue-model.ts --tuning-model  write the model fitted on 9/10 of train
 *                                                      (for error analysis on the other tenth)
 *
 * The hyperparameters below are fixed; CUE_L2, CUE_PRUNE, CUE_ITER and CUE_REFIT_ITER override
 * them for experiments only (the shipped model uses the defaults).
 *
 * Data: ../shared/data/polnear/{train,dev} relative to the repository root (skipped with a
 * message when train is absent). Only train is learned from:
 *
 * 1. Each train text is tokenised (tokenize) and its quotes found (findQuotes); a token is
 *    labelled as a cue token when it lies wholly inside a gold cue span trimmed as exact match
 *    trims it (punctuation-only cues such as ":" keep their mark): B for a cue's first token, I
 *    for the others, O outside.
 * 2. Features come from cueTokenFeatures(), the function inference uses. Features seen fewer
 *    than MIN_COUNT times in the training rows are dropped.
 * 3. A linear-chain CRF (B and I weights per feature, O fixed at 0, start and transition scores)
 *    is fitted by full-batch L-BFGS on the sentence log-likelihood with an L2 penalty
 *    (crf-objective.ts, lbfgs.ts): no sampling, no shuffling, a fixed number of iterations, so
 *    the weights are deterministic. Features whose two weights are both small are then dropped
 *    and the model refitted on the rest, which keeps the module small.
 * 4. The threshold is chosen without dev: a model is fitted on 9/10 of the train articles and,
 *    on the remaining tenth, the threshold on the marginals with the best cue-span recall (exact
 *    match) among those whose span precision reaches MIN_PRECISION is kept (the best F1 if none
 *    does). The spans of the best labelling (Viterbi), which the learned frames read, are
 *    measured too.
 * 5. The final model (all of train) is measured on dev: token-level and span-level exact
 *    P/R/F1 over a range of thresholds, against the hand lexicon alone (a token whose lower
 *    form is in buildCueLexicon(REPORTING_VERBS), or "according to").
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spanOf } from '../src/core/span.js';
import { listArticles, loadArticle } from '../src/eval/polnear/corpus.js';
import { trimForExact } from '../src/eval/polnear/text-measure.js';
import { bestCueSpans, cueSpans, cueTokenFeatures, type CueModelData, type CueTokenSpan } from '../src/extract/cues/learned-cues.js';
import { buildCueLexicon } from '../src/extract/cues/cue-lexicon.js';
import { findQuotes, type Quote } from '../src/extract/quotes/paired-quote-marks.js';
import { REPORTING_VERBS } from '../src/lexicon/en/reporting-cues.js';
import { tokenize, type TextLayers } from '../src/nlp/tokens.js';
import { cueMarginals } from '../src/extract/cues/chain.js';
import { fit } from './lbfgs.js';
import { chainLossAndGradient, PARAMS_AFTER_FEATURES, type ChainRows } from './crf-objective.js';

const MODEL_VERSION = 2;
/** features seen fewer times than this in the training rows are dropped */
const MIN_COUNT = 3;
/** L2 penalty (on the summed negative log-likelihood; biases and transitions are not penalised) */
const L2 = Number(process.env.CUE_L2 ?? 10);
/** L-BFGS iterations for the first fit and for the refit on the kept features */
const ITERATIONS = Number(process.env.CUE_ITER ?? 100);
const REFIT_ITERATIONS = Number(process.env.CUE_REFIT_ITER ?? 60);
/** weights smaller than this (in absolute value) after the first fit are dropped */
const PRUNE = Number(process.env.CUE_PRUNE ?? 0.1);
/** weights are written with this many decimals */
const DECIMALS = 3;
/** the span precision the shipped threshold must reach on the held-out tenth */
const MIN_PRECISION = 0.7;
const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(root, '../shared/data/polnear');
const modelPath = path.join(root, 'src/lexicon/en/cue-model.ts');
const dryRun = process.argv.includes('--dry-run');
const writeTuningModel = process.argv.includes('--tuning-model');
const tuneOnly = process.argv.includes('--tune-only');

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

// ---------------------------------------------------------------------------------------------
// Data

/** One article made ready: its layers, quotes, token tags and feature ids. */
interface Prepared {
  readonly id: string;
  readonly text: string;
  readonly layers: TextLayers;
  readonly quotes: readonly Quote[];
  /** 'B' | 'I' | 'O' per token */
  readonly tags: string;
  /** gold cue spans trimmed for exact match, as `start:end` */
  readonly goldKeys: readonly string[];
  /** the features of each token */
  readonly enc: Encoded;
}

/** Feature ids (into the dictionary) of token i: ids[offsets[i] .. offsets[i+1]). */
interface Encoded {
  readonly ids: Int32Array;
  readonly offsets: Int32Array;
}

/** What a fit reads: one article's encoded features and tags. */
interface Example {
  readonly enc: Encoded;
  readonly tags: string;
  /** the sentences as token ranges */
  readonly sentences: readonly { first: number; last: number }[];
}

/** Every feature name seen in any split, by id. Counts are taken per fit, from training rows. */
const dictionary = new Map<string, number>();
const names: string[] = [];

function idOf(name: string): number {
  let id = dictionary.get(name);
  if (id === undefined) {
    id = names.length;
    dictionary.set(name, id);
    names.push(name);
  }
  return id;
}

function keyOf(text: string, start: number, end: number): string {
  const r = trimForExact(text, spanOf(text, start, end));
  return `${r.start}:${r.end}`;
}

function prepare(dir: string): Prepared[] {
  return listArticles(dir).map((article) => {
    const loaded = loadArticle(article);
    const text = loaded.text;
    const layers = tokenize(text);
    const quotes = findQuotes(text);
    const tags = new Array<string>(layers.tokens.length).fill('O');
    const goldKeys: string[] = [];
    for (const g of loaded.gold) {
      if (!g.cue || g.cue.end <= g.cue.start) continue;
      const r = trimForExact(text, g.cue);
      goldKeys.push(`${r.start}:${r.end}`);
      let first = true;
      for (const t of layers.tokens) {
        if (t.start < r.start || t.end > r.end) continue;
        tags[t.index] = first ? 'B' : 'I';
        first = false;
      }
    }
    const enc = encode(cueTokenFeatures(layers, quotes));
    return { id: article.id, text, layers, quotes, tags: tags.join(''), goldKeys, enc };
  });
}

function encode(features: readonly (readonly string[])[]): Encoded {
  const offsets = new Int32Array(features.length + 1);
  let total = 0;
  for (const f of features) total += f.length;
  const ids = new Int32Array(total);
  let k = 0;
  features.forEach((f, i) => {
    offsets[i] = k;
    for (const name of f) ids[k++] = idOf(name);
  });
  offsets[features.length] = k;
  return { ids, offsets };
}

// ---------------------------------------------------------------------------------------------
// Linear-chain CRF (O/B/I), full-batch L-BFGS

interface FitOptions {
  readonly l2: number;
  /** drop weights below this after the first fit and refit (0: keep all) */
  readonly prune: number;
  readonly label: string;
}

function example(a: Prepared): Example {
  return { enc: a.enc, tags: a.tags, sentences: a.layers.sentences };
}

interface ChainModel {
  /** raw feature id → B weight at 2·id, I weight at 2·id + 1 (0 when dropped) */
  readonly weights: Float64Array;
  readonly biasB: number;
  readonly biasI: number;
  readonly start: number[];
  readonly transition: number[];
  readonly kept: number;
}

const LABEL_OF: Record<string, number> = { O: 0, B: 1, I: 2 };

/** Rows over compact feature ids (the features of `keep`), one per token of `examples`. */
function chainRows(examples: readonly Example[], keep: Int32Array, dims: number): ChainRows {
  let count = 0;
  let nnz = 0;
  for (const a of examples) {
    count += a.tags.length;
    for (const id of a.enc.ids) if ((keep[id] ?? -1) >= 0) nnz++;
  }
  const ptr = new Int32Array(count + 1);
  const cols = new Int32Array(nnz);
  const labels = new Uint8Array(count);
  const sentences: { first: number; last: number }[] = [];
  let r = 0;
  let k = 0;
  for (const a of examples) {
    for (const s of a.sentences) sentences.push({ first: r + s.first, last: r + s.last });
    for (let i = 0; i < a.tags.length; i++) {
      ptr[r] = k;
      for (let j = a.enc.offsets[i] as number; j < (a.enc.offsets[i + 1] as number); j++) {
        const c = keep[a.enc.ids[j] as number] as number;
        if (c >= 0) cols[k++] = c;
      }
      labels[r] = LABEL_OF[a.tags[i] as string] as number;
      r++;
    }
  }
  ptr[count] = k;
  return { count, ptr, cols, labels, sentences, dims };
}

function trainChain(examples: readonly Example[], options: FitOptions): ChainModel {
  const { l2, prune, label } = options;
  const counts = new Int32Array(names.length);
  for (const a of examples) for (const id of a.enc.ids) counts[id] = (counts[id] as number) + 1;
  let keep = new Int32Array(names.length).fill(-1);
  let dims = 0;
  for (let id = 0; id < names.length; id++) if ((counts[id] as number) >= MIN_COUNT) keep[id] = dims++;
  log(`${label}: ${examples.length} articles, ${dims} features seen ≥ ${MIN_COUNT} times`);
  let w = new Float64Array(2 * dims + PARAMS_AFTER_FEATURES);
  const rows = chainRows(examples, keep, dims);
  fit((x, g) => chainLossAndGradient(rows, x, g, l2), w, ITERATIONS, label, log);
  if (prune > 0) {
    const keep2 = new Int32Array(names.length).fill(-1);
    let dims2 = 0;
    for (let id = 0; id < names.length; id++) {
      const c = keep[id] as number;
      if (c >= 0 && Math.max(Math.abs(w[2 * c] as number), Math.abs(w[2 * c + 1] as number)) >= prune) keep2[id] = dims2++;
    }
    const w2 = new Float64Array(2 * dims2 + PARAMS_AFTER_FEATURES);
    for (let id = 0; id < names.length; id++) {
      const c2 = keep2[id] as number;
      if (c2 < 0) continue;
      const c = keep[id] as number;
      w2[2 * c2] = w[2 * c] as number;
      w2[2 * c2 + 1] = w[2 * c + 1] as number;
    }
    w2.set(w.subarray(2 * dims), 2 * dims2);
    log(`${label}: ${dims2} features with |w| ≥ ${prune}, refitting`);
    const rows2 = chainRows(examples, keep2, dims2);
    fit((x, g) => chainLossAndGradient(rows2, x, g, l2), w2, REFIT_ITERATIONS, `${label} refit`, log);
    keep = keep2;
    dims = dims2;
    w = w2;
  }
  const round = (x: number): number => Math.round(x * 10 ** DECIMALS) / 10 ** DECIMALS;
  const weights = new Float64Array(names.length * 2);
  let kept = 0;
  for (let id = 0; id < names.length; id++) {
    const c = keep[id] as number;
    if (c < 0) continue;
    weights[2 * id] = round(w[2 * c] as number);
    weights[2 * id + 1] = round(w[2 * c + 1] as number);
    if (weights[2 * id] !== 0 || weights[2 * id + 1] !== 0) kept++;
  }
  const tail = Array.from(w.subarray(2 * dims), round);
  return { weights, biasB: tail[0] as number, biasI: tail[1] as number, start: tail.slice(2, 5), transition: tail.slice(5, 14), kept };
}

function chainEmissions(enc: Encoded, model: ChainModel): Float64Array {
  const n = enc.offsets.length - 1;
  const emit = new Float64Array(n * 3);
  for (let i = 0; i < n; i++) {
    let b = model.biasB;
    let c = model.biasI;
    for (let j = enc.offsets[i] as number; j < (enc.offsets[i + 1] as number); j++) {
      const id = enc.ids[j] as number;
      b += model.weights[2 * id] as number;
      c += model.weights[2 * id + 1] as number;
    }
    emit[i * 3 + 1] = b;
    emit[i * 3 + 2] = c;
  }
  return emit;
}

function measureChain(articles: readonly Prepared[], model: ChainModel, thresholds: readonly number[]): { curve: Curve[]; viterbi: { token: Scores; span: Scores } } {
  const emits = articles.map((a) => chainEmissions(a.enc, model));
  const probs = articles.map((a, k) => cueMarginals(emits[k] as Float64Array, a.layers.sentences, a.tags.length, model));
  const curve = thresholds.map((threshold) => ({
    threshold,
    ...tally(articles, (a, k) => {
      const p = probs[k] as Float64Array;
      return { tokens: p.map((x) => (x >= threshold ? 1 : 0)), spans: cueSpans(a.layers, p, threshold) };
    }),
  }));
  const best = tally(articles, (a, k) => {
    const spans = bestCueSpans(a.layers, emits[k] as Float64Array, model);
    const tokens = new Uint8Array(a.tags.length);
    for (const s of spans) tokens.fill(1, s.first, s.last);
    return { tokens, spans };
  });
  return { curve, viterbi: best };
}

// ---------------------------------------------------------------------------------------------
// Measurement

interface Scores {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly tp: number;
  readonly predicted: number;
  readonly gold: number;
}

function scores(tp: number, predicted: number, gold: number): Scores {
  const p = predicted === 0 ? 0 : tp / predicted;
  const r = gold === 0 ? 0 : tp / gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const round = (x: number): number => Math.round(x * 10000) / 10000;
  return { p: round(p), r: round(r), f1: round(f1), tp, predicted, gold };
}

/** Exact matches of predicted token spans against the article's trimmed gold cues. */
function matchSpans(a: Prepared, spans: readonly CueTokenSpan[]): number {
  const unused = new Map<string, number>();
  for (const k of a.goldKeys) unused.set(k, (unused.get(k) ?? 0) + 1);
  let tp = 0;
  for (const s of spans) {
    const first = a.layers.tokens[s.first];
    const last = a.layers.tokens[s.last - 1];
    if (!first || !last) continue;
    const key = keyOf(a.text, first.start, last.end);
    const left = unused.get(key) ?? 0;
    if (left > 0) {
      unused.set(key, left - 1);
      tp++;
    }
  }
  return tp;
}

interface Curve {
  readonly threshold: number;
  readonly token: Scores;
  readonly span: Scores;
}

/** Token and span counts over articles, given each article's predicted cue tokens and spans. */
function tally(articles: readonly Prepared[], predict: (a: Prepared, k: number) => { tokens: ArrayLike<number>; spans: readonly CueTokenSpan[] }): { token: Scores; span: Scores } {
  const n = { tokTp: 0, tokPred: 0, tokGold: 0, spanTp: 0, spanPred: 0, spanGold: 0 };
  articles.forEach((a, k) => {
    const { tokens, spans } = predict(a, k);
    for (let i = 0; i < tokens.length; i++) {
      const predicted = tokens[i] === 1;
      const gold = a.tags[i] !== 'O';
      if (predicted) n.tokPred++;
      if (gold) n.tokGold++;
      if (predicted && gold) n.tokTp++;
    }
    n.spanPred += spans.length;
    n.spanGold += a.goldKeys.length;
    n.spanTp += matchSpans(a, spans);
  });
  return { token: scores(n.tokTp, n.tokPred, n.tokGold), span: scores(n.spanTp, n.spanPred, n.spanGold) };
}

const lexicon = buildCueLexicon(REPORTING_VERBS);

/** The hand lexicon alone: each lexicon word is a cue, and so is "according to". */
function measureLexicon(articles: readonly Prepared[]): { token: Scores; span: Scores } {
  return tally(articles, (a) => {
    const tokens = a.layers.tokens;
    const spans: CueTokenSpan[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t) continue;
      if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
        spans.push({ first: i, last: i + 2 });
        i++;
      } else if (lexicon.has(t.lower)) {
        spans.push({ first: i, last: i + 1 });
      }
    }
    const predicted = new Uint8Array(tokens.length);
    for (const s of spans) predicted.fill(1, s.first, s.last);
    return { tokens: predicted, spans };
  });
}

function formatCurve(curve: readonly Curve[]): string {
  const f = (x: number): string => x.toFixed(3);
  const lines = ['  thr   token P  R      F1     | span P  R      F1'];
  for (const c of curve) {
    lines.push(`  ${c.threshold.toFixed(2)}  ${f(c.token.p)}  ${f(c.token.r)}  ${f(c.token.f1)}  | ${f(c.span.p)}  ${f(c.span.r)}  ${f(c.span.f1)}`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Output

/** The non-zero weight pairs of a model by feature name, in code-unit order of the names. */
function namedWeights(model: ChainModel): [string, [number, number]][] {
  const entries: [string, [number, number]][] = [];
  for (let id = 0; id < names.length; id++) {
    const b = model.weights[2 * id] as number;
    const i = model.weights[2 * id + 1] as number;
    if (b !== 0 || i !== 0) entries.push([names[id] as string, [b, i]]);
  }
  return entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function moduleText(model: ChainModel, threshold: number, metrics: Record<string, unknown>, articles: number): string {
  const head: Omit<CueModelData, 'features'> = {
    version: MODEL_VERSION,
    bias: [model.biasB, model.biasI],
    start: model.start,
    transition: model.transition,
    threshold,
    trainedOn: `PolNeAR train (${articles} articles)`,
    metrics,
  };
  const lines = [
    '// Generated by scripts/train-cue-model.ts from the PolNeAR train split: do not edit by hand.',
    '// Linear-chain CRF weights of the learned cue tagger (src/extract/cues/learned-cues.ts).',
    "import type { CueModelData } from '../../extract/cues/learned-cues.js';",
    '',
    `export const CUE_MODEL: CueModelData = ${JSON.stringify(head, null, 2).replace(/\n\}$/, '')},`,
    '  "features": {',
    ...namedWeights(model).map(([name, [b, i]]) => `    ${JSON.stringify(name)}: [${b}, ${i}],`),
    '  },',
    '};',
    '',
  ];
  return lines.join('\n');
}

function main(): void {
  const trainDir = path.join(dataDir, 'train');
  const devDir = path.join(dataDir, 'dev');
  if (!existsSync(trainDir)) {
    log(`train-cue-model: skipped, no PolNeAR train split at ${trainDir}`);
    return;
  }
  const started = Date.now();
  const trainSet = prepare(trainDir);
  const devSet = existsSync(devDir) ? prepare(devDir) : [];
  log(`prepared ${trainSet.length} train and ${devSet.length} dev articles in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // threshold from a train-internal held-out tenth (articles in id order, every tenth held out)
  const fitPart = trainSet.filter((_, i) => i % 10 !== 0);
  const heldOut = trainSet.filter((_, i) => i % 10 === 0);
  const tuning = trainChain(fitPart.map(example), { l2: L2, prune: PRUNE, label: 'tuning fit' });
  const tuned = measureChain(heldOut, tuning, THRESHOLDS);
  log(`held-out train tenth (${heldOut.length} articles), spans from marginals:\n${formatCurve(tuned.curve)}`);
  log(`held-out train tenth, Viterbi spans: P ${tuned.viterbi.span.p} R ${tuned.viterbi.span.r} F1 ${tuned.viterbi.span.f1}`);
  const bestF1 = tuned.curve.reduce((a, b) => (b.span.f1 > a.span.f1 ? b : a));
  const precise = tuned.curve.filter((c) => c.span.p >= MIN_PRECISION);
  const best = precise.length > 0 ? precise.reduce((a, b) => (b.span.r > a.span.r ? b : a)) : bestF1;
  const threshold = best.threshold;
  log(`threshold ${threshold}: span P ${best.span.p} R ${best.span.r} F1 ${best.span.f1} on the held-out tenth (best F1 there: ${bestF1.span.f1} at ${bestF1.threshold})`);
  if (tuneOnly && !writeTuningModel) return;

  const model = writeTuningModel ? tuning : trainChain(trainSet.map(example), { l2: L2, prune: PRUNE, label: 'final fit' });
  log(`final model: ${model.kept} features with a non-zero weight`);
  const metrics: Record<string, unknown> = {
    heldOutTrainTenth: {
      articles: heldOut.length,
      threshold,
      span: best.span,
      token: best.token,
      bestF1: { threshold: bestF1.threshold, span: bestF1.span },
      viterbi: tuned.viterbi.span,
      handLexicon: measureLexicon(heldOut).span,
    },
  };
  if (devSet.length > 0) {
    const { curve, viterbi: onDev } = measureChain(devSet, model, THRESHOLDS);
    const lex = measureLexicon(devSet);
    log(`dev (${devSet.length} articles):\n${formatCurve(curve)}\nViterbi: span P ${onDev.span.p} R ${onDev.span.r} F1 ${onDev.span.f1}`);
    log(`dev, hand lexicon alone: token P ${lex.token.p} R ${lex.token.r} F1 ${lex.token.f1} | span P ${lex.span.p} R ${lex.span.r} F1 ${lex.span.f1}`);
    const atThreshold = curve.find((c) => c.threshold === threshold);
    metrics.dev = {
      articles: devSet.length,
      threshold,
      span: atThreshold?.span,
      token: atThreshold?.token,
      viterbi: onDev.span,
      handLexicon: lex,
      curve: curve.map((c) => ({ threshold: c.threshold, spanP: c.span.p, spanR: c.span.r, spanF1: c.span.f1, tokenF1: c.token.f1 })),
    };
  }
  if (dryRun) {
    log('dry run: model not written');
  } else {
    const text = writeTuningModel
      ? moduleText(tuning, threshold, { tuningModel: true }, fitPart.length)
      : moduleText(model, threshold, metrics, trainSet.length);
    writeFileSync(modelPath, text);
    log(`wrote ${path.relative(root, modelPath)} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB)`);
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
