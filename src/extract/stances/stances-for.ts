/**
 * Stances on an analysis document: every statement judged against every question by a backend
 * (the rules unless another is given). Each statement gets `stances` — empty when it is about
 * none of the questions — and a backend's warnings become diagnostics of the document.
 */
import type { AnalysisDocument, Diagnostic, Role, Statement } from '../../core/analysis.js';
import type { Span } from '../../core/span.js';
import type { Question, StanceBackend, StanceInput, StatementStance } from '../../core/stance.js';
import { paragraphAround } from './match.js';
import { rulesBackend } from './rules-backend.js';

export interface StancesOptions {
  /** default: the rules */
  readonly backend?: StanceBackend;
}

export async function stancesFor(
  document: AnalysisDocument,
  questions: readonly Question[],
  options: StancesOptions = {},
): Promise<AnalysisDocument> {
  const backend = options.backend ?? rulesBackend();
  const results = await backend.stances(stanceInputs(document, questions));
  const byStatement = new Map<string, StatementStance[]>();
  const diagnostics: Diagnostic[] = [];
  for (const result of results) {
    if (result.stance) byStatement.set(result.key, [...(byStatement.get(result.key) ?? []), result.stance]);
    if (result.warning) diagnostics.push({ severity: 'warning', code: 'stance-backend', message: result.warning });
  }
  const statements: Statement[] = document.statements.map((s) => ({ ...s, stances: byStatement.get(s.id) ?? [] }));
  return { ...document, statements, diagnostics: [...document.diagnostics, ...diagnostics] };
}

/** One input per statement and question, keyed by statement id, with the paragraph and the speaker. */
export function stanceInputs(document: AnalysisDocument, questions: readonly Question[]): StanceInput[] {
  const { text, language } = document.article;
  const actors = new Map(document.actors.map((a) => [a.id, a] as const));
  return document.statements.flatMap((statement) => {
    const speaker = statement.speaker === null ? undefined : actors.get(statement.speaker);
    return statementStanceInputs({ key: statement.id, text, content: statement.content, language, speaker: speaker?.name ?? null, roles: speaker?.roles ?? [] }, questions);
  });
}

export interface StatementToJudge {
  readonly key: string;
  /** the article text the content span points into */
  readonly text: string;
  readonly content: Span;
  readonly language: string;
  readonly speaker: string | null;
  readonly roles: readonly Role[];
}

/**
 * The inputs of one statement, one per question: its paragraph, the speaker's name and the
 * affiliations of their roles. Statements from a document and from the store are judged alike.
 */
export function statementStanceInputs(statement: StatementToJudge, questions: readonly Question[]): StanceInput[] {
  const { key, text, content, language } = statement;
  const paragraph = paragraphAround(text, content.start);
  const affiliations = statement.roles.flatMap((r) => (r.affiliation ? [r.affiliation] : []));
  const speaker = statement.speaker === null ? {} : { speaker: statement.speaker };
  return questions.map((question) => ({ key, question, text, content, paragraph, language, affiliations, ...speaker }));
}
