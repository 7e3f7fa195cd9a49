/**
 * The reanalyze job: articles analysed by another analyser version (or all) are analysed again
 * from their stored text and metadata and their analysis replaced; manual actor corrections
 * survive because linking consults them first.
 */
import { ANALYZER_VERSION } from '../analyze.js';
import type { SourceFailure } from '../ingest/source-document.js';
import type { Store } from '../store/store.js';
import type { AnalysisPool } from './analysis-pool.js';
import { asInternal } from './ingest.js';

export interface ReanalyzeSummary {
  readonly articles: number;
  readonly reanalysed: number;
  readonly failed: number;
  readonly failures: readonly SourceFailure[];
  readonly seconds: number;
}

export interface ReanalyzeOptions {
  readonly pool: AnalysisPool;
  readonly all: boolean;
  readonly onProgress?: (done: number, total: number, articleId: string) => void;
}

export async function reanalyzeStore(store: Store, options: ReanalyzeOptions): Promise<ReanalyzeSummary> {
  const started = performance.now();
  const articles = store.articlesToReanalyze(ANALYZER_VERSION, options.all);
  const failures: SourceFailure[] = [];
  let done = 0;
  // analyses run ahead on the pool; replacements are written in store order
  const analyses = articles.map((article) =>
    options.pool
      .analyze(article.text, {
        title: article.title,
        outlet: article.outlet,
        url: article.url,
        published: article.published,
        language: article.language,
      })
      .then(
        (document) => ({ document }),
        (error: unknown) => ({ error }),
      ),
  );
  for (const [i, article] of articles.entries()) {
    const result = await (analyses[i] as (typeof analyses)[number]);
    try {
      if ('error' in result) throw result.error;
      store.replaceAnalysis(result.document, ANALYZER_VERSION);
    } catch (error) {
      failures.push({ origin: article.origin, error: asInternal(error, article.origin) });
    }
    done++;
    options.onProgress?.(done, articles.length, article.id);
  }
  return {
    articles: articles.length,
    reanalysed: articles.length - failures.length,
    failed: failures.length,
    failures,
    seconds: (performance.now() - started) / 1000,
  };
}
