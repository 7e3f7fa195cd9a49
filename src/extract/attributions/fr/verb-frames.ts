/**
 * A French reporting verb with its subject before it and its content after:
 *
 *   Le ministre a déclaré que les discussions se poursuivaient.      subject · cue · que …
 *   Jean Dupont, porte-parole du gouvernement, a affirmé : « … »     subject, appositive, · cue : quote
 *   Une source militaire britannique a déclaré au Monde que …        addressee ("au Monde") → via
 *   Elle estime que …  ·  Il déclarait que …  ·  Mme Leroy n'a pas exclu que …
 *   … le chercheur, qui a estimé que …                                relative subject → antecedent
 *
 * Not: "Le texte annoncé mardi prévoit …" (a participle without "a" is no cue), "Il a déclaré
 * forfait" (no "que", colon or quote after the cue), "la décision qu'il a annoncée" (no content).
 */
import type { Candidate } from '../candidate.js';
import type { RuleInput } from '../input.js';
import { frenchCandidate } from './candidate.js';
import { contentAfter, subjectBefore } from './frames.js';
import { cueAt } from './words.js';

const RULE = 'attributions/fr/verb-frames';

export function verbFrames(input: RuleInput): Candidate[] {
  const out: Candidate[] = [];
  for (const s of input.sentences) {
    for (let i = s.first; i < s.last; i++) {
      const cue = cueAt(input, i, s.last);
      if (!cue || cue.clitic !== null) continue;
      const subject = subjectBefore(input, s, cue.first);
      const after = subject ? contentAfter(input, s, cue.last) : null;
      if (!subject || !after) continue;
      out.push(
        frenchCandidate(input, {
          rule: RULE,
          source: { first: subject.first, last: subject.last },
          antecedent: subject.antecedent,
          cue,
          parts: after.parts,
          direct: after.direct,
          addressee: after.addressee,
          sentence: s.index,
        }),
      );
      i = cue.last - 1;
    }
  }
  return out;
}
