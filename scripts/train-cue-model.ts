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
 *    trims it (punctuation-only cues such as ":" keep their mark). Tags are kept BIO-like
 *    (B first token of a cue, I the others); the model learns "B or I" against "O".
 * 2. Features come from cueTokenFeatures(), the function inference uses. Features seen fewer
 *    than MIN_COUNT times in the training rows are dropped.
 * 3. A binary logistic regression with L2 regularisation is fitted by full-batch L-BFGS: no
 *    sampling, no shuffling, a fixed number of iterations, so the weights are deterministic.
 *    Small weights are then dropped and the model refitted on the features kept, which keeps
 *    the module small.
 * 4. The threshold is chosen without dev: a model is fitted on 9/10 of the train articles and,
 *    on the remaining tenth, the threshold with the best cue-span recall (exact match) among
 *    those whose span precision reaches MIN_PRECISION is kept (the best F1 if none does).
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
import { cueSpans, cueTokenFeatures, type CueModelData, type CueTokenSpan } from '../src/extract/cues/learned-cues.js';
import { buildCueLexicon } from '../src/extract/cues/cue-lexicon.js';
import { findQuotes, type Quote } from '../src/extract/quotes/paired-quote-marks.js';
import { REPORTING_VERBS } from '../src/lexicon/en/reporting-cues.js';
import { tokenize, type TextLayers } from '../src/nlp/tokens.js';

const MODEL_VERSION = 1;
/** features seen fewer times than this in the training rows are dropped */
const MIN_COUNT = 3;
/** L2 penalty (on the summed log loss; the bias is not penalised) */
const L2 = Number(process.env.CUE_L2 ?? 10);
/** L-BFGS iterations for the first fit and for the refit on the kept features */
const ITERATIONS = Number(process.env.CUE_ITER ?? 150);
const REFIT_ITERATIONS = Number(process.env.CUE_REFIT_ITER ?? 100);
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
// Logistic regression, full-batch L-BFGS

interface Rows {
  readonly count: number;
  readonly ptr: Int32Array;
  readonly cols: Int32Array;
  readonly y: Uint8Array;
  readonly dims: number;
}

/** Rows over compact feature ids (the features of `keep`), one per token of `articles`. */
function buildRows(examples: readonly Example[], keep: Int32Array, dims: number): Rows {
  let count = 0;
  let nnz = 0;
  for (const a of examples) {
    count += a.tags.length;
    for (const id of a.enc.ids) if ((keep[id] ?? -1) >= 0) nnz++;
  }
  const ptr = new Int32Array(count + 1);
  const cols = new Int32Array(nnz);
  const y = new Uint8Array(count);
  let r = 0;
  let k = 0;
  for (const a of examples) {
    for (let i = 0; i < a.tags.length; i++) {
      ptr[r] = k;
      for (let j = a.enc.offsets[i] as number; j < (a.enc.offsets[i + 1] as number); j++) {
        const c = keep[a.enc.ids[j] as number] as number;
        if (c >= 0) cols[k++] = c;
      }
      y[r] = a.tags[i] === 'O' ? 0 : 1;
      r++;
    }
  }
  ptr[count] = k;
  return { count, ptr, cols, y, dims };
}

