/**
 * Where and when a statement was made, from its own sentence or carried from earlier in the
 * paragraph: "during a 23 November interview with the BBC" names both for what follows.
 */
import type { StatementDate, TimeMention } from '../core/analysis.js';
import { overlaps } from '../core/span.js';
import type { Span } from '../core/span.js';
import type { Sentence } from '../nlp/tokens.js';
import { rangeSpan, type RuleInput } from '../extract/attributions/input.js';
import type { Setting } from '../extract/attributions/candidate.js';
import type { ResolveLanguage } from './language.js';

export interface SentenceSetting {
  readonly setting: Setting;
  readonly span: Span;
  readonly sentence: number;
  readonly paragraph: number;
}

/** Every "in an interview with X"-like setting outside quotes, by sentence, as the language reads them. */
export function findSettings(input: RuleInput, settingAt: ResolveLanguage['settingAt']): SentenceSetting[] {
  const out: SentenceSetting[] = [];
  for (const s of input.sentences) {
    for (let m = s.first; m < s.last; m++) {
      if (input.inQuote[m]) continue;
      const setting = settingAt(input, m, s.last);
      if (!setting) continue;
      const span = rangeSpan(input, setting);
      if (span) out.push({ setting, span, sentence: s.index, paragraph: s.paragraph });
      m = setting.last - 1;
    }
  }
  return out;
}

/** The first date expression in the sentence that is not part of what was said. */
export function dateInSentence(times: readonly TimeMention[], s: Sentence, content: readonly Span[]): StatementDate | null {
  const t = times.find((x) => x.span.start >= s.start && x.span.end <= s.end && !content.some((c) => overlaps(c, x.span)));
  return t ? { value: t.value, precision: t.precision, basis: 'text' } : null;
}
