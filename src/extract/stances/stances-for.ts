/**
 * Stances on an analysis document: every statement judged against every question by a backend
 * (the rules unless another is given). Each statement gets `stances` — empty when it is about
 * none of the questions — and a backend's warnings become diagnostics of the document.
 */
import type { AnalysisDocument, Diagnostic, Statement } from '../../core/analysis.js';
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
    const affiliations = (speaker?.roles ?? []).flatMap((r) => (r.affiliation ? [r.affiliation] : []));
    return questions.map((question) => ({
      key: statement.id,
      question,
      text,
      content: statement.content,
      paragraph: paragraphAround(text, statement.content.start),
      language,
      affiliations,
      ...(speaker ? { speaker: speaker.name } : {}),
    }));
  });
}
