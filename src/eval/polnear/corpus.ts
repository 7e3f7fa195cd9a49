/**
 * Reads a PolNeAR-format folder: `text/<article id>.txt` and
 * `attributions/<article id>_<annotator>.ann`, one .ann file per article chosen by the README's
 * first-annotator rule.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { WhosaidError } from '../../core/errors.js';
import type { GoldAttribution } from './attribution.js';
import { buildGold, spanTextMismatches } from './gold.js';
import { parseAnn } from './read-brat.js';

export interface CorpusArticle {
  readonly id: string;
  readonly textPath: string;
  /** null when no annotator's file exists for the article */
  readonly annPath: string | null;
  /** YYYY-MM-DD from the article id, or null when the id has no date */
  readonly published: string | null;
}

export interface LoadedArticle extends CorpusArticle {
  readonly text: string;
  readonly gold: readonly GoldAttribution[];
  /** T spans whose recorded text is not the article's text at their offsets */
  readonly spanMismatches: number;
}

// Article ids contain underscores too; the annotator id is what follows the last one.
const ANN_FILE = /^(?<article>.+)_(?<annotator>[^_]+)\.ann$/;

/** Throws E_INPUT_NOT_FOUND unless `dir` has the text/ and attributions/ folders of a corpus. */
export function checkCorpusDir(dir: string): void {
  if (!existsSync(dir)) throw new WhosaidError('E_INPUT_NOT_FOUND', `no such directory: ${dir}`);
  for (const sub of ['text', 'attributions']) {
    if (!isDirectory(path.join(dir, sub))) {
      throw new WhosaidError('E_INPUT_NOT_FOUND', `not a PolNeAR folder (no ${sub}/ directory): ${dir}`);
    }
  }
}

/** The articles of the folder, sorted by id. */
export function listArticles(dir: string): CorpusArticle[] {
  checkCorpusDir(dir);
  const textDir = path.join(dir, 'text');
  const annDir = path.join(dir, 'attributions');
  const annFiles = firstAnnotatorFiles(readdirSync(annDir));
  return readdirSync(textDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -'.txt'.length))
    .sort()
    .map((id) => {
      const ann = annFiles.get(id);
      return {
        id,
        textPath: path.join(textDir, `${id}.txt`),
        annPath: ann === undefined ? null : path.join(annDir, ann),
        published: publishedFromId(id),
      };
    });
}

function isDirectory(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

/**
 * Maps each article id to the file of the annotator whose id sorts first in plain string order.
 * Names that are not `<id>_<annotator>.ann` are ignored: the dev folder holds stray files.
 */
export function firstAnnotatorFiles(names: readonly string[]): Map<string, string> {
  const chosen = new Map<string, { annotator: string; name: string }>();
  for (const name of names) {
    const groups = ANN_FILE.exec(name)?.groups;
    if (!groups?.article || !groups.annotator) continue;
    const current = chosen.get(groups.article);
    if (!current || groups.annotator < current.annotator) {
      chosen.set(groups.article, { annotator: groups.annotator, name });
    }
  }
  return new Map([...chosen].map(([article, { name }]) => [article, name]));
}

/** `nyt_2016-04-18_for-news-outlets-...` → `2016-04-18`. */
export function publishedFromId(id: string): string | null {
  return /^[^_]+_(\d{4}-\d{2}-\d{2})_/.exec(id)?.[1] ?? null;
}

/** Reads an article's text and builds its gold attributions. */
export function loadArticle(article: CorpusArticle): LoadedArticle {
  const text = readFileSync(article.textPath, 'utf8');
  if (article.annPath === null) return { ...article, text, gold: [], spanMismatches: 0 };
  try {
    const ann = parseAnn(readFileSync(article.annPath, 'utf8'));
    const gold = buildGold(text, ann);
    return { ...article, text, gold, spanMismatches: spanTextMismatches(text, ann).length };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WhosaidError('E_INPUT_UNREADABLE', `${article.annPath}: ${reason}`, { cause: error });
  }
}
