/**
 * `whosaid positions`: where each actor of the store stands on the questions — latest stance,
 * its date and conditions, how many statements, the history — and the same rolled up to the
 * countries and organisations they speak for; `--changes` lists each shift with the two
 * statements side by side.
 */
import { stringify } from 'csv-stringify/sync';
import { WhosaidError } from '../../core/errors.js';
import type { Question } from '../../core/stance.js';
import { rulesBackend } from '../../extract/stances/rules-backend.js';
import { judgeStoredStatements } from '../../positions/judge-store.js';
import { changes, leadingPositions, positions, type Position, type PositionChange, type PositionEntry } from '../../positions/positions.js';
import { stanceModelFromConfig } from '../../stance-model/config.js';
import { renderGrid } from '../format/grid.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs, usageError } from '../parse-command-args.js';
import { STANCE_MODEL_OPTIONS, stanceModelFlags } from './analyze-args.js';
import { loadQuestions } from './load-questions.js';
import { CHOOSING_FILTERS_HELP, DB_HELP, DB_OPTION, FILTER_OPTIONS, HELP_OPTION, JSON_OPTION, openExistingStore, statementFilter, withStore } from './store-options.js';

export const POSITIONS_USAGE = `Usage: whosaid positions (--questions FILE [--question ID] | --question TEXT) [options] [filters]

Where each actor stands on each question (support, open, conditional, oppose, neutral): the
latest stance with its date and conditions, the number of statements and the history; then the
same for the countries and organisations they speak for (a foreign minister speaks for their
country, a researcher for no one).

Options:
${DB_HELP}
  --questions FILE     the questions (YAML or JSON: {"questions": [{id, label, target, descriptors}]})
  --question ID|TEXT   with --questions, only the question with this id; alone, one question as a sentence
  --changes            list every shift of stance, the two statements side by side
  --json               print one entry per actor (or body) and question, with its history
  --csv                print the matrix as CSV
  --limit N            only the N actors and the N bodies with the most statements on the questions
  --stance-model NAME, --stance-url URL, --stance-cache FILE|off
                       judge with an OpenAI-compatible model instead of the rules (see whosaid analyze --help)
  -h, --help           show this help

${CHOOSING_FILTERS_HELP}
`;

const OPTIONS = {
  ...DB_OPTION,
  ...HELP_OPTION,
  ...JSON_OPTION,
  ...FILTER_OPTIONS,
  questions: { type: 'string' },
  question: { type: 'string' },
  changes: { type: 'boolean' },
  csv: { type: 'boolean' },
  ...STANCE_MODEL_OPTIONS,
} as const;

export async function positionsCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('positions', argv, OPTIONS);
  if (values.help) {
    io.stdout(POSITIONS_USAGE);
    return 0;
  }
  if (values.json && values.csv) throw usageError('positions', 'choose one of --json and --csv');
  const questions = selectQuestions(values.questions, values.question, io.cwd);
  // --limit counts actors here, not statements: every statement about the questions is judged
  const { limit, ...filter } = statementFilter('positions', values);
  const backend = stanceModelFromConfig(stanceModelFlags(values), process.env) ?? rulesBackend();
  return withStore(openExistingStore(values, io), async (store) => {
    const judged = positions(await judgeStoredStatements(store, questions, backend, filter));
    const all = limit === undefined ? judged : leadingPositions(judged, limit);
    if (values.changes) {
      const shifts = changes(all);
      io.stdout(values.json ? `${JSON.stringify(shifts, null, 2)}\n` : values.csv ? changesCsv(shifts) : changesTable(shifts));
    } else {
      io.stdout(values.json ? `${JSON.stringify(all, null, 2)}\n` : values.csv ? matrixCsv(all) : matrixTable(all, questions));
    }
    return 0;
  });
}

function selectQuestions(file: string | undefined, question: string | undefined, cwd: string): Question[] {
  if (file === undefined) {
    if (question === undefined || question.trim() === '') throw usageError('positions', 'give the questions: --questions FILE, or --question "a question as a sentence"');
    return loadQuestions({ questionsFile: null, question, model: {} }, cwd);
  }
  const questions = loadQuestions({ questionsFile: file, question: null, model: {} }, cwd);
  if (question === undefined) return questions;
  const chosen = questions.filter((q) => q.id === question);
  if (chosen.length === 0) {
    throw new WhosaidError('E_QUESTIONS', `${file}: no question with the id "${question}" (ids: ${questions.map((q) => q.id).join(', ')})`);
  }
  return chosen;
}

const conditionsText = (p: Pick<Position, 'conditions'>) => p.conditions.map((c) => (c.kind === 'deterrent' ? `unless ${c.phrase}` : c.phrase)).join('; ');
const historyText = (history: readonly PositionEntry[]) => history.map((e) => `${e.stance.stance} ${e.day ?? 'undated'}`).join(' → ');

function matrixTable(all: readonly Position[], questions: readonly Question[]): string {
  if (all.length === 0) return 'no statement in the store is about these questions\n';
  return questions
    .map((question) => {
      const rows = all.filter((p) => p.question === question.id);
      const heading = `${question.label} — ${question.target}`;
      if (rows.length === 0) return `${heading}\nno positions\n`;
      return `${heading}\n${renderGrid<Position>(
        [
          { title: 'ACTOR', width: 24, cell: (p) => (p.level === 'actor' ? p.actor.name : `${p.actor.name} (via ${p.spokespeople.join(', ')})`) },
          { title: 'SPEAKS FOR', width: 16, cell: (p) => p.speaksFor ?? '' },
          { title: 'STANCE', width: 11, cell: (p) => p.stance },
          { title: 'DATE', width: 10, cell: (p) => p.day ?? 'undated' },
          { title: 'CONDITIONS', width: 28, cell: conditionsText },
          { title: 'N', width: 3, cell: (p) => String(p.statements) },
          { title: 'HISTORY', width: 40, cell: (p) => historyText(p.history) },
        ],
        rows,
      )}`;
    })
    .join('\n');
}

function changesTable(shifts: readonly PositionChange[]): string {
  if (shifts.length === 0) return 'no position changed\n';
  return shifts
    .map((c) => {
      const side = (e: PositionEntry) => `  ${e.stance.stance.padEnd(11)} ${e.day ?? 'undated'}  ${e.statement.article.outlet ?? '-'}: “${e.statement.content.text.replace(/\s+/g, ' ')}”`;
      return `${c.actor.name} on ${c.question}: ${c.from.stance.stance} → ${c.to.stance.stance}\n${side(c.from)}\n${side(c.to)}\n`;
    })
    .join('\n');
}

function matrixCsv(all: readonly Position[]): string {
  return stringify([
    ['question', 'level', 'actor_id', 'actor', 'actor_kind', 'speaks_for', 'stance', 'date', 'conditions', 'statements', 'history'],
    ...all.map((p) => [p.question, p.level, p.actor.id, p.actor.name, p.actor.kind, p.speaksFor, p.stance, p.day, conditionsText(p), p.statements, historyText(p.history)]),
  ]);
}

function changesCsv(shifts: readonly PositionChange[]): string {
  return stringify([
    ['question', 'level', 'actor', 'from_stance', 'from_date', 'from_statement_id', 'from_content', 'to_stance', 'to_date', 'to_statement_id', 'to_content'],
    ...shifts.map((c) => [c.question, c.level, c.actor.name, c.from.stance.stance, c.from.day, c.from.statement.id, c.from.statement.content.text, c.to.stance.stance, c.to.day, c.to.statement.id, c.to.statement.content.text]),
  ]);
}
