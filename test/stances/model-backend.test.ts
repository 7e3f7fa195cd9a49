/**
 * The model backend against a stub chat-completions server on 127.0.0.1: good answers,
 * malformed JSON, a 500 then success, a timeout, and a cache that saves the second call.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spanOf } from '../../src/core/span.js';
import type { Question, StanceInput } from '../../src/core/stance.js';
import { fileCache } from '../../src/stance-model/cache.js';
import { chatEndpoint } from '../../src/stance-model/config.js';
import { modelBackend } from '../../src/stance-model/model-backend.js';
import { startServer, type LocalServer } from '../ingest/local-server.js';

const QUESTION: Question = { id: 'troops', label: 'Troops', target: 'Should the Union send troops to Kestria?', descriptors: ['troops'] };
const TEXT = 'Asked about troops, the minister said: We would send troops only after a ceasefire.';
const ITEM: StanceInput = { key: 's1', question: QUESTION, text: TEXT, content: spanOf(TEXT, 39, TEXT.length), speaker: 'Ada Minister' };
const OFF_TOPIC: StanceInput = { ...ITEM, key: 's2', text: 'We will cut taxes.', content: spanOf('We will cut taxes.', 0, 18) };

const GOOD = {
  stance: 'conditional',
  confidence: 0.9,
  evidence: 'We would send troops only after a ceasefire',
  conditions: [{ text: 'only after a ceasefire', phrase: 'a ceasefire', kind: 'condition' }],
};

type Reply = (res: ServerResponse) => void;
const json = (body: unknown): Reply => (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
const answer = (content: string): Reply => json({ choices: [{ message: { role: 'assistant', content } }] });

let replies: Reply[] = [];
let requests: Array<Record<string, unknown>> = [];
let server: LocalServer;
const dir = mkdtempSync(join(tmpdir(), 'whosaid-stance-'));

beforeAll(async () => {
  server = await startServer({
    '/v1/chat/completions': (req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        requests.push({ ...(JSON.parse(body) as Record<string, unknown>), authorization: req.headers.authorization });
        const reply = replies.shift();
        if (reply) reply(res);
        else res.writeHead(500).end();
      });
    },
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  replies = [];
  requests = [];
});

const backend = (extra: { cacheFile?: string; timeoutMs?: number } = {}) =>
  modelBackend({
    endpoint: chatEndpoint(`${server.origin}/v1`),
    model: 'stub-1',
    key: 'secret',
    timeoutMs: extra.timeoutMs ?? 2000,
    retries: 2,
    backoffMs: 5,
    ...(extra.cacheFile ? { cache: fileCache(extra.cacheFile) } : {}),
  });

describe('the model stance backend', () => {
  it('turns a good answer into a stance with spans, asking only about statements on the question', async () => {
    replies = [answer(JSON.stringify(GOOD))];
    const [result, offTopic] = await backend().stances([ITEM, OFF_TOPIC]);
    expect(offTopic).toEqual({ key: 's2', question: 'troops', stance: null });
    expect(result?.stance).toMatchObject({
      question: 'troops',
      stance: 'conditional',
      confidence: 0.9,
      evidence: spanOf(TEXT, 39, 82),
      conditions: [{ span: spanOf(TEXT, 60, 82), phrase: 'a ceasefire', kind: 'condition' }],
      match: { by: 'content', term: 'troops' },
      backend: 'model:stub-1',
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ model: 'stub-1', temperature: 0, authorization: 'Bearer secret' });
    expect(requests[0]?.['response_format']).toMatchObject({ type: 'json_schema', json_schema: { strict: true } });
  });

  it('retries malformed JSON and an answer outside the schema, then takes the good one', async () => {
    replies = [answer('{"stance": "conditional",'), answer(JSON.stringify({ ...GOOD, stance: 'maybe' })), answer(JSON.stringify(GOOD))];
    const [result] = await backend().stances([ITEM]);
    expect(result?.stance?.stance).toBe('conditional');
    expect(requests).toHaveLength(3);
  });

  it('gives up after the retries with a warning and no stance', async () => {
    replies = [answer('nonsense'), answer('nonsense'), answer('nonsense'), answer(JSON.stringify(GOOD))];
    const [result] = await backend().stances([ITEM]);
    expect(result?.stance).toBeNull();
    expect(result?.warning).toMatch(/^stance model stub-1: statement s1, question troops: not JSON: "nonsense" \(after 3 attempts\); no stance given$/);
    expect(requests).toHaveLength(3);
  });

  it('retries after HTTP 500', async () => {
    replies = [(res) => res.writeHead(500).end(), answer(JSON.stringify(GOOD))];
    const [result] = await backend().stances([ITEM]);
    expect(result?.stance?.stance).toBe('conditional');
    expect(requests).toHaveLength(2);
  });

  it('does not retry a refused key', async () => {
    replies = [(res) => res.writeHead(401, 'Unauthorized').end(), answer(JSON.stringify(GOOD))];
    const [result] = await backend().stances([ITEM]);
    expect(result?.warning).toMatch(/HTTP 401 Unauthorized; no stance given$/);
    expect(requests).toHaveLength(1);
  });

  it('times out a silent server and tries again', async () => {
    replies = [() => undefined, answer(JSON.stringify(GOOD))];
    const [result] = await backend({ timeoutMs: 200 }).stances([ITEM]);
    expect(result?.stance?.stance).toBe('conditional');
    expect(requests).toHaveLength(2);
  });

  it('answers a rerun from the cache file without a request', async () => {
    const cacheFile = join(dir, 'cache', 'stances.json');
    replies = [answer(JSON.stringify(GOOD))];
    const first = await backend({ cacheFile }).stances([ITEM]);
    const second = await backend({ cacheFile }).stances([ITEM]);
    expect(second).toEqual(first);
    expect(requests).toHaveLength(1);
  });

  it('maps "none" to no stance, and a quote the model altered to the whole content', async () => {
    replies = [answer(JSON.stringify({ ...GOOD, stance: 'none' })), answer(JSON.stringify({ ...GOOD, evidence: 'words not there' }))];
    const [none] = await backend().stances([ITEM]);
    const [altered] = await backend().stances([ITEM]);
    expect(none?.stance).toBeNull();
    expect(altered?.stance?.evidence).toEqual(ITEM.content);
  });
});
