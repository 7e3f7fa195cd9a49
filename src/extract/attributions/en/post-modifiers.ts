/**
 * A past participle that takes a preposition right after a noun modifies that noun; when the
 * phrase is another statement's source, the participle is no cue of its own:
 *
 *   A person briefed on the talks said the merger was off.   one statement, cue "said"
 *
 * Other cues inside a source keep their statement ("Smith, who said …, told …").
 */
import type { Span } from '../../../core/span.js';
import { contains } from '../../../core/span.js';
import type { Candidate } from '../candidate.js';
import type { RuleInput } from '../input.js';

function postModifier(c: Candidate, input: RuleInput): boolean {
  const t = c.cueToken === null ? undefined : input.tokens[c.cueToken];
  return t !== undefined && t.lower.endsWith('ed') && c.cue?.end === t.end && input.tokens[t.index + 1]?.pos === 'ADP' && input.tokens[t.index - 1]?.pos === 'NOUN';
}

export function dropPostModifiers(items: readonly Candidate[], input: RuleInput): Candidate[] {
  const sources = items.flatMap((c) => (c.source ? [{ c, s: c.source }] : []));
  return items.filter((c) => !(c.cue && postModifier(c, input) && sources.some((x) => x.c !== c && contains(x.s, c.cue as Span))));
}
