/** Content spans over tokens, for every language's rules. */
import { spanOf, type Span } from '../../core/span.js';
import type { RuleInput } from './input.js';

const FINAL_PUNCT = /^[.!?…;:,]+$/;

/** The content span over tokens [first, last), without final punctuation, reaching the end of
 * any quote it opens (a quote may run past the sentence end). */
export function contentSpan(input: RuleInput, first: number, last: number): Span | null {
  let end = last;
  while (end > first && FINAL_PUNCT.test(input.tokens[end - 1]?.text ?? '')) end--;
  const a = input.tokens[first];
  const b = input.tokens[end - 1];
  if (!a || !b || end <= first) return null;
  let stop = b.end;
  for (const q of input.quotes) {
    if (q.open >= a.start && q.open < stop && q.close > stop) stop = q.content.end;
  }
  return spanOf(input.text, a.start, stop);
}
