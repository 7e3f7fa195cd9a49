/**
 * What clients send to be analysed or stored: records in the field names `whosaid ingest` reads
 * from JSON files (ours, news-please's, trafilatura's), and http(s) URLs fetched by the guarded
 * fetcher — never a path, so a client cannot make the server read its own files.
 */
import type { Question } from '../core/stance.js';
import { questionsFromData, withSentenceQuestion } from '../extract/stances/questions.js';
import { collectUrl } from '../ingest/collect.js';
import { recordItem } from '../ingest/read-records.js';
import type { SourceFailure, SourceItem } from '../ingest/source-document.js';
import type { ServerContext } from './context.js';
import type { ServerErrorCode } from './errors.js';

export const ARTICLE_FIELDS = {
  text: { type: 'string', description: 'the article as plain text' },
  title: { type: 'string' },
  outlet: { type: 'string' },
  url: { type: 'string', description: "the article's address (with text: metadata only)" },
  published: { type: 'string', description: 'the publication date, YYYY-MM-DD (other common date forms are read too)' },
  language: { type: 'string', description: 'a language subtag; en by default' },
} as const;

/** A record; any other field a crawler writes (maintext, date_publish, authors …) is read as `whosaid ingest` reads it. */
export const RECORD_SCHEMA = { type: 'object', properties: ARTICLE_FIELDS, additionalProperties: true } as const;

export const QUESTION_FIELDS = {
  questions: {
    type: 'array',
    minItems: 1,
    description: 'questions in the format of a questions file (`whosaid analyze --questions`)',
    items: {
      type: 'object',
      properties: { id: { type: 'string' }, label: { type: 'string' }, target: { type: 'string' }, descriptors: { type: 'array', items: { type: 'string' } } },
    },
  },
  question: { type: 'string', minLength: 1, description: 'one question as a sentence ("Should Europe deploy troops to Ukraine?")' },
} as const;

export const URL_FIELD = { type: 'string', minLength: 1, description: 'an http(s) URL, fetched by the server' } as const;

/** The questions of a request body (a list, a sentence, or both), checked as a questions file is. */
export function requestQuestions(questions: readonly unknown[] | undefined, sentence: string | undefined): Question[] {
  const listed = questions === undefined ? [] : questionsFromData({ questions }, 'questions');
  return withSentenceQuestion(listed, sentence ?? null, 'questions');
}

/** Records and URLs as source items, in the order given; record origins are `request#N`. */
export async function* requestSources(records: readonly unknown[], urls: readonly string[], context: ServerContext): AsyncIterable<SourceItem> {
  for (const [i, record] of records.entries()) yield recordItem(record, `request#${i + 1}`, 'utf-8');
  const options = {
    cwd: '/',
    maxBytes: context.maxBytes,
    readStdin: () => Promise.reject(new Error('no standard input in the server')),
    allowPrivate: context.allowPrivate,
    followLinks: false,
    ...(context.fetchTimeouts === undefined ? {} : { fetchTimeouts: context.fetchTimeouts }),
  };
  for (const url of urls) yield* collectUrl(url, options);
}

export interface FailureReport {
  readonly origin: string;
  readonly code: ServerErrorCode;
  readonly message: string;
}

export function failureReport({ origin, error }: SourceFailure): FailureReport {
  return { origin, code: error.code, message: error.message };
}
