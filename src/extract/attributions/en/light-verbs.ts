/**
 * A light verb is a cue only inside its phrase: "made it clear", "issued a statement saying …"
 * (the particles and the document join have run by now), never alone:
 *
 *   Obama made the comments before leaving.        no statement
 *   Clinton released her medical records in July.  no statement
 */
import { LIGHT_VERB_FORMS } from '../../../lexicon/en/grammar.js';
import type { Candidate } from '../candidate.js';
import type { RuleInput } from '../input.js';

export function dropLightVerbs(items: readonly Candidate[], input: RuleInput): Candidate[] {
  return items.filter((c) => {
    if (!c.cue || c.cueToken === null) return true;
    const head = input.tokens[c.cueToken];
    return !(head && LIGHT_VERB_FORMS.has(head.lower) && c.cue.end === head.end);
  });
}
