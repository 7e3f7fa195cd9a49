import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, type AnalysisDocument, type AnalyzeOptions, type Diagnostic } from './core/analysis.js';
import { tokenize } from './nlp/tokens.js';
import { findQuotes } from './extract/quotes/paired-quote-marks.js';
import { buildRuleInput } from './extract/attributions/input.js';
import { byContent } from './extract/attributions/refine.js';
import { findTimes } from './extract/dates/index.js';
import { englishPipeline } from './pipelines/en.js';
import { resolveStatements } from './resolve/statements.js';

/**
 * Analyses one article's text: every statement with its speaker, cue, content, via and date.
 * Pure and offline: same text and options, same document.
 *
 * @example analyze('“We will not yield,” the mayor said.', { published: '2024-11-25' })
 */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalysisDocument {
  const pipeline = englishPipeline;
  const published = options.published ?? null;
  const layers = tokenize(text);
  const input = buildRuleInput(layers, findQuotes(text), pipeline.cues);
  let candidates = pipeline.extractors.flatMap((extract) => extract(input));
  candidates.sort(byContent);
  for (const refine of pipeline.refiners) candidates = refine(candidates, input);
  const dates = findTimes(text, published);
  const names = pipeline.names(text, layers.tokens, layers.sentences);
  const { actors, statements } = resolveStatements({ input, candidates, names, times: dates.times, published });
  return {
    schema: SCHEMA_VERSION,
    article: {
      id: createHash('sha256').update(text, 'utf8').digest('hex'),
      text,
      title: options.title ?? null,
      outlet: options.outlet ?? null,
      url: options.url ?? null,
      language: options.language ?? 'en',
      published,
      publishedRange: dates.publishedRange,
    },
    actors,
    statements,
    times: dates.times,
    diagnostics: diagnosticsFor(text, statements.length),
  };
}

function diagnosticsFor(text: string, statements: number): Diagnostic[] {
  if (text.trim().length === 0) return [{ severity: 'warning', code: 'empty-input', message: 'the input is empty: nothing to analyse' }];
  if (statements === 0) return [{ severity: 'info', code: 'no-statements', message: 'no statements found' }];
  return [];
}
