/**
 * A statement issued as a document is one cue from the verb to the participle that gives the
 * document's words, as attribution corpora mark it:
 *
 *   The mayor issued a statement saying the bridge would open in May.
 *   ^^^^^^^^^ ^^^^^^^^^^^^^^^^^^^^^^^^^ ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ source · cue · content
 *   She sent a letter to the board urging it to resign.
 *
 * The rules find two statements there ("issued" with "a statement saying …" as content, and
 * "saying" with "The mayor issued a statement" as source); they become one. Not: "He issued a
 * warning" (no participle), "issued rules saying …" (no reporting noun).
 */
import { spanOf } from '../../../core/span.js';
import { REPORTING_NOUNS } from '../../../lexicon/en/reporting-cues.js';
import type { Candidate } from '../candidate.js';
import { firstTokenWhere, type RuleInput } from '../input.js';

const DOCUMENT_NOUNS = new Set(REPORTING_NOUNS.flatMap((n) => n.split(' ').slice(-1)));
/** The most words between the verb and the participle: "a letter to the NAACP board of directors". */
const MAX_GAP = 9;

/** The participial statement inside `outer`'s content that names its document, if any. */
function documentParticiple(outer: Candidate, items: readonly Candidate[], input: RuleInput): Candidate | undefined {
  const content = outer.contentParts[0];
  if (!outer.cue || !content || outer.contentParts.length !== 1) return undefined;
  const first = firstTokenWhere(input.tokens, (t) => t.start >= content.start);
  return items.find((inner) => {
    const cue = inner.cue;
    if (inner === outer || !cue || cue.start <= content.start || cue.end > content.end) return false;
    const gap = input.tokens.slice(first, firstTokenWhere(input.tokens, (t) => t.start >= cue.start));
    return gap.length <= MAX_GAP && gap.some((t) => DOCUMENT_NOUNS.has(t.lower)) && !gap.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT');
  });
}

export function joinDocumentCues(items: readonly Candidate[], input: RuleInput): Candidate[] {
  const absorbed = new Set<Candidate>();
  const joined = new Map<Candidate, Candidate>();
  for (const outer of items) {
    const inner = documentParticiple(outer, items, input);
    if (!inner || !outer.cue || !inner.cue) continue;
    absorbed.add(inner);
    joined.set(outer, { ...outer, cue: spanOf(input.text, outer.cue.start, inner.cue.end), contentParts: inner.contentParts, kind: inner.kind });
  }
  return items.filter((c) => !absorbed.has(c)).map((c) => joined.get(c) ?? c);
}
