/**
 * Cross-validation of the whole analysis: for each fold, the role tagger is fitted on the other
 * folds' articles, put in place of the shipped model, and the held-out articles are analysed by
 * analyze() — rules, tagger, linking and resolution exactly as they ship — and scored with the
 * eval's own definitions (src/eval/polnear/score.ts).
 */
import { spanOf } from '../../src/core/span.js';
import { predictAttributions } from '../../src/eval/polnear/predict.js';
import { addTally, emptyTally, scoreArticle, scoresOf, type Tally } from '../../src/eval/polnear/score.js';
import { trimForExact } from '../../src/eval/polnear/text-measure.js';
import { ROLE_MODEL_FILE, type RoleModelData } from '../../src/extract/roles/model.js';
import { ROLES, type Role } from '../../src/extract/roles/labels.js';
import { tagRoles } from '../../src/extract/roles/tagger.js';
import { useModel } from '../../src/models/load.js';
import { cachedFit } from './fit-cache.js';
import type { RoleFitSettings } from './role-model.js';
import { goldRoleSpans, type RoleArticle } from './role-corpus.js';

export interface SpanCounts {
  tp: number;
  predicted: number;
  gold: number;
}

/**
 * The cue decision biases tried: a negative bias asks the tagger for more evidence before it
 * labels a cue. Cross-validation picks one for the shipped model.
 */
export const CUE_BIASES: readonly number[] = [0, -0.4, -0.8, -1.2];

/** What one fold measured: the eval's tally over its articles at each cue bias, and the tagger's own spans per role (bias 0). */
export interface FoldResult {
  readonly fold: number;
  readonly articles: number;
  readonly tallies: readonly Tally[];
  readonly tagger: Readonly<Record<Role, SpanCounts>>;
}

/** The four figures the targets name. */
export interface Headline {
  readonly cueExact: number;
  readonly sourceExact: number;
  readonly contentOverlap: number;
  readonly quoteExact: number;
}

export function headline(tally: Tally): Headline {
  const s = scoresOf(tally);
  return { cueExact: s.exact.cue.f1, sourceExact: s.exact.source.f1, contentOverlap: s.overlap.content.f1, quoteExact: s.exact.quote.f1 };
}

/** The eval's tally of the articles analysed with the model in place. */
export function analyseAndScore(articles: readonly RoleArticle[], model: RoleModelData): Tally {
  useModel(ROLE_MODEL_FILE, model);
  let tally = emptyTally();
  for (const a of articles) tally = addTally(tally, scoreArticle(a.text, a.gold, predictAttributions(a.id, a.text, a.published)).tally);
  return tally;
}

/** The tagger's own spans against the gold spans of each role, exact after trimming. */
function scoreTagger(articles: readonly RoleArticle[], model: RoleModelData): Record<Role, SpanCounts> {
  useModel(ROLE_MODEL_FILE, model);
  const tagger = Object.fromEntries(ROLES.map((r) => [r, { tp: 0, predicted: 0, gold: 0 }])) as Record<Role, SpanCounts>;
  for (const a of articles) {
    const trim = (s: { start: number; end: number }): { start: number; end: number } => trimForExact(a.text, spanOf(a.text, s.start, s.end));
    const tagging = tagRoles(a.input, a.marks);
    for (const role of ROLES) {
      const gold = goldRoleSpans(a, role, trim);
      const c = tagger[role];
      c.gold += gold.size;
      for (const s of tagging.spans) {
        if (s.role !== role) continue;
        c.predicted++;
        const r = trim({ start: (a.input.tokens[s.first] as { start: number }).start, end: (a.input.tokens[s.last - 1] as { end: number }).end });
        if (gold.has(`${r.start}:${r.end}`)) c.tp++;
      }
    }
  }
  return tagger;
}

export function withCueBias(model: RoleModelData, cue: number): RoleModelData {
  return { ...model, decisionBias: { ...model.decisionBias, cue } };
}

export function runFolds(
  articles: readonly RoleArticle[],
  settings: RoleFitSettings,
  folds: Int32Array,
  which: readonly number[],
  cueBiases: readonly number[],
  log: (line: string) => void,
  cacheDir: string | null,
): FoldResult[] {
  return which.map((k) => {
    log(`fold ${k + 1}:`);
    const train = articles.filter((_, i) => folds[i] !== k);
    const test = articles.filter((_, i) => folds[i] === k);
    const model = cachedFit(train, settings, cacheDir, log);
    const tallies = cueBiases.map((cue) => analyseAndScore(test, withCueBias(model, cue)));
    const h = headline(tallies[0] as Tally);
    log(`  fold ${k + 1} (cue bias ${cueBiases[0]}): cue ${h.cueExact.toFixed(3)} source ${h.sourceExact.toFixed(3)} content overlap ${h.contentOverlap.toFixed(3)} quote ${h.quoteExact.toFixed(3)}`);
    return { fold: k, articles: test.length, tallies, tagger: scoreTagger(test, model) };
  });
}
