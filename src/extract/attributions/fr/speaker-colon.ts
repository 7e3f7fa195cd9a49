/**
 * A speaker, a colon, then a quote: "Jean-Noël Barrot : « Rien n'est exclu. »", "Le ministre :
 * « … »", and interview transcripts ("M. DUPONT : Nous …" in capitals).
 *
 * Not: "Le bilan : trois morts" (no quote, no name in capitals), "À retenir : « … »" (nothing
 * that can speak before the colon).
 */
import type { Candidate } from '../candidate.js';
import { contentSpan } from '../content-span.js';
import type { RuleInput } from '../input.js';
import { frenchCandidate } from './candidate.js';
import { canSpeak } from './words.js';

const RULE = 'attributions/fr/speaker-colon';
const MAX_SPEAKER_TOKENS = 8;

export function speakerColon(input: RuleInput): Candidate[] {
  const out: Candidate[] = [];
  for (const s of input.sentences) {
    if (input.inQuote[s.first]) continue;
    let c = s.first;
    while (c < s.last && c - s.first <= MAX_SPEAKER_TOKENS && input.tokens[c]?.text !== ':' && !/^[,;!?«»"“”()]$/.test(input.tokens[c]?.text ?? '')) c++;
    if (input.tokens[c]?.text !== ':' || c === s.first || c + 1 >= s.last || !canSpeak(input.tokens, s.first, c)) continue;
    const next = input.tokens[c + 1];
    const quote = next ? input.quoteOpeningAt.get(next.start) : undefined;
    const label = input.tokens.slice(s.first, c).some((t) => /^\p{Lu}{2,}$/u.test(t.text) && t.text.length > 2);
    const content = quote ? [...quote.parts] : label ? [contentSpan(input, c + 1, s.last)].filter((x) => x !== null) : [];
    if (content.length === 0) continue;
    out.push(frenchCandidate(input, { rule: RULE, source: { first: s.first, last: c }, cue: { first: c, last: c + 1 }, parts: content, direct: quote !== undefined, sentence: s.index }));
  }
  return out;
}