/** Loss and gradient; w[dims] is the bias. */
function lossAndGradient(rows: Rows, w: Float64Array, grad: Float64Array, l2: number): number {
  grad.fill(0);
  const bias = rows.dims;
  let loss = 0;
  for (let r = 0; r < rows.count; r++) {
    const from = rows.ptr[r] as number;
    const to = rows.ptr[r + 1] as number;
    let z = w[bias] as number;
    for (let j = from; j < to; j++) z += w[rows.cols[j] as number] as number;
    const y = rows.y[r] as number;
    // log(1 + exp(-s z)) computed stably, s = ±1
    const m = y === 1 ? -z : z;
    loss += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
    const p = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    const g = p - y;
    grad[bias] = (grad[bias] as number) + g;
    for (let j = from; j < to; j++) {
      const c = rows.cols[j] as number;
      grad[c] = (grad[c] as number) + g;
    }
  }
  for (let c = 0; c < rows.dims; c++) {
    const wc = w[c] as number;
    loss += 0.5 * l2 * wc * wc;
    grad[c] = (grad[c] as number) + l2 * wc;
  }
  return loss;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

/** Minimises the regularised log loss from `w` (changed in place) with L-BFGS (memory 10). */
function fit(rows: Rows, w: Float64Array, l2: number, iterations: number, label: string): void {
  const n = w.length;
  const memory = 10;
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  let g = new Float64Array(n);
  let f = lossAndGradient(rows, w, g, l2);
  const dir = new Float64Array(n);
  const wNew = new Float64Array(n);
  let gNew = new Float64Array(n);
  for (let it = 0; it < iterations; it++) {
    // two-loop recursion: dir = -H g
    dir.set(g);
    const alpha: number[] = new Array<number>(S.length);
    for (let k = S.length - 1; k >= 0; k--) {
      const a = (rho[k] as number) * dot(S[k] as Float64Array, dir);
      alpha[k] = a;
      const yk = Y[k] as Float64Array;
      for (let i = 0; i < n; i++) dir[i] = (dir[i] as number) - a * (yk[i] as number);
    }
    if (S.length > 0) {
      const last = S.length - 1;
      const gamma = dot(S[last] as Float64Array, Y[last] as Float64Array) / dot(Y[last] as Float64Array, Y[last] as Float64Array);
      for (let i = 0; i < n; i++) dir[i] = (dir[i] as number) * gamma;
    } else {
      const norm = Math.sqrt(dot(g, g));
      for (let i = 0; i < n; i++) dir[i] = (dir[i] as number) / Math.max(norm, 1);
    }
    for (let k = 0; k < S.length; k++) {
      const b = (rho[k] as number) * dot(Y[k] as Float64Array, dir);
      const sk = S[k] as Float64Array;
      const a = alpha[k] as number;
      for (let i = 0; i < n; i++) dir[i] = (dir[i] as number) + (a - b) * (sk[i] as number);
    }
    for (let i = 0; i < n; i++) dir[i] = -(dir[i] as number);
    let slope = dot(g, dir);
    if (slope >= 0) {
      // not a descent direction: restart from steepest descent
      S.length = 0;
      Y.length = 0;
      rho.length = 0;
      for (let i = 0; i < n; i++) dir[i] = -(g[i] as number);
      slope = dot(g, dir);
    }
    // backtracking line search (Armijo)
    let step = 1;
    let fNew = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) wNew[i] = (w[i] as number) + step * (dir[i] as number);
      fNew = lossAndGradient(rows, wNew, gNew, l2);
      if (fNew <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew < f)) break;
    const s = new Float64Array(n);
    const yv = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (wNew[i] as number) - (w[i] as number);
      yv[i] = (gNew[i] as number) - (g[i] as number);
    }
    const sy = dot(s, yv);
    if (sy > 1e-10) {
      S.push(s);
      Y.push(yv);
      rho.push(1 / sy);
      if (S.length > memory) {
        S.shift();
        Y.shift();
        rho.shift();
      }
    }
    w.set(wNew);
    const swap = g;
    g = gNew;
    gNew = swap;
    const decrease = (f - fNew) / Math.max(1, Math.abs(f));
    f = fNew;
    if ((it + 1) % 25 === 0) log(`  ${label} iteration ${it + 1}: loss ${f.toFixed(1)}`);
    if (decrease < 1e-9) break;
  }
}

interface Model {
  readonly bias: number;
  /** raw feature id → weight (0 when dropped) */
  readonly weights: Float64Array;
  readonly kept: number;
}

interface FitOptions {
  readonly l2: number;
  /** drop weights below this after the first fit and refit (0: keep all) */
  readonly prune: number;
  readonly label: string;
}

/** Fits a model: count, prune by count, fit, drop small weights, refit. */
function train(examples: readonly Example[], options: FitOptions): Model {
  const { l2, prune, label } = options;
  const counts = new Int32Array(names.length);
  for (const a of examples) for (const id of a.enc.ids) counts[id] = (counts[id] as number) + 1;
  let keep = new Int32Array(names.length).fill(-1);
  let dims = 0;
  for (let id = 0; id < names.length; id++) if ((counts[id] as number) >= MIN_COUNT) keep[id] = dims++;
  log(`${label}: ${examples.length} articles, ${dims} features seen ≥ ${MIN_COUNT} times`);
  let w = new Float64Array(dims + 1);
  fit(buildRows(examples, keep, dims), w, l2, ITERATIONS, label);
  if (prune > 0) {
    // drop small weights and refit on what is left, from where the first fit ended
    const keep2 = new Int32Array(names.length).fill(-1);
    let dims2 = 0;
    for (let id = 0; id < names.length; id++) {
      const c = keep[id] as number;
      if (c >= 0 && Math.abs(w[c] as number) >= prune) keep2[id] = dims2++;
    }
    const w2 = new Float64Array(dims2 + 1);
    for (let id = 0; id < names.length; id++) {
      const c2 = keep2[id] as number;
      if (c2 >= 0) w2[c2] = w[keep[id] as number] as number;
    }
    w2[dims2] = w[dims] as number;
    log(`${label}: ${dims2} features with |w| ≥ ${prune}, refitting`);
    fit(buildRows(examples, keep2, dims2), w2, l2, REFIT_ITERATIONS, `${label} refit`);
    keep = keep2;
    dims = dims2;
    w = w2;
  }
  const round = (x: number): number => Math.round(x * 10 ** DECIMALS) / 10 ** DECIMALS;
  const weights = new Float64Array(names.length);
  let kept = 0;
  for (let id = 0; id < names.length; id++) {
    const c = keep[id] as number;
    if (c < 0) continue;
    const x = round(w[c] as number);
    weights[id] = x;
    if (x !== 0) kept++;
  }
  return { bias: round(w[dims] as number), weights, kept };
}

