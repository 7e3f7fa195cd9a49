/**
 * Where and when a statement was made, from its own sentence or carried from earlier in the
 * paragraph: "during a 23 November interview with the BBC" names both for what follows.
 */
import type { StatementDate, TimeMention } from '../core/analysis.js';
import { overlaps } from '../core/span.js';
import type { Span } from '../core/span.js';
import type { Sentence } from '../nlp/tokens.js';
import { rangeSpan, type RuleInput } from '../extract/attributions/input.js';
import { settingAt, type Setting } from '../extract/attributions/en/clause.js';
import { phraseAfter } from '../extract/attributions/en/noun-phrase.js';
import { REPORTING_NOUNS } from '../lexicon/en/reporting-cues.js';

const INTERVIEW_NOUNS = new Set(REPORTING_NOUNS.filter((n) => !n.includes(' ')));
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);

export interface SentenceSetting {
  readonly setting: Setting;
  readonly span: Span;
  readonly sentence: number;
  readonly paragraph: number;
}

/** Every "in an interview with X"-like setting outside quotes, by sentence. */
export function findSettings(input: RuleInput): SentenceSetting[] {
  const out: SentenceSetting[] = [];
  for (const s of input.sentences) {
    for (let m = s.first; m < s.last; m++) {
      if (input.inQuote[m]) continue;
      const setting = settingAt(input, m, s.last) ?? grantedSetting(input, m, s.last);
      if (!setting) continue;
      const span = rangeSpan(input, setting);
      if (span) out.push({ setting, span, sentence: s.index, paragraph: s.paragraph });
      m = setting.last - 1;
    }
  }
  return out;
}

/** "gave an interview to the BBC", "granted an interview with Le Monde": a setting as an object. */
function grantedSetting(input: RuleInput, k: number, limit: number): Setting | null {
  const { tokens } = input;
  if (!DETERMINERS.has(tokens[k]?.lower ?? '') || tokens[k - 1]?.pos !== 'VERB') return null;
  for (let m = k + 1; m < Math.min(limit, k + 4); m++) {
    if (!INTERVIEW_NOUNS.has(tokens[m]?.lower ?? '')) continue;
    const link = tokens[m + 1]?.lower;
    const addressee = link === 'to' || link === 'with' ? phraseAfter(tokens, m + 2, limit) : null;
    return addressee ? { first: k, last: addressee.last, addressee } : null;
  }
  return null;
}

/** The first date expression in the sentence that is not part of what was said. */
export function dateInSentence(times: readonly TimeMention[], s: Sentence, content: readonly Span[]): StatementDate | null {
  const t = times.find((x) => x.span.start >= s.start && x.span.end <= s.end && !content.some((c) => overlaps(c, x.span)));
  return t ? { value: t.value, precision: t.precision, basis: 'text' } : null;
}
