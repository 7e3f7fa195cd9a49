/**
 * Positions: where each actor (and the body they speak for) stands on the questions, over the
 * statements matching the filters; `changes` lists every shift instead. The questions are the
 * server's own (`serve --questions`), one of them by id, one sentence in the query string (GET),
 * or a list in a JSON body (POST). `/questions` lists the server's own.
 */
import type { FastifyInstance } from 'fastify';
import { WhosaidError } from '../../core/errors.js';
import type { Question } from '../../core/stance.js';
import { judgeStoredStatements } from '../../positions/judge-store.js';
import { changes, leadingPositions, positions } from '../../positions/positions.js';
import type { FilterInput } from '../../store/filter-input.js';
import { QUESTION_FIELDS, requestQuestions } from '../article-input.js';
import { answers, listOf, ref } from '../answers.js';
import type { ServerContext } from '../context.js';
import { derivedCache } from '../derived-cache.js';
import { filterOf, filterQuery, limitProperty } from '../schemas.js';

/** Enough for the dashboard's matrix and the actor pages being read at a time. */
const CACHED_ANSWERS = 16;
const LIMIT = limitProperty('only the N actors and the N bodies with the most statements on the questions');
const CHANGES = { type: 'boolean', default: false, description: 'list every shift of stance, the two statements side by side' } as const;
const SUMMARY = 'Where each actor stands on each question (latest stance that takes a side, conditions, history), rolled up to the bodies they speak for';
const QUESTION = {
  type: 'string',
  minLength: 1,
  description: "the id of one of the server's questions (GET /questions), or a question as a sentence; all the server's questions when absent",
} as const;

/** The positions, or with `changes` the shifts: both lists, whichever was asked for. */
const POSITIONS = answers({ anyOf: [listOf(ref('Position')), listOf(ref('PositionChange'))] }, 'the positions, or with changes the shifts');

export function positionRoutes(app: FastifyInstance, context: ServerContext): void {
  const own = context.questions ?? [];
  const cache = derivedCache(context.store, CACHED_ANSWERS);
  const answer = async (filter: FilterInput, wanted: readonly Question[], shifts: boolean, limit: number | undefined) => {
    const checked = filterOf(filter);
    // the positions are kept, the shifts derived from them: the dashboard asks for both at once,
    // and the judging is done once for the two
    const all = await cache.get(JSON.stringify([wanted, checked, limit ?? null]), async () => {
      const judged = positions(await judgeStoredStatements(context.store, wanted, context.stanceBackend, checked));
      return limit === undefined ? judged : leadingPositions(judged, limit);
    });
    return shifts ? changes(all) : all;
  };

  app.get('/questions', { schema: { summary: "The server's questions (serve --questions), which /positions answers by default", tags: ['positions'], response: answers(listOf(ref('Question')), 'the questions') } }, async () => own);

  app.get<{ Querystring: FilterInput & { question?: string; changes: boolean; limit?: number } }>(
    '/positions',
    { schema: { summary: SUMMARY, tags: ['positions'], querystring: filterQuery({ question: QUESTION, changes: CHANGES, limit: LIMIT }), response: POSITIONS } },
    async (request) => {
      const { question, changes: shifts, limit, ...filter } = request.query;
      return answer(filter, questionsNamed(own, question), shifts, limit);
    },
  );

  app.post<{ Querystring: FilterInput & { limit?: number }; Body: { questions?: unknown[]; question?: string; changes: boolean } }>(
    '/positions',
    {
      schema: {
        summary: `${SUMMARY}; the questions in the body, the filters in the query string`,
        tags: ['positions'],
        querystring: filterQuery({ limit: LIMIT }),
        body: { type: 'object', additionalProperties: false, minProperties: 1, properties: { ...QUESTION_FIELDS, changes: CHANGES } },
        response: POSITIONS,
      },
    },
    async (request) => {
      const wanted = requestQuestions(request.body.questions, request.body.question);
      if (wanted.length === 0) throw new WhosaidError('E_USAGE', 'give the questions: "questions" in the body, or "question" as a sentence');
      const { limit, ...filter } = request.query;
      return answer(filter, wanted, request.body.changes, limit);
    },
  );
}

/** The question a GET names: one of the server's by id, else a sentence; all the server's when none is named. */
function questionsNamed(own: readonly Question[], question: string | undefined): readonly Question[] {
  if (question === undefined) {
    if (own.length === 0) throw new WhosaidError('E_USAGE', 'give a question: this server has no questions of its own (whosaid serve --questions FILE)');
    return own;
  }
  const byId = own.filter((q) => q.id === question);
  return byId.length > 0 ? byId : requestQuestions(undefined, question);
}
