/**
 * The ingest job: sources → analysis (on the pool) → store, one transaction per article.
 * Articles are written in the order the sources gave them whatever order the workers finish
 * in, so the same inputs make the same store (actor ids included). A text already in the store
 * is not analysed again. A failed item is reported and counted; the batch goes on.
 */
import { ANALYZER_VERSION, articleId, UNSUPPORTED_LANGUAGE } from '../analyze.js';
import type { AnalysisDocument, AnalyzeOptions } from '../core/analysis.js';
import { WhosaidError } from '../core/errors.js';
import type { SourceDocument, SourceFailure, SourceItem } from '../ingest/source-document.js';
import type { Store } from '../store/store.js';
import type { AnalysisPool } from './analysis-pool.js';

export interface IngestProgress {
  readonly items: number;
  readonly added: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly statements: number;
  /** the item just finished */
  readonly origin: string;
}

export interface IngestSummary extends Omit<IngestProgress, 'origin'> {
  readonly failures: readonly SourceFailure[];
  /** articles stored without statements because no pipeline reads their language yet, by language */
  readonly unanalysed: Readonly<Record<string, number>>;
  readonly seconds: number;
}

export interface IngestOptions {
  readonly pool: AnalysisPool;
  readonly onProgress?: (progress: IngestProgress) => void;
  readonly onFailure?: (failure: SourceFailure) => void;
}

/** Analyses waiting to be written; enough to keep every worker busy without holding the corpus in memory. */
const IN_FLIGHT_PER_WORKER = 4;

type Step = { readonly origin: string; readonly run: () => Promise<SourceFailure | AnalysisResult | 'unchanged'> };
type AnalysisResult = { readonly document: AnalysisDocument; readonly source: SourceDocument };

export async function ingestSources(sources: AsyncIterable<SourceItem>, store: Store, options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const counts = { items: 0, added: 0, unchanged: 0, failed: 0, statements: 0 };
  const failures: SourceFailure[] = [];
  const unanalysed: Record<string, number> = {};
  const inFlight: { origin: string; result: Promise<SourceFailure | AnalysisResult | 'unchanged'> }[] = [];
  const limit = options.pool.parallelism * IN_FLIGHT_PER_WORKER;

  const fail = (failure: SourceFailure) => {
    counts.failed++;
    failures.push(failure);
    options.onFailure?.(failure);
  };
  const settle = async () => {
    const head = inFlight.shift();
    if (head === undefined) return;
    const result = await head.result;
    counts.items++;
    if (result === 'unchanged') counts.unchanged++;
    else if ('error' in result) fail(result);
    else {
      const written = write(store, result, head.origin);
      if ('error' in written) fail(written);
      else if (written.status === 'added') {
        counts.added++;
        counts.statements += written.statements;
        if (result.document.diagnostics.some((d) => d.code === UNSUPPORTED_LANGUAGE)) {
          const language = result.document.article.language;
          unanalysed[language] = (unanalysed[language] ?? 0) + 1;
        }
      } else counts.unchanged++;
    }
    options.onProgress?.({ ...counts, origin: head.origin });
  };

  for await (const item of sources) {
    const step = stepFor(item, store, options.pool);
    inFlight.push({ origin: step.origin, result: step.run() });
    if (inFlight.length >= limit) await settle();
  }
  while (inFlight.length > 0) await settle();
  return { ...counts, failures, unanalysed, seconds: (performance.now() - started) / 1000 };
}

function stepFor(item: SourceItem, store: Store, pool: AnalysisPool): Step {
  if (!item.ok) return { origin: item.failure.origin, run: () => Promise.resolve(item.failure) };
  const source = item.document;
  return {
    origin: source.origin,
    run: async () => {
      if (store.hasArticle(articleId(source.text))) return 'unchanged';
      try {
        const document = await pool.analyze(source.text, analyzeOptionsOf(source));
        return { document, source };
      } catch (error) {
        return { origin: source.origin, error: asInternal(error, source.origin) };
      }
    },
  };
}

/** The analysis options a source's metadata gives; English when the source names no language. */
export function analyzeOptionsOf(source: SourceDocument): AnalyzeOptions {
  return { title: source.title, outlet: source.outlet, url: source.url, published: source.published, language: source.language ?? 'en' };
}

function write(store: Store, { document, source }: AnalysisResult, origin: string) {
  try {
    return store.addArticle(document, { authors: source.authors, origin: source.origin, analyzerVersion: ANALYZER_VERSION });
  } catch (error) {
    return { origin, error: asInternal(error, origin) } satisfies SourceFailure;
  }
}

export function asInternal(error: unknown, origin: string): WhosaidError {
  if (error instanceof WhosaidError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new WhosaidError('E_INTERNAL', `${origin}: ${message}`, { cause: error });
}
