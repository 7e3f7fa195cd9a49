/**
 * The bench corpus: the one place that decides which folder is read. By default the PolNeAR
 * training texts beside the repository (../shared/data/polnear/train), else `--corpus <dir>`.
 * Only `<dir>/text/*.txt` is read; the publication date comes from the article id.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishedFromId } from '../eval/polnear/corpus.js';

export interface BenchArticle {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
}

/** src/bench and dist/bench are both two levels below the repository root. */
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const DEFAULT_CORPUS = path.resolve(REPO_ROOT, '../shared/data/polnear/train');

export function resolveCorpusDir(option: string | undefined): string {
  return option === undefined ? DEFAULT_CORPUS : path.resolve(option);
}

export function corpusExists(dir: string): boolean {
  return existsSync(path.join(dir, 'text'));
}

/** The articles of `dir`, sorted by id so every pass sees the same order. */
export function loadCorpus(dir: string): BenchArticle[] {
  const textDir = path.join(dir, 'text');
  return readdirSync(textDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const id = name.slice(0, -'.txt'.length);
      return { id, text: readFileSync(path.join(textDir, name), 'utf8'), published: publishedFromId(id) };
    });
}
