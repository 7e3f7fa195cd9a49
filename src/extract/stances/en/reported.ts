/**
 * A view the speaker passes on rather than holds. Two shapes, both before the cue in its
 * sentence:
 *   - a third party and a verb of saying or thinking: "critics argue that …", "Germany says …",
 *     "he told me …" — the speaker reports what someone else said;
 *   - a third party as the subject of the cue itself: "opponents reject any deployment".
 * First person ("we believe", "I support") is the speaker's own, and so is the speaker named by
 * name or affiliation ("France will not rule it out" from a French minister). A lone "he", "she"
 * or "they" before a cue is the speaker too, as indirect speech writes it ("he would not rule out
 * …"); it counts as a third party only before a verb of saying.
 */
import {
  FIRST_PERSON,
  PERSONAL_PRONOUNS,
  REPORTED_SUBJECTS,
  SAY_VERBS,
  SUBJECT_GAP_WORDS,
} from '../../../lexicon/en/stance.js';
import { regionOf, sentencesIn, wordsIn, type Region, type Word } from './words.js';

export interface ReportedFrame extends Region {}

/** `own`: folded words naming the speaker (name parts, affiliations). */
export function reportedFrame(text: string, folded: string, region: Region, offset: number, own: ReadonlySet<string>, cueTakesSubject: boolean): ReportedFrame | null {
  const sentence = regionOf(sentencesIn(folded, region), offset) ?? region;
  const before = wordsIn(folded, { start: sentence.start, end: offset });
  if (/according to/.test(folded.slice(sentence.start, offset))) {
    const at = folded.indexOf('according to', sentence.start);
    return { start: at, end: at + 'according to'.length };
  }
  for (let i = before.length - 1; i >= 0; i--) {
    const word = before[i] as Word;
    if (!SAY_VERBS.has(word.folded)) continue;
    const subject = subjectBefore(text, before, i, own, true);
    if (subject) return { start: subject.start, end: word.end };
  }
  if (!cueTakesSubject) return null;
  const subject = subjectBefore(text, before, before.length, own, false);
  return subject ? { start: subject.start, end: offset } : null;
}

/** The third-party subject right before words[at], across auxiliaries and adverbs; null for the speaker's own. */
function subjectBefore(text: string, words: readonly Word[], at: number, own: ReadonlySet<string>, saying: boolean): Word | null {
  let i = at - 1;
  while (i >= 0 && (SUBJECT_GAP_WORDS.has((words[i] as Word).folded) || isNegation((words[i] as Word).folded))) i--;
  const subject = words[i];
  if (!subject || FIRST_PERSON.has(subject.folded) || own.has(subject.folded)) return null;
  if (PERSONAL_PRONOUNS.has(subject.folded)) return saying ? subject : null;
  if (REPORTED_SUBJECTS.has(subject.folded)) return subject;
  // a name: capitalised where it stands ("Germany opposes …"); common nouns are not third parties
  return /^\p{Lu}/u.test(text.slice(subject.start, subject.end)) ? subject : null;
}

function isNegation(word: string): boolean {
  return word === 'not' || word.endsWith("n't") || word === 'never';
}
