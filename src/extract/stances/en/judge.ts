/**
 * English stance rules: one statement, one question → support | open | conditional | oppose |
 * neutral, or null.
 *
 * 1. A content that is itself a question ("whether troops could …") takes no position: neutral.
 * 2. Conditions and deterrents are found first (conditions.ts), so their own negators ("not
 *    without") do not turn a cue around.
 * 3. Cues with their negation (cues.ts). When the statement is about the question only through
 *    its paragraph, only cues that need no topic of their own count ("we do not rule out any
 *    option", "nothing is off the table"); "support for Ukraine" is about Ukraine. A modal or an
 *    evaluation ("should", "a mistake") counts only in the sentence that names the question.
 * 4. The deciding cue is the strongest outside conceded clauses (scope.ts), the first of equals.
 * 5. A view passed on (reported.ts) is not the speaker's: neutral, with the frame as evidence.
 * 6. A condition or deterrent makes the position conditional, except an absolute refusal
 *    ("under no circumstances"); a condition with no cue is conditional too ("would depend on a
 *    ceasefire"). No cue and no condition: neutral, or null when only the paragraph matched.
 */
import type { StanceLabel } from '../../../core/stance.js';
import type { StanceJudgement, StanceRuleInput, StanceRules } from '../rules.js';
import { findConditions, type FoundCondition } from './conditions.js';
import { findCues, type Cue } from './cues.js';
import { reportedFrame } from './reported.js';
import { concededRegions, isConceded } from './scope.js';
import { regionOf, sentencesIn, type Region } from './words.js';

const NEUTRAL = 0.5;
const REPORTED = 0.6;
const CONDITIONAL = 0.75;
/** a position read from a paragraph's topic is less certain than one naming the question */
const PARAGRAPH_DISCOUNT = 0.8;

export const englishStanceRules: StanceRules = { language: 'en', judge };

function judge(input: StanceRuleInput): StanceJudgement | null {
  const { text, folded, content, match } = input;
  const byParagraph = match.by === 'paragraph';
  const neutral = (evidence: Region, confidence = NEUTRAL): StanceJudgement | null =>
    byParagraph ? null : { stance: 'neutral', confidence, evidence, conditions: [] };
  if (isQuestion(folded, content)) return neutral(content, REPORTED);

  const conditions = findConditions(text, folded, content);
  const cues = findCues(folded, content, conditions.map((c) => ({ start: c.start, end: c.phraseStart })))
    .filter((cue) => counts(cue, input));
  const conceded = concededRegions(folded, content);
  const cue = decidingCue(cues, conceded);
  const at = cue?.wordStart ?? match.span.start;
  // a view conceded before "but" is not the frame of the point after it: "Some want troops, but we …"
  const pointStart = Math.max(content.start, ...conceded.filter((r) => r.end <= at).map((r) => r.end));
  const frame = reportedFrame(text, folded, { start: pointStart, end: content.end }, at, input.own, cue?.scope === 'object');
  if (frame && (cue || !byParagraph)) return neutral(frame, REPORTED);

  const positionConditions = byParagraph && !cue ? [] : conditions;
  const stance = stanceOf(cue, positionConditions);
  if (!stance) return neutral(content);
  const weight = stance === 'conditional' ? Math.max(CONDITIONAL, cue?.weight ?? 0) : (cue as Cue).weight;
  return {
    stance,
    confidence: round(byParagraph ? weight * PARAGRAPH_DISCOUNT : weight),
    evidence: evidenceOf(cue, stance === 'conditional' ? positionConditions : []),
    conditions: positionConditions.map(({ start, end, phrase, kind }) => ({ start, end, phrase, kind })),
  };
}

function counts(cue: Cue, { folded, content, match }: StanceRuleInput): boolean {
  if (match.by === 'paragraph') return cue.scope === 'standalone' || (cue.scope === 'object' && cue.genericObject);
  if (cue.scope !== 'predicate') return true;
  const sentences = sentencesIn(folded, content);
  return regionOf(sentences, cue.wordStart) === regionOf(sentences, match.span.start);
}

function decidingCue(cues: readonly Cue[], conceded: readonly Region[]): Cue | undefined {
  const point = cues.filter((cue) => !isConceded(conceded, cue.wordStart));
  const pool = point.length > 0 ? point : cues;
  return pool.reduce<Cue | undefined>((best, cue) => (best === undefined || cue.weight > best.weight ? cue : best), undefined);
}

function stanceOf(cue: Cue | undefined, conditions: readonly FoundCondition[]): StanceLabel | null {
  if (conditions.length > 0 && !(cue?.absolute && cue.polarity === 'oppose')) return 'conditional';
  return cue?.polarity ?? null;
}

function evidenceOf(cue: Cue | undefined, conditions: readonly FoundCondition[]): Region {
  const parts: Region[] = [...(cue ? [cue] : []), ...conditions.slice(0, 1)];
  return { start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) };
}

/** "whether …", "if …" with no main clause after it, or a content ending in a question mark. */
function isQuestion(folded: string, content: Region): boolean {
  const words = folded.slice(content.start, content.end).trim();
  return /^whether\b/.test(words) || /^if\b[^,]*$/.test(words) || /\?["”’»)]*$/.test(words);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
