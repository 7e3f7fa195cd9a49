/**
 * Transcript and quote-introducing colons: a short name, a colon, then the words.
 *
 *   WALLACE: Governor, let me ask you about …       source · cue ":" · content
 *   Barrot: “We do not rule out any option.”
 *
 *   Clinton: I support D.C. statehood
 *   "PENCE: Well, look, …                          a transcript quoted paragraph by paragraph
 *
 * Not: "Update: the vote was delayed" (a common-noun label), "Note: …", "the plan: cut taxes".
 */
import type { Token } from '../../../nlp/tokens.js';
import { spanOf } from '../../../core/span.js';
import type { Candidate } from '../candidate.js';
import { rangeSpan, type RuleInput } from '../input.js';
import { contentSpan } from '../content-span.js';

const RULE = 'attributions/en/speaker-colon';
const MAX_NAME_TOKENS = 4;

function isNameToken(t: Token): boolean {
  return t.pos === 'PROPN' || /^[A-Z][A-Z.'’-]+$/.test(t.text) || t.text === '.';
}

/**
 * '"WALLACE: Let’s start …': transcripts quoted paragraph by paragraph open each paragraph with
 * a quote mark before the label.
 */
function transcriptOpening(input: RuleInput, i: number): boolean {
  const t = input.tokens[i];
  return t !== undefined && (t.text === '"' || t.text === '“') && input.tokens[i - 1]?.paragraph !== t.paragraph && /^\p{Lu}{2,}$/u.test(input.tokens[i + 1]?.text ?? '');
}

export function speakerColon(input: RuleInput): Candidate[] {
  const out: Candidate[] = [];
  for (const s of input.sentences) {
    const first = transcriptOpening(input, s.first) ? s.first + 1 : s.first;
    let c = first;
    while (c < s.last && c - first <= MAX_NAME_TOKENS && input.tokens[c]?.text !== ':') c++;
    const colon = input.tokens[c];
    if (!colon || colon.text !== ':' || c === first || c + 1 >= s.last) continue;
    const name = input.tokens.slice(first, c);
    if (!name.every(isNameToken) || (first === s.first && input.inQuote[s.first])) continue;
    const next = input.tokens[c + 1] as Token;
    const quote = input.quoteOpeningAt.get(next.start);
    // a name label ("Clinton: I support statehood") but not a section label ("Update:", "7:45")
    const named = name.every((t) => /^\p{Lu}/u.test(t.text) || t.text === '.') && name.some((t) => t.pos === 'PROPN');
    if (!quote && !named) continue;
    const content = quote ? [...quote.parts] : [contentSpan(input, c + 1, s.last)].filter((x) => x !== null);
    if (content.length === 0) continue;
    const range = { first, last: c };
    out.push({
      rule: RULE,
      kind: quote ? 'direct' : 'indirect',
      source: rangeSpan(input, range),
      sourceTokens: range,
      antecedent: null,
      cue: spanOf(input.text, colon.start, colon.end),
      cueToken: c,
      contentParts: content,
      addressee: null,
      origin: null,
      sentence: s.index,
      past: false,
      continues: null,
    });
  }
  return out;
}
