/**
 * Analysis without storing: a text (with its metadata) or a URL fetched by the server, each
 * document judged on the questions when some are given. A URL that is a feed gives one document
 * per item.
 */
import type { FastifyInstance } from 'fastify';
import type { AnalysisDocument } from '../../core/analysis.js';
import { stancesFor } from '../../extract/stances/stances-for.js';
import { analyzeOptionsOf } from '../../jobs/ingest.js';
import type { SourceFailure } from '../../ingest/source-document.js';
import { ARTICLE_FIELDS, failureReport, QUESTION_FIELDS, requestQuestions, requestSources } from '../article-input.js';
import { answers, ref } from '../answers.js';
import type { ServerContext } from '../context.js';

type AnalyzeBody = { text?: string; url?: string; questions?: unknown[]; question?: string } & Record<string, unknown>;

export function analyzeRoutes(app: FastifyInstance, context: ServerContext): void {
  app.post<{ Body: AnalyzeBody }>(
    '/analyze',
    {
      schema: {
        summary: 'Analyse a text, or the page at a URL, without storing it',
        description: 'With `text`, the other fields are its metadata; with `url` alone the page is fetched (private addresses only when the server allows them).',
        tags: ['analysis'],
        body: {
          type: 'object',
          additionalProperties: false,
          anyOf: [{ required: ['text'] }, { required: ['url'] }],
          properties: { ...ARTICLE_FIELDS, text: { ...ARTICLE_FIELDS.text, minLength: 1 }, ...QUESTION_FIELDS },
        },
        response: answers(ref('AnalyzeAnswer')),
      },
    },
    async (request) => {
      const { questions, question, ...article } = request.body;
      const wanted = requestQuestions(questions, question);
      const fetchOnly = article.text === undefined && article.url !== undefined;
      const documents: AnalysisDocument[] = [];
      const failures: SourceFailure[] = [];
      for await (const item of requestSources(fetchOnly ? [] : [article], fetchOnly ? [article.url as string] : [], context)) {
        if (!item.ok) {
          failures.push(item.failure);
          continue;
        }
        const analysed = await context.pool.analyze(item.document.text, analyzeOptionsOf(item.document));
        documents.push(wanted.length === 0 ? analysed : await stancesFor(analysed, wanted, { backend: context.stanceBackend }));
      }
      const first = failures[0];
      if (documents.length === 0 && first !== undefined) throw first.error;
      return { documents, failures: failures.map(failureReport) };
    },
  );
}
