/**
 * Where and when a statement was made, from its own sentence or carried from earlier in the
 * paragraph: "during a 23 November interview with the BBC" names both for what follows.
 */
import type { StatementDate, TimeMention } from '../core/analysis.js';
import { overlaps } from '../core/span.js';
import type { Span } from '../core/span.js';
import type { Sentence } from '../nlp/tokens.js';
import type { RuleInput } from '../extract/attributions/input.js';
import { settingAt, type Setting } from '../extract/attributions/en/clause.js';

export interface SentenceSetting {
  readonly setting: Setting;
  readonly span: Span;
}

/**
 * Every "in an interview with X"-like setting outside quotes in sentence `s`. Asked per
 * statement, so sentences without one are never scanned.
 */
export function settingsIn(input: RuleInput, s: Sentence): SentenceSetting[] {
  const out: SentenceSetting[] = [];
  for (let m = s.first; m < s.last; m++) {
    if (input.inQuote[m]) continue;
    const setting = settingAt(input, m, s.last);
    if (!setting) continue;
    const a = input.tokens[setting.first];
    const b = input.tokens[setting.last - 1];
    if (a && b) out.push({ setting, span: { start: a.start, end: b.end, text: input.text.slice(a.start, b.end) } });
    m = setting.last - 1;
  }
  return out;
}

/** The first date expression in the sentence that is not part of what was said. */
export function dateInSentence(times: readonly TimeMention[], s: Sentence, content: readonly Span[]): StatementDate | null {
  const t = times.find((x) => x.span.start >= s.start && x.span.end <= s.end && !content.some((c) => overlaps(c, x.span)));
  return t ? { value: t.value, precision: t.precision, basis: 'text' } : null;
}
