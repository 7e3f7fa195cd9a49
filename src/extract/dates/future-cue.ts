/**
 * How a date expression stands to the time of writing, from the few words before it:
 * - future: "will meet on Tuesday", "scheduled for Dec. 15", "ahead of the March 15 primary",
 *   "next month". A bare weekday after such a cue is the coming one, not the last one.
 * - irrealis: "could win in November", "would visit on 5 May", "cut emissions by 2030": not
 *   reported as having happened, nor clearly as coming.
 * - reported: anything else.
 * Only reported dates may bound the publication date from below.
 */

import type { OrientationCues } from './locale.js';

export type Orientation = 'future' | 'irrealis' | 'reported';

/** How far back a cue may be: "will be in Iowa on Tuesday" has four words between. */
const WINDOW_WORDS = 5;
const WINDOW_CHARS = 60;

/** ".", "!", "?" and a line break end a sentence. */
function endsSentence(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10;
}

/** The last few words before `start`, cut at the start of the sentence. */
export function wordsBefore(text: string, start: number, words = WINDOW_WORDS): string {
  const from = Math.max(0, start - WINDOW_CHARS);
  let cut = start;
  while (cut > from && !endsSentence(text.charCodeAt(cut - 1))) cut--;
  return text.slice(cut, start).trim().split(/\s+/).slice(-words).join(' ');
}

/** The cues are the language's (locale.ts); `before` is wordsBefore(text, start), when the caller has it already. */
export function orientationOf(cues: OrientationCues, text: string, start: number, end: number, before = wordsBefore(text, start)): Orientation {
  if (cues.futureWithin.test(text.slice(start, end)) || cues.futureBefore.test(before)) return 'future';
  return cues.irrealisBefore.test(before) || cues.limitJustBefore.test(before) ? 'irrealis' : 'reported';
}
