/**
 * Evaluates the extractor on a PolNeAR-format folder: every article is analysed, scored against
 * its gold attributions, and the raw counts are summed (micro-averaging) into one result, with
 * the speakers of the paired statements judged where the gold source names someone.
 */
import { listArticles, loadArticle } from './corpus.js';
import { diagnoseArticle, type ArticleDiagnosis } from './diagnose.js';
import { predictAttributions } from './predict.js';
import { addTally, emptyTally, scoreArticle, type Tally } from './score.js';
import { addSpeakerTally, speakerTally, type SpeakerTally } from './speaker-match.js';

export interface EvalOptions {
  /** the folder holding text/ and attributions/ */
  readonly dir: string;
  /** evaluate only the first N articles in id order */
  readonly limit?: number;
  /** called before each article, to draw progress */
  readonly onProgress?: (done: number, total: number, article: string) => void;
  /** when given, receives the diagnostic record of each article (its cost is paid only then) */
  readonly onDiagnosis?: (diagnosis: ArticleDiagnosis) => void;
}

export interface EvalCounts {
  /** articles scored */
  readonly articles: number;
  readonly gold: number;
  readonly predicted: number;
  /** articles left out because no annotation file exists for them */
  readonly unannotated: number;
  /** T spans whose recorded text differs from the article (0 unless offsets are misread) */
  readonly spanMismatches: number;
}

export interface EvalResult {
  readonly dir: string;
  readonly counts: EvalCounts;
  readonly tally: Tally;
  /** paired statements judged for their speaker (speaker-match.ts) and how many are right */
  readonly speakers: SpeakerTally;
  readonly elapsedMs: number;
}

export function evaluatePolnear(options: EvalOptions): EvalResult {
  const started = performance.now();
  const all = listArticles(options.dir);
  const articles = options.limit === undefined ? all : all.slice(0, options.limit);
  let tally = emptyTally();
  let speakers: SpeakerTally = { judged: 0, right: 0 };
  const counts = { articles: 0, gold: 0, predicted: 0, unannotated: 0, spanMismatches: 0 };
  articles.forEach((entry, index) => {
    options.onProgress?.(index, articles.length, entry.id);
    // Without an annotation file there is no gold to score against: predictions there would
    // all count as false positives, so the article is left out and counted instead.
    if (entry.annPath === null) {
      counts.unannotated++;
      return;
    }
    const article = loadArticle(entry);
    const predicted = predictAttributions(article.id, article.text, article.published);
    const score = scoreArticle(article.text, article.gold, predicted);
    tally = addTally(tally, score.tally);
    speakers = addSpeakerTally(speakers, speakerTally(article.text, article.gold, predicted, score.overlapPairs));
    counts.articles++;
    counts.gold += article.gold.length;
    counts.predicted += predicted.length;
    counts.spanMismatches += article.spanMismatches;
    options.onDiagnosis?.(diagnoseArticle(article, article.gold, predicted, score));
  });
  options.onProgress?.(articles.length, articles.length, '');
  return { dir: options.dir, counts, tally, speakers, elapsedMs: Math.round(performance.now() - started) };
}
