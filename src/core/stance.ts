/**
 * Positions on questions: what a user asks about (`Question`), what one statement says about it
 * (`StatementStance`), and the seam every stance backend sits behind (`StanceBackend`). The
 * input names spans into an article text rather than an analysis document, so statements read
 * back from the store can be judged as well as fresh ones.
 */
import type { Span } from './span.js';

export interface Question {
  /** short stable key: "eu-ground-troops" */
  readonly id: string;
  /** for tables and headings */
  readonly label: string;
  /** the question in a sentence: "Should European countries deploy ground troops to Ukraine?" */
  readonly target: string;
  /** terms in any language that mark a statement as being about the question */
  readonly descriptors: readonly string[];
}

export type StanceLabel = 'support' | 'open' | 'conditional' | 'oppose' | 'neutral';

export interface QuestionMatch {
  /** content: the statement's own words name the question; paragraph: only its paragraph does */
  readonly by: 'content' | 'paragraph';
  /** the descriptor or key term that matched, as given in the question */
  readonly term: string;
  readonly span: Span;
}

export interface StanceCondition {
  /** the whole expression: "would likely depend on specific conditions, such as a ceasefire agreement" */
  readonly span: Span;
  /** the condition itself, normalised: "a ceasefire agreement", "risk of nuclear escalation" */
  readonly phrase: string;
  /** condition: what would make it happen; deterrent: what stands in the way */
  readonly kind: 'condition' | 'deterrent';
}

export interface StatementStance {
  /** the question's id */
  readonly question: string;
  readonly stance: StanceLabel;
  /** 0–1 */
  readonly confidence: number;
  /** the words the stance rests on (the whole content when nothing more precise) */
  readonly evidence: Span;
  readonly conditions: readonly StanceCondition[];
  readonly match: QuestionMatch;
  /** "rules", or "model:<model name>" */
  readonly backend: string;
}

/** One statement to judge against one question; spans point into `text`. */
export interface StanceInput {
  /** the caller's handle, returned unchanged: a statement id, "article:statement" … */
  readonly key: string;
  readonly question: Question;
  /** the article text the spans point into */
  readonly text: string;
  readonly content: Span;
  /** the paragraph around the statement: about the question when its content is not */
  readonly paragraph?: Span;
  /** the speaker's name, which tells the speaker's own view from a view they report */
  readonly speaker?: string;
  /** what the speaker speaks for ("France", "NATO"): "France will not rule it out" is then their own view */
  readonly affiliations?: readonly string[];
  /** ISO 639-1; "en" when absent */
  readonly language?: string;
}

export interface StanceResult {
  readonly key: string;
  readonly question: string;
  /** null: the statement is not about the question, or says nothing on it */
  readonly stance: StatementStance | null;
  /** why a backend could not judge the statement (the result is then a neutral or null stance) */
  readonly warning?: string;
}

export interface StanceBackend {
  readonly name: string;
  /** one result per input, in input order */
  stances(items: readonly StanceInput[]): Promise<StanceResult[]>;
}
