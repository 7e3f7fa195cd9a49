/**
 * Positions: where each actor (and the body they speak for) stands on the questions, over the
 * statements matching the filters; `changes` lists every shift instead. Questions come in a
 * JSON body (POST) or as one sentence in the query string (GET).
 */
import type { FastifyInstance } from 'fastify';
import { WhosaidError } from '../../core/errors.js';
import { judgeStoredStatements } from '../../positions/judge-store.js';
import { changes, positions } from '../../positions/positions.js';
import type { FilterInput } from '../../store/filter-input.js';
import { QUESTION_FIELDS, requestQuestions } from '../article-input.js';
import type { ServerContext } from '../context.js';
import { filterOf, filterQuery } from '../schemas.js';

const CHANGES = { type: 'boolean', default: false, description: 'list every shift of stance, the two statements side by side' } as const;
const SUMMARY = 'Where each actor stands on each question (latest stance that takes a side, conditions, history), rolled up to the bodies they speak for';

export function positionRoutes(app: FastifyInstance, context: ServerContext): void {
  const answer = async (filter: FilterInput, questions: readonly unknown[] | undefined, sentence: string | undefined, shifts: boolean) => {
    const wanted = requestQuestions(questions, sentence);
    if (wanted.length === 0) throw new WhosaidError('E_USAGE', 'give the questions: "questions" in the body, or "question" as a sentence');
    const all = positions(await judgeStoredStatements(context.store, wanted, context.stanceBackend, filterOf(filter)));
    return shifts ? changes(all) : all;
  };

  app.get<{ Querystring: FilterInput & { question: string; changes: boolean } }>(
    '/positions',
    {
      schema: {
        summary: SUMMARY,
        tags: ['positions'],
        querystring: { ...filterQuery({ question: QUESTION_FIELDS.question, changes: CHANGES }), required: ['question'] },
      },
    },
    async (request) => {
      const { question, changes: shifts, ...filter } = request.query;
      return answer(filter, undefined, question, shifts);
    },
  );

  app.post<{ Querystring: FilterInput; Body: { questions?: unknown[]; question?: string; changes: boolean } }>(
    '/positions',
    {
      schema: {
        summary: `${SUMMARY}; the questions in the body, the filters in the query string`,
        tags: ['positions'],
        querystring: filterQuery(),
        body: { type: 'object', additionalProperties: false, minProperties: 1, properties: { ...QUESTION_FIELDS, changes: CHANGES } },
      },
    },
    async (request) => answer(request.query, request.body.questions, request.body.question, request.body.changes),
  );
}
