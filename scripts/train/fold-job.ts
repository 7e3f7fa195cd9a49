/**
 * A child process of npm run train: prepares the train split itself, runs the folds it is given
 * and sends their results to the parent. Two of them use both cores.
 */
import { templatesWithout } from '../../src/extract/roles/features.js';
import { runFolds } from './cross-validate.js';
import { foldOf } from './folds.js';
import { prepareRoleArticles } from './role-corpus.js';
import type { RoleFitSettings } from './role-model.js';

/** What the parent asks of a child. */
export interface FoldTask {
  readonly trainDir: string;
  readonly folds: number;
  readonly seed: number;
  readonly which: readonly number[];
  /** templates or groups left out (features.ts, templatesWithout) */
  readonly without: readonly string[];
  readonly cueBiases: readonly number[];
  readonly settings: Omit<RoleFitSettings, 'templates'>;
  /** where fold fits are kept (fit-cache.ts); null to fit afresh */
  readonly cacheDir: string | null;
}

const task = JSON.parse(process.argv[2] as string) as FoldTask;
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const articles = prepareRoleArticles(task.trainDir);
const settings: RoleFitSettings = { ...task.settings, templates: templatesWithout(task.without) };
const results = runFolds(articles, settings, foldOf(articles.length, task.folds, task.seed), task.which, task.cueBiases, log, task.cacheDir);
process.send?.(results);
