/**
 * The stored statements about the questions, judged: articles whose text may match a question
 * are found through the store's full-text index (word prefixes, so "troop" finds "troops" and
 * "deploy" finds "deployment"), then every statement of those articles goes to the backend with
 * its paragraph, speaker and affiliations — the same inputs `analyze --questions` gives it.
 */
import type { Question, StanceBackend, StanceInput } from '../core/stance.js';
import { foldText } from '../extract/stances/fold.js';
import { statementStanceInputs } from '../extract/stances/stances-for.js';
import type { StatementFilter, Store, StoredStatement } from '../store/store.js';
import type { JudgedStatement } from './positions.js';

/** Long enough to keep a stem's meaning, short enough to cover its inflections (deploy → deployment). */
const PREFIX_LETTERS = 5;

export async function judgeStoredStatements(
  store: Store,
  questions: readonly Question[],
  backend: StanceBackend,
  filter: StatementFilter = {},
): Promise<JudgedStatement[]> {
  const groups = questions.flatMap((q) =>
    q.descriptors.map((term) =>
      foldText(term)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .map((word) => word.slice(0, PREFIX_LETTERS)),
    ),
  );
  const inputs: StanceInput[] = [];
  const byKey = new Map<string, StoredStatement>();
  const articles = new Map(store.articlesWithWords(groups).map((a) => [a.id, a]));
  // one query for the statements of every candidate article: per-article queries cost more than the judging
  const { statements } = store.statements({ ...filter, articleIds: [...articles.keys()], limit: undefined, after: undefined });
  for (const statement of statements) {
    const article = articles.get(statement.article.id);
    if (article === undefined) continue;
    byKey.set(statement.id, statement);
    const { id, content, speakerName, speakerRoles } = statement;
    inputs.push(...statementStanceInputs({ key: id, text: article.text, content, language: article.language, speaker: speakerName, roles: speakerRoles }, questions));
  }
  const results = await backend.stances(inputs);
  return results.flatMap((result) => {
    const statement = byKey.get(result.key);
    return result.stance && statement ? [{ statement, stance: result.stance }] : [];
  });
}
