/**
 * The contract every language's stance rules meet, and the registry of them. Rules read one
 * statement already known to be about the question and say where it stands, or null when it
 * says nothing on it. They are pure and offline.
 */
import type { QuestionMatch, StanceLabel } from '../../core/stance.js';
import { englishStanceRules } from './en/judge.js';

export interface StanceRuleInput {
  readonly text: string;
  /** `text` folded (fold.ts): same offsets */
  readonly folded: string;
  readonly content: { readonly start: number; readonly end: number };
  readonly match: QuestionMatch;
  /** folded words that name the speaker: name parts and affiliations */
  readonly own: ReadonlySet<string>;
}

export interface StanceJudgement {
  readonly stance: StanceLabel;
  readonly confidence: number;
  readonly evidence: { readonly start: number; readonly end: number };
  readonly conditions: ReadonlyArray<{ start: number; end: number; phrase: string; kind: 'condition' | 'deterrent' }>;
}

export interface StanceRules {
  readonly language: string;
  judge(input: StanceRuleInput): StanceJudgement | null;
}

const RULES: Readonly<Record<string, StanceRules>> = { en: englishStanceRules };

/** The rules for a language; English for languages without their own, as the analysis does. */
export function stanceRulesFor(language: string): StanceRules {
  return RULES[language] ?? englishStanceRules;
}
