/**
 * The dates layer: every date expression of an article, resolved against its publication day,
 * or against what the text itself says about when it was written (see infer-published.ts).
 */
import type { PublishedRange, TimeMention } from '../../core/analysis.js';
import { WhosaidError } from '../../core/errors.js';
import { compareSpans } from '../../core/span.js';
import { parseDay, type CalendarDay } from './calendar.js';
import { ENGLISH_DATES } from './en/locale.js';
import { toCandidate, type DateCandidate } from './date-candidate.js';
import { inferFromText, PLACEHOLDER_REFERENCE } from './infer-published.js';
import { keepDateMentions } from './keep-date-mentions.js';
import type { DateLocale } from './locale.js';
import { resolveDated } from './resolve-mention.js';

export interface DateFindings {
  /** every date expression, sorted by offset */
  readonly times: TimeMention[];
  /** inferred from the text when no publication date is given; null when one is */
  readonly publishedRange: PublishedRange | null;
  /**
   * YYYY-MM-DD that relative dates were resolved against: the publication date, else a day
   * inferred from the text (never before publishedRange.earliest); null when nothing in the
   * text dates the article, and relative dates are then dropped.
   */
  readonly referenceDate: string | null;
}

function candidatesIn(text: string, reference: CalendarDay, locale: DateLocale): DateCandidate[] {
  return keepDateMentions(locale.parse(text, reference).map((result) => toCandidate(text, result, locale)), locale.rejectRules);
}

function byOffset(times: readonly TimeMention[]): TimeMention[] {
  return [...times].sort((a, b) => compareSpans(a.span, b.span));
}

/**
 * Finds and resolves the date expressions of `text`.
 * @param published the publication date, YYYY-MM-DD, or null when unknown
 * @param locale the language's parser and framing words (English unless given)
 * @throws WhosaidError E_USAGE when `published` is not a real YYYY-MM-DD day
 * @example
 * findTimes('He spoke on Tuesday.', '2016-04-19').times[0]
 * // { span: { start: 12, end: 19, text: 'Tuesday' }, value: '2016-04-19', precision: 'day' }
 */
export function findTimes(text: string, published: string | null, locale: DateLocale = ENGLISH_DATES): DateFindings {
  if (published === null) {
    const inferred = inferFromText(text, candidatesIn(text, PLACEHOLDER_REFERENCE, locale), locale);
    return { ...inferred, times: byOffset(inferred.times) };
  }
  const reference = parseDay(published);
  if (reference === null) {
    throw new WhosaidError('E_USAGE', `publication date must be a real YYYY-MM-DD day: ${published}`);
  }
  const times = candidatesIn(text, reference, locale)
    .map((candidate) => resolveDated(candidate, reference, locale))
    .filter((mention): mention is TimeMention => mention !== null);
  return { times: byOffset(times), publishedRange: null, referenceDate: published };
}
