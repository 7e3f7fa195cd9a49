/**
 * A quote signed with a dash after it, as readers' comments and epigraphs are printed:
 *
 *   “He represents our greatest shame.” ― Sonya Herridge      content · cue "―" · source
 *   “Maybe we can build a wall around him.” — Steve Quinlan.
 *
 * The name must end the line, the sentence, or run into the next quote; so not
 * "“a sham” — Trump then left" (a verb follows) nor "“Veep” — a show he likes" (no name).
 */
import type { Token } from '../../../nlp/tokens.js';
import { spanOf } from '../../../core/span.js';
import type { Candidate } from '../candidate.js';
import { firstTokenWhere, rangeSpan, type RuleInput } from '../input.js';

const RULE = 'attributions/en/quote-dash';
const DASHES = new Set(['―', '—', '–', '--']);
const MAX_NAME_TOKENS = 6;
const NAME_ENDS = new Set(['.', '“', '"', '«']);

function isNameWord(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X');
}

/** The signing name after the dash at `d`: capitalised words (initials included) up to a stop. */
function signature(input: RuleInput, d: number): { first: number; last: number } | null {
  const { tokens } = input;
  const dash = tokens[d] as Token;
  let k = d + 1;
  while (k < tokens.length && k - d <= MAX_NAME_TOKENS) {
    const t = tokens[k] as Token;
    if (t.paragraph !== dash.paragraph || NAME_ENDS.has(t.text)) break;
    // "Edwin G. Monroy": an initial's full stop stays inside the name
    if (!isNameWord(t) && !(t.text === '.' && /^\p{Lu}$/u.test(tokens[k - 1]?.text ?? ''))) return null;
    k++;
  }
  const end = tokens[k];
  const closed = end === undefined || end.paragraph !== dash.paragraph || NAME_ENDS.has(end.text);
  return k > d + 1 && closed ? { first: d + 1, last: k } : null;
}

export function quoteDash(input: RuleInput): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = input;
  for (const quote of input.quotes) {
    // a signed quote is a sentence of its own, not a title or a scare-quoted word
    if (!/[.!?…,]$/.test(quote.content.text.trim())) continue;
    const d = firstTokenWhere(tokens, (t) => t.start >= quote.close);
    const dash = tokens[d];
    if (!dash || !DASHES.has(dash.text) || !/^\s*$/.test(input.text.slice(quote.close, dash.start))) continue;
    const name = signature(input, d);
    if (!name) continue;
    out.push({
      rule: RULE,
      kind: 'direct',
      source: rangeSpan(input, name),
      sourceTokens: name,
      antecedent: null,
      cue: spanOf(input.text, dash.start, dash.end),
      cueToken: d,
      contentParts: [...quote.parts],
      addressee: null,
      origin: null,
      sentence: dash.sentence,
      past: false,
      continues: null,
    });
  }
  return out;
}
