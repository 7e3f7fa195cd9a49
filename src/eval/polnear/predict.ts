/**
 * Runs our extractor on an article and reduces each statement to the attribution the scorer
 * compares: its source, cue and content spans.
 */
import { analyze } from '../../analyze.js';
import type { Statement } from '../../core/analysis.js';
import { WhosaidError } from '../../core/errors.js';
import type { PredictedAttribution } from './attribution.js';

export function attributionOf(statement: Statement): PredictedAttribution {
  return {
    source: statement.source,
    cue: statement.cue,
    content: statement.content,
    statement: statement.id,
    rule: statement.rule,
  };
}

/**
 * The predicted attributions of one article, each with its speaker's name. A crash of the
 * extractor is a bug: it is reported with the article it happened on rather than skipped, so
 * the scores never hide it.
 */
export function predictAttributions(id: string, text: string, published: string | null): PredictedAttribution[] {
  try {
    const document = analyze(text, { published });
    const names = new Map(document.actors.map((a) => [a.id, a.name]));
    return document.statements.map((s) => ({ ...attributionOf(s), speaker: s.speaker === null ? null : (names.get(s.speaker) ?? null) }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WhosaidError('E_INTERNAL', `analyze failed on ${id}: ${reason}`, { cause: error });
  }
}
