/** The English dates locale: casual English chrono with news parsers (chrono-en.ts) and the words around dates. */
import type { DateLocale } from '../locale.js';
import { REJECT_RULES } from '../keep-date-mentions.js';
import { parseDates } from './chrono-en.js';

export const ENGLISH_DATES: DateLocale = {
  parse: parseDates,
  leading: /^(?:[\s,;:–—-]+|(?:on|in|at|by|since|during|from|of|until|till|through|before|after|around)\s+)+/i,
  trailing: /(?:[\s,;:–—-]|\s+of\b)+$/i,
  cues: {
    // "will meet on Tuesday", "scheduled for Dec. 15", "ahead of the March 15 primary", "next month"
    futureBefore:
      /(?:\b(?:will|shall|won['’]t|going to|gonna|scheduled|slated|set (?:for|to)|due|expected|planned|plans? to|upcoming|next|ahead of)\b|['’]ll\b)/i,
    futureWithin: /\b(?:next|coming|tomorrow|later this|from now)\b/i,
    irrealisBefore: /\b(?:would|could|can|may|might|must|should|hopes?|wants?|aims?|goal|target|if|unless)\b|['’]d\b/i,
    limitJustBefore: /\b(?:by|until|till)$/i,
  },
  rejectRules: REJECT_RULES,
  // "last week", "two weeks ago", "over the weekend" name a span of days, not one day
  weekUnit: /\bweek(?:s|end)?\b/i,
  weekdayModifier: /\b(?:last|next|this|past|coming)\b/i,
  pastWord: 'last',
  futureWord: 'next',
};
