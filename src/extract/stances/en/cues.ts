/**
 * Position cues in a content, each with the polarity it has after negation. A negator counts
 * when it stands within five words before the cue in the cue's own clause and is not part of a
 * fixed phrase ("under no circumstances", "not without"). Negation turns a refusal into an
 * opening ("we do not rule out", "nothing is off the table", "it is not excluded"), and support
 * or an opening into a refusal ("we have never supported", "not on the table").
 */
import { GENERIC_OBJECTS, NEGATORS, STANCE_CUES, type CueScope, type Polarity, type StanceCueEntry } from '../../../lexicon/en/stance.js';
import { matchesIn } from './scope.js';
import { clauseStart, isNegator, phrasePattern, regionOf, sentencesIn, wordsIn, type Region } from './words.js';

export interface Cue {
  /** from the negator, when there is one, to the end of the cue */
  readonly start: number;
  readonly end: number;
  readonly polarity: Polarity;
  readonly scope: CueScope;
  readonly weight: number;
  readonly absolute: boolean;
  /** an object-taking cue whose object is missing or a stand-in: "rule out any option", "be excluded" */
  readonly genericObject: boolean;
  /** where the cue word itself starts (after any negator) */
  readonly wordStart: number;
}

const ENTRIES = STANCE_CUES.map((entry) => ({ entry, regex: phrasePattern([entry.pattern]) }));
const NEGATION_WINDOW = 5;
const TURNED: Record<Polarity, Polarity> = { oppose: 'open', support: 'oppose', open: 'oppose' };

/** `fixed`: stretches (condition markers) whose negators belong to them, not to a cue. */
export function findCues(folded: string, region: Region, fixed: readonly Region[]): Cue[] {
  const raw: Array<Region & { entry: StanceCueEntry }> = [];
  for (const { entry, regex } of ENTRIES) for (const m of matchesIn(regex, folded, region)) raw.push({ ...m, entry });
  // a match inside a longer one is part of it: "impossible" in "not impossible"
  const kept = raw.filter((a) => !raw.some((b) => b !== a && b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start));
  const claimed = [...fixed, ...kept.filter((c) => c.entry.scope === 'standalone')];
  const sentences = sentencesIn(folded, region);
  return kept
    .map(({ start, end, entry }) => {
      const sentence = regionOf(sentences, start) ?? region;
      const after = entry.scope === 'predicate' ? negatorAfter(folded, end, sentence) : undefined;
      const negator = negatorBefore(folded, sentence, start, claimed) ?? (after === undefined ? undefined : start);
      return {
        start: negator ?? start,
        end: after ?? end,
        wordStart: start,
        polarity: negator === undefined ? entry.polarity : TURNED[entry.polarity],
        scope: entry.scope,
        weight: entry.weight,
        absolute: entry.absolute ?? false,
        genericObject: entry.scope === 'object' && hasGenericObject(folded, sentence, end),
      };
    })
    .sort((a, b) => a.wordStart - b.wordStart);
}

function negatorBefore(folded: string, sentence: Region, start: number, claimed: readonly Region[]): number | undefined {
  const from = clauseStart(folded, sentence, start);
  const words = wordsIn(folded, { start: from, end: start }).slice(-NEGATION_WINDOW);
  const negator = words.find(
    (w) => isNegator(w.folded, NEGATORS) && !claimed.some((c) => c.start <= w.start && w.end <= c.end),
  );
  return negator?.start;
}

/** "will not", "should never": a modal's negator follows it. Returns the negator's end. */
function negatorAfter(folded: string, end: number, sentence: Region): number | undefined {
  const next = wordsIn(folded, { start: end, end: sentence.end })[0];
  return next && (next.folded === 'not' || next.folded === 'never') && /^\s*$/.test(folded.slice(end, next.start)) ? next.end : undefined;
}

function hasGenericObject(folded: string, sentence: Region, end: number): boolean {
  const clauseEnd = /[,;:.!?]/.exec(folded.slice(end, sentence.end));
  const next = wordsIn(folded, { start: end, end: clauseEnd ? end + clauseEnd.index : sentence.end }).slice(0, 3);
  return next.length === 0 || next.some((w) => GENERIC_OBJECTS.has(w.folded));
}
