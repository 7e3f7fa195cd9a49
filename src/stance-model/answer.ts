/**
 * What the model must answer, as a JSON Schema sent with the request (strict structured output)
 * and checked again on arrival with ajv, since an OpenAI-compatible server may ignore the
 * request. Quotes come back as text; they become spans by finding them in the statement.
 */
import { Ajv } from 'ajv';
import { spanOf, type Span } from '../core/span.js';
import type { QuestionMatch, StanceInput, StatementStance } from '../core/stance.js';

export interface ModelAnswer {
  readonly stance: 'support' | 'open' | 'conditional' | 'oppose' | 'neutral' | 'none';
  readonly confidence: number;
  readonly evidence: string;
  readonly conditions: ReadonlyArray<{ text: string; phrase: string; kind: 'condition' | 'deterrent' }>;
}

export const ANSWER_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['stance', 'confidence', 'evidence', 'conditions'],
  properties: {
    stance: { enum: ['support', 'open', 'conditional', 'oppose', 'neutral', 'none'] },
    confidence: { type: 'number', minimum: 0, maximum: 1 },
    evidence: { type: 'string' },
    conditions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['text', 'phrase', 'kind'],
        properties: {
          text: { type: 'string' },
          phrase: { type: 'string', minLength: 1 },
          kind: { enum: ['condition', 'deterrent'] },
        },
      },
    },
  },
} as const;

const validate = new Ajv({ allErrors: false, strict: true }).compile<ModelAnswer>(ANSWER_SCHEMA);

/** The answer, or a one-line reason it is not one. */
export function readAnswer(content: string): ModelAnswer | string {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    return `not JSON: ${JSON.stringify(content.slice(0, 60))}`;
  }
  return checkAnswer(data);
}

/** Also for answers read back from the cache file, which anyone may have edited. */
export function checkAnswer(data: unknown): ModelAnswer | string {
  if (validate(data)) return data;
  const error = validate.errors?.[0];
  return `answer does not match the schema (${error?.instancePath || '/'} ${error?.message ?? ''})`;
}

/** The answer as a statement stance; null for "none". Quotes the model altered fall back to the content. */
export function toStance(answer: ModelAnswer, item: StanceInput, match: QuestionMatch, backend: string): StatementStance | null {
  if (answer.stance === 'none') return null;
  return {
    question: item.question.id,
    stance: answer.stance,
    confidence: answer.confidence,
    evidence: locate(answer.evidence, item) ?? item.content,
    conditions: answer.conditions.map((c) => ({ span: locate(c.text, item) ?? item.content, phrase: c.phrase, kind: c.kind })),
    match,
    backend,
  };
}

function locate(quote: string, item: StanceInput): Span | null {
  const words = quote.trim();
  if (words === '') return null;
  for (const region of [item.content, item.paragraph]) {
    if (!region) continue;
    const at = item.text.slice(region.start, region.end).indexOf(words);
    if (at >= 0) return spanOf(item.text, region.start + at, region.start + at + words.length);
  }
  return null;
}