function example(a: Prepared): Example {
  return { enc: a.enc, tags: a.tags };
}

function probabilities(enc: Encoded, model: Model): Float64Array {
  const probs = new Float64Array(enc.offsets.length - 1);
  for (let i = 0; i < probs.length; i++) {
    let z = model.bias;
    for (let j = enc.offsets[i] as number; j < (enc.offsets[i + 1] as number); j++) z += model.weights[enc.ids[j] as number] as number;
    probs[i] = z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }
  return probs;
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

function measure(articles: readonly Prepared[], model: Model, thresholds: readonly number[]): Curve[] {
  const probs = articles.map((a) => probabilities(a.enc, model));
  return thresholds.map((threshold) => ({
    threshold,
    ...tally(articles, (a, k) => {
      const p = probs[k] as Float64Array;
      return { tokens: p.map((x) => (x >= threshold ? 1 : 0)), spans: cueSpans(a.layers, p, threshold) };
    }),
  }));
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

/** The non-zero weights of a model by feature name, in code-unit order of the names. */
function namedWeights(model: Model): [string, number][] {
  const entries: [string, number][] = [];
  for (let id = 0; id < names.length; id++) {
    const x = model.weights[id] as number;
    if (x !== 0) entries.push([names[id] as string, x]);
  }
  return entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function objectBody(entries: readonly [string, number][], indent: string): string {
  return entries.map(([name, x]) => `${indent}${JSON.stringify(name)}: ${x},`).join('\n');
}

function moduleText(model: Model, threshold: number, metrics: Record<string, unknown>, articles: number): string {
  const head: Omit<CueModelData, 'features'> = {
    version: MODEL_VERSION,
    bias: model.bias,
    threshold,
    trainedOn: `PolNeAR train (${articles} articles)`,
    metrics,
  };
  const lines = [
    '// Generated by scripts/train-cue-model.ts from the PolNeAR train split: do not edit by hand.',
    '// Logistic-regression weights of the learned cue tagger (src/extract/cues/learned-cues.ts).',
    "import type { CueModelData } from '../../extract/cues/learned-cues.js';",
    '',
    `export const CUE_MODEL: CueModelData = ${JSON.stringify(head, null, 2).replace(/\n\}$/, '')},`,
  ];
  lines.push('  "features": {', objectBody(namedWeights(model), '    '), '  },', '};', '');
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
  const tuning = train(fitPart.map(example), { l2: L2, prune: PRUNE, label: 'tuning fit' });
  const tuneCurve = measure(heldOut, tuning, THRESHOLDS);
  log(`held-out train tenth (${heldOut.length} articles):\n${formatCurve(tuneCurve)}`);
  const bestF1 = tuneCurve.reduce((a, b) => (b.span.f1 > a.span.f1 ? b : a));
  const precise = tuneCurve.filter((c) => c.span.p >= MIN_PRECISION);
  const best = precise.length > 0 ? precise.reduce((a, b) => (b.span.r > a.span.r ? b : a)) : bestF1;
  const threshold = best.threshold;
  log(`threshold ${threshold}: span P ${best.span.p} R ${best.span.r} F1 ${best.span.f1} on the held-out tenth (best F1 there: ${bestF1.span.f1} at ${bestF1.threshold})`);
  if (tuneOnly && !writeTuningModel) return;

  const model = writeTuningModel ? tuning : train(trainSet.map(example), { l2: L2, prune: PRUNE, label: 'final fit' });
  log(`final model: ${model.kept} non-zero weights, bias ${model.bias}`);
  const metrics: Record<string, unknown> = {
    heldOutTrainTenth: {
      articles: heldOut.length,
      threshold,
      span: best.span,
      token: best.token,
      bestF1: { threshold: bestF1.threshold, span: bestF1.span },
      handLexicon: measureLexicon(heldOut).span,
    },
  };
  if (devSet.length > 0) {
    const curve = measure(devSet, model, THRESHOLDS);
    const lex = measureLexicon(devSet);
    log(`dev (${devSet.length} articles):\n${formatCurve(curve)}`);
    log(`dev, hand lexicon alone: token P ${lex.token.p} R ${lex.token.r} F1 ${lex.token.f1} | span P ${lex.span.p} R ${lex.span.r} F1 ${lex.span.f1}`);
    const atThreshold = curve.find((c) => c.threshold === threshold);
    metrics.dev = {
      articles: devSet.length,
      threshold,
      span: atThreshold?.span,
      token: atThreshold?.token,
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
