/**
 * One chat-completions call with a time limit, retried a few times with a doubling pause when
 * the failure may pass: no connection, a timeout, HTTP 429 or 5xx, or an answer that is not
 * the JSON asked for. Other HTTP errors (a wrong key, an unknown model) fail at once.
 */
import { readAnswer, type ModelAnswer } from './answer.js';

export interface ChatSettings {
  /** the chat-completions endpoint */
  readonly endpoint: string;
  readonly model: string;
  readonly key?: string;
  readonly timeoutMs: number;
  /** further attempts after the first */
  readonly retries: number;
  /** pause before the first retry; doubled each time */
  readonly backoffMs: number;
}

export interface ChatMessage {
  readonly role: 'system' | 'user';
  readonly content: string;
}

class Permanent extends Error {}

export async function askForAnswer(settings: ChatSettings, messages: readonly ChatMessage[], schema: object): Promise<ModelAnswer> {
  let last = '';
  for (let attempt = 0; attempt <= settings.retries; attempt++) {
    if (attempt > 0) await sleep(settings.backoffMs * 2 ** (attempt - 1));
    try {
      const answer = readAnswer(await complete(settings, messages, schema));
      if (typeof answer !== 'string') return answer;
      last = answer;
    } catch (error) {
      if (error instanceof Permanent) throw error;
      last = error instanceof Error ? error.message : String(error);
    }
  }
  throw new Error(`${last} (after ${settings.retries + 1} attempts)`);
}

async function complete(settings: ChatSettings, messages: readonly ChatMessage[], schema: object): Promise<string> {
  const body = {
    model: settings.model,
    temperature: 0,
    messages,
    response_format: { type: 'json_schema', json_schema: { name: 'stance', strict: true, schema } },
  };
  let response: Response;
  try {
    response = await fetch(settings.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(settings.key ? { authorization: `Bearer ${settings.key}` } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(settings.timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw new Error(timedOut ? `no answer within ${settings.timeoutMs} ms` : `cannot reach ${settings.endpoint} (${causeOf(error)})`);
  }
  if (!response.ok) {
    const message = `HTTP ${response.status} ${response.statusText}`.trim();
    throw response.status === 429 || response.status >= 500 ? new Error(message) : new Permanent(message);
  }
  const data = (await response.json().catch(() => null)) as { choices?: Array<{ message?: { content?: unknown } }> } | null;
  const content = data?.choices?.[0]?.message?.content;
  if (typeof content !== 'string') throw new Error('the reply has no choices[0].message.content');
  return content;
}

function causeOf(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
