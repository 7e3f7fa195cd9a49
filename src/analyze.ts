import { createHash } from 'node:crypto';
import {
  SCHEMA_VERSION,
  type AnalysisDocument,
  type AnalyzeOptions,
  type ArticleInfo,
  type Diagnostic,
  type PublishedRange,
} from './core/analysis.js';
import { tokenize } from './nlp/tokens.js';
import { findQuotes } from './extract/quotes/paired-quote-marks.js';
import { buildRuleInput } from './extract/attributions/input.js';
import { findTimes } from './extract/dates/index.js';
import { englishPipeline } from './pipelines/en.js';
import { frenchPipeline } from './pipelines/fr.js';
import type { LanguagePipeline } from './pipelines/pipeline.js';
import { proposeCandidates } from './pipelines/propose.js';
import { resolveStatements } from './resolve/statements.js';

/**
 * Analyses one article's text: every statement with its speaker, cue, content, via and date.
 * Pure and offline: same text and options, same document.
 *
 * @example analyze('“We will not yield,” the mayor said.', { published: '2024-11-25' })
 */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisDocument {
  const language = options.language ?? 'en';
  const pipeline = PIPELINES[language];
  if (pipeline === undefined) return unanalysed(text, options, language);
  return analyzeWith(pipeline, text, options);
}

/** The analysis with a given pipeline: analyze() picks the language's; tests also run the rules without the tagger. */
export function analyzeWith(pipeline: LanguagePipeline, text: string, options: AnalyzeOptions = {}): AnalysisDocument {
  const language = options.language ?? 'en';
  const published = options.published ?? null;
  const layers = tokenize(text, pipeline.tokens);
  const input = buildRuleInput(layers, findQuotes(text), pipeline.cues);
  let candidates = proposeCandidates(pipeline, input);
  if (pipeline.learned) candidates = pipeline.learned(candidates, input);
  for (const finish of pipeline.finishers) candidates = finish(candidates, input);
  const dates = findTimes(text, published, pipeline.dates);
  const names = pipeline.names(text, layers.tokens, layers.sentences);
  const { actors, statements } = resolveStatements({ input, candidates, names, times: dates.times, published, language: pipeline.resolve });
  return {
    schema: SCHEMA_VERSION,
    article: articleInfo(text, options, language, dates.publishedRange),
    actors,
    statements,
    times: dates.times,
    diagnostics: diagnosticsFor(text, statements.length),
  };
}

/**
 * Bump when a change to rules, lexicons or models changes what analysis finds: the store
 * records it with every article, and `whosaid reanalyze` re-runs articles made by another.
 */
export const ANALYZER_VERSION = 'en-2026-12-06b.fr-2026-12-06';

const PIPELINES: Readonly<Record<string, LanguagePipeline>> = { en: englishPipeline, fr: frenchPipeline };

/** The diagnostic code of an article kept unanalysed because no pipeline reads its language. */
export const UNSUPPORTED_LANGUAGE = 'unsupported-language';

/** An article in a language without a pipeline is kept whole, with a warning, rather than misread by English rules. */
function unanalysed(text: string, options: AnalyzeOptions, language: string): AnalysisDocument {
  return {
    schema: SCHEMA_VERSION,
    article: articleInfo(text, options, language, null),
    actors: [],
    statements: [],
    times: [],
    diagnostics: [
      { severity: 'warning', code: UNSUPPORTED_LANGUAGE, message: `no analysis for language "${language}" yet; the article is kept unanalysed` },
    ],
  };
}

/** An article's id: the sha-256 of its text, so the same text is the same article wherever it comes from. */
export function articleId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function articleInfo(text: string, options: AnalyzeOptions, language: string, publishedRange: PublishedRange | null): ArticleInfo {
  return {
    id: articleId(text),
    text,
    title: options.title ?? null,
    outlet: options.outlet ?? null,
    url: options.url ?? null,
    language,
    published: options.published ?? null,
    publishedRange,
  };
}

function diagnosticsFor(text: string, statements: number): Diagnostic[] {
  if (text.trim().length === 0) return [{ severity: 'warning', code: 'empty-input', message: 'the input is empty: nothing to analyse' }];
  if (statements === 0) return [{ severity: 'info', code: 'no-statements', message: 'no statements found' }];
  return [];
}
