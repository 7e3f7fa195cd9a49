/**
 * How a date expression stands to the time of writing, from the few words before it:
 * - future: "will meet on Tuesday", "scheduled for Dec. 15", "ahead of the March 15 primary",
 *   "next month". A bare weekday after such a cue is the coming one, not the last one.
 * - irrealis: "could win in November", "would visit on 5 May", "cut emissions by 2030": not
 *   reported as having happened, nor clearly as coming.
 * - reported: anything else.
 * Only reported dates may bound the publication date from below.
 */

export type Orientation = 'future' | 'irrealis' | 'reported';

/** Future cues among the few words before the expression, in the same sentence. */
const FUTURE_BEFORE =
  /(?:\b(?:will|shall|won['’]t|going to|gonna|scheduled|slated|set (?:for|to)|due|expected|planned|plans? to|upcoming|next|ahead of)\b|['’]ll\b)/i;

/** Future cues inside the expression itself. */
const FUTURE_WITHIN = /\b(?:next|coming|tomorrow|later this|from now)\b/i;

/** Modals, wishes and targets: the date is of something that may not have happened. */
const IRREALIS_BEFORE = /\b(?:would|could|can|may|might|must|should|hopes?|wants?|aims?|goal|target|if|unless)\b|['’]d\b/i;

/** Right before the date, these make it a limit ("by 2030", "until 2017"), not an occurrence. */
const LIMIT_JUST_BEFORE = /\b(?:by|until|till)$/i;

/** How far back a cue may be: "will be in Iowa on Tuesday" has four words between. */
const WINDOW_WORDS = 5;
const WINDOW_CHARS = 60;

/** The last few words before `start`, cut at the start of the sentence. */
export function wordsBefore(text: string, start: number, words = WINDOW_WORDS): string {
  const window = text.slice(Math.max(0, start - WINDOW_CHARS), start);
  const sentence = window.split(/[.!?\n]/).pop() ?? '';
  return sentence.trim().split(/\s+/).slice(-words).join(' ');
}

/** `before` is wordsBefore(text, start), when the caller has it already. */
export function orientationOf(text: string, start: number, end: number, before = wordsBefore(text, start)): Orientation {
  if (FUTURE_WITHIN.test(text.slice(start, end)) || FUTURE_BEFORE.test(before)) return 'future';
  return IRREALIS_BEFORE.test(before) || LIMIT_JUST_BEFORE.test(before) ? 'irrealis' : 'reported';
}
