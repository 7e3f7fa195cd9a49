/**
 * "Selon X" and its kin, before or after the content, with hearsay chains:
 *
 *   Selon le Monde, qui cite des sources informées, le sommet est reporté.   origin → speaker, le Monde → via
 *   D'après Mme Leroy, l'accord est prêt.                                     cue · source , content
 *   Le sommet est reporté, selon des sources diplomatiques.                   content , cue · source
 *   Le sommet est reporté, de source diplomatique.                            "de source …" at the end
 *
 * Not: "selon les règles en vigueur, …" is read too (no lexicon can tell rules from speakers),
 * but "Selon lui" needs the pronoun of a speaker and "selon que …" is no cue.
 */
import { wordsAt, type Sentence } from '../../../nlp/tokens.js';
import { PREPOSITIONAL_CUES } from '../../../lexicon/fr/reporting-cues.js';
import type { Candidate, TokenRange } from '../candidate.js';
import { contentSpan } from '../content-span.js';
import type { RuleInput } from '../input.js';
import { frenchCandidate } from './candidate.js';
import { clauseEnd } from './frames.js';
import { phraseAfter } from './words.js';

const RULE = 'attributions/fr/selon';
/** "d'après" is two tokens: "d'" · "après" */
const CUES = PREPOSITIONAL_CUES.map((c) => c.replace(/(['’])/, '$1 ').split(' '));
const CHAIN_VERBS = new Set(['cite', 'citant', 'citait', 'rapporte', 'évoque']);
const STRESSED_PRONOUNS = new Set(['lui', 'elle', 'eux', 'elles']);

function cueLength(input: RuleInput, i: number): number {
  const words = CUES.find((ws) => wordsAt(input.tokens, i, ws));
  return words ? words.length : 0;
}

/** ", qui cite des sources informées": the sources behind the outlet. */
function originAfter(input: RuleInput, k: number, limit: number): TokenRange | null {
  let m = input.tokens[k]?.text === ',' ? k + 1 : k;
  if (input.tokens[m]?.lower === 'qui') m++;
  return CHAIN_VERBS.has(input.tokens[m]?.lower ?? '') ? phraseAfter(input, m + 1, limit) : null;
}

/** The source after the cue: a phrase that can speak, or "lui"/"elle" for the last speaker. */
function sourceAfter(input: RuleInput, k: number, limit: number): TokenRange | null {
  if (STRESSED_PRONOUNS.has(input.tokens[k]?.lower ?? '')) return { first: k, last: k + 1 };
  return phraseAfter(input, k, limit);
}

function frameAt(input: RuleInput, s: Sentence, i: number, n: number): Candidate | null {
  const source = sourceAfter(input, i + n, s.last);
  if (!source) return null;
  const origin = originAfter(input, source.last, s.last);
  let after = origin ? origin.last : source.last;
  if (input.tokens[after]?.text === ',') after++;
  const left = input.tokens[i - 1]?.text === ',' && i - 1 - s.first >= 3 ? contentSpan(input, s.first, i - 1) : null;
  const end = clauseEnd(input, s, after);
  const right = left || end - after < 3 || input.tokens[i - 1]?.text === ',' ? null : contentSpan(input, after, end);
  const content = left ?? right;
  if (!content) return null;
  return frenchCandidate(input, {
    rule: RULE,
    source: origin ?? source,
    cue: { first: i, last: i + n },
    parts: [content],
    direct: false,
    addressee: origin ? source : null,
    origin,
    sentence: s.index,
  });
}

/** "…, de source diplomatique." / "…, de sources concordantes.": the source closes the sentence. */
function sourceNounAt(input: RuleInput, s: Sentence, i: number): Candidate | null {
  const { tokens } = input;
  if (tokens[i]?.lower !== 'de' || !['source', 'sources'].includes(tokens[i + 1]?.lower ?? '') || tokens[i - 1]?.text !== ',') return null;
  const source = phraseAfter(input, i + 1, s.last);
  if (!source || source.last < s.last - 1 || i - 1 - s.first < 3) return null;
  const content = contentSpan(input, s.first, i - 1);
  return content ? frenchCandidate(input, { rule: RULE, source, cue: { first: i, last: i + 1 }, parts: [content], direct: false, sentence: s.index }) : null;
}

export function selon(input: RuleInput): Candidate[] {
  const out: Candidate[] = [];
  for (const s of input.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (input.inQuote[i]) continue;
      const n = cueLength(input, i);
      const found = n > 0 ? frameAt(input, s, i, n) : sourceNounAt(input, s, i);
      if (found) out.push(found);
    }
  }
  return out;
}
