/**
 * The incise: the content first, then the cue with its subject inverted after it.
 *
 *   « Nous ne céderons pas », a déclaré Jean Dupont.            quote · cue · subject
 *   « Rien n'est exclu », a-t-il ajouté.                          quote · cue with "-t-il"
 *   « Pourquoi attendre ? » s'interroge … / estime-t-elle.        no comma after ? or !
 *   Le plan est mort, a estimé le ministre.                       clause · cue · subject
 *   « … », a déclaré la ministre au Figaro.                       addressee after the subject → via
 *
 * Not: "Le ministre a déclaré forfait, a-t-on appris." ("on" is impersonal, but the rule still
 * needs a quote or clause before: here the clause holds a cue of its own and is left to
 * verb-frames), "« Non », répondit." (no subject).
 */
import type { Candidate, TokenRange } from '../candidate.js';
import { contentSpan } from '../content-span.js';
import type { RuleInput } from '../input.js';
import { frenchCandidate } from './candidate.js';
import { addresseeAt, quoteBefore } from './frames.js';
import { cueAt, isTimeWord, phraseAfter, type FrenchCue } from './words.js';

const RULE = 'attributions/fr/incise';

/** The inverted subject: the clitic, or the phrase after the cue; and an addressee after them ("au Figaro"). */
function invertedSubject(input: RuleInput, cue: FrenchCue, limit: number): { source: TokenRange; addressee: TokenRange | null } | null {
  // "a déclaré mardi la ministre …": the time word is no part of the subject
  let start = cue.last;
  while (isTimeWord(input.tokens[start])) start++;
  const source = cue.clitic !== null ? { first: cue.clitic, last: cue.clitic + 1 } : phraseAfter(input, start, limit);
  if (!source) return null;
  return { source, addressee: addresseeAt(input, Math.max(source.last, cue.last), limit) };
}

export function incise(input: RuleInput): Candidate[] {
  const out: Candidate[] = [];
  for (const s of input.sentences) {
    for (let i = s.first + 1; i < s.last; i++) {
      const cue = cueAt(input, i, s.last);
      if (!cue) continue;
      const quoted = quoteBefore(input, i);
      const clause = quoted || input.tokens[i - 1]?.text !== ',' || i - 1 - s.first < 3 ? null : contentSpan(input, s.first, i - 1);
      const parts = quoted ?? (clause ? [clause] : null);
      const subject = parts ? invertedSubject(input, cue, s.last) : null;
      if (!parts || !subject) continue;
      out.push(
        frenchCandidate(input, {
          rule: RULE,
          source: subject.source,
          cue,
          parts,
          direct: quoted !== null,
          addressee: subject.addressee,
          sentence: s.index,
        }),
      );
    }
  }
  return out;
}
