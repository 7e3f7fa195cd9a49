/**
 * The bundled examples (examples/), read and analysed, for store tests that need the documents
 * but not the ingest job: seven articles about one fictional local story, from four fictional
 * outlets over five weeks, as plain text (undated, no outlet), a JSON record, an HTML page,
 * crawler JSONL records and an RSS feed. What the tests rely on:
 * - Councillor Dariusz Bekele is named in full, by surname, and as "D. Bekele": one actor;
 *   Anna Bekele, a hydrologist, shares his surname: another actor.
 * - Bekele's borrowing quote is carried by four articles (curly quotes, straight quotes, two
 *   words trimmed): one cluster, first carried by the Eastmere Gazette on 5 March 2025.
 * - Anonymous sources are per article; the Northern Wire cites the Eastmere Gazette (second-hand).
 * - Bekele's view moves from oppose in March to conditional in April (for positions).
 */
import { fileURLToPath } from 'node:url';
import { analyze, ANALYZER_VERSION } from '../../src/analyze.js';
import type { AnalysisDocument } from '../../src/core/analysis.js';
import { collectSources } from '../../src/ingest/collect.js';
import type { SourceDocument } from '../../src/ingest/source-document.js';
import type { Store } from '../../src/store/store.js';

export const STORY_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

export interface StoryArticle {
  readonly source: SourceDocument;
  readonly document: AnalysisDocument;
}

export async function readStory(): Promise<StoryArticle[]> {
  const articles: StoryArticle[] = [];
  const options = { cwd: STORY_DIR, maxBytes: 1 << 20, readStdin: () => Promise.resolve(Buffer.alloc(0)), allowPrivate: false, followLinks: false };
  for await (const item of collectSources(['.'], options)) {
    if (!item.ok) throw item.failure.error;
    const { source } = { source: item.document };
    const document = analyze(source.text, {
      title: source.title,
      outlet: source.outlet,
      url: source.url,
      published: source.published,
      language: source.language ?? 'en',
    });
    articles.push({ source, document });
  }
  // the order of publication, as a newsroom would have ingested them
  return articles.sort((a, b) => (a.source.published ?? '').localeCompare(b.source.published ?? ''));
}

export function addStory(store: Store, articles: readonly StoryArticle[]): void {
  for (const { source, document } of articles) {
    store.addArticle(document, { authors: source.authors, origin: source.origin, analyzerVersion: ANALYZER_VERSION });
  }
}
