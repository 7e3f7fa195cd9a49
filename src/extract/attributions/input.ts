/**
 * What attribution rules read: the text, its tokens and sentences, the quotes, and lookups
 * between them. Built once per article.
 */
import type { TextLayers, Token, Sentence } from '../../nlp/tokens.js';
import { spanOf, type Span } from '../../core/span.js';
import type { TokenRange } from './candidate.js';
import type { Quote } from '../quotes/paired-quote-marks.js';
import type { CueLexicon } from '../cues/cue-lexicon.js';

export interface RuleInput {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly Quote[];
  readonly cues: CueLexicon;
  /** the quote whose opening mark is at this offset */
  readonly quoteOpeningAt: ReadonlyMap<number, Quote>;
  /** the quote whose closing mark ends at this offset */
  readonly quoteClosingAt: ReadonlyMap<number, Quote>;
  /** per token: is it inside a quote (marks included) */
  readonly inQuote: readonly boolean[];
}

export function buildRuleInput(layers: TextLayers, quotes: readonly Quote[], cues: CueLexicon): RuleInput {
  const quoteOpeningAt = new Map<number, Quote>();
  const quoteClosingAt = new Map<number, Quote>();
  for (const q of quotes) {
    quoteOpeningAt.set(q.open, q);
    quoteClosingAt.set(q.close, q);
  }
  const inQuote: boolean[] = new Array<boolean>(layers.tokens.length).fill(false);
  let qi = 0;
  for (const t of layers.tokens) {
    while (qi < quotes.length && (quotes[qi] as Quote).close <= t.start) qi++;
    const q = quotes[qi];
    inQuote[t.index] = q !== undefined && q.open <= t.start && t.end <= q.close;
  }
  return { text: layers.text, tokens: layers.tokens, sentences: layers.sentences, quotes, cues, quoteOpeningAt, quoteClosingAt, inQuote };
}

/**
 * The index of the first token for which `reached` holds, or the token count. `reached` must
 * test offsets only ("starts after x"): token offsets grow with the index, so once it holds it
 * holds for every later token, and a binary search finds the first.
 */
export function firstTokenWhere(tokens: readonly Token[], reached: (t: Token) => boolean): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (reached(tokens[mid] as Token)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The tokens a span touches, as a range (end exclusive). */
export function tokenRangeOf(tokens: readonly Token[], span: Span): TokenRange {
  const first = firstTokenWhere(tokens, (t) => t.end > span.start);
  let last = first;
  while (last < tokens.length && (tokens[last] as Token).start < span.end) last++;
  return { first, last };
}

/** The span a token range covers, from its first token's start to its last token's end. */
export function rangeSpan(input: RuleInput, range: TokenRange | null): Span | null {
  if (!range) return null;
  const a = input.tokens[range.first];
  const b = input.tokens[range.last - 1];
  return a && b ? spanOf(input.text, a.start, b.end) : null;
}
