/**
 * The run end to end with a stand-in extractor, since the real one is written elsewhere: checks
 * that statements become predictions and that the publication date comes from the article id.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor, AnalyzeOptions, Statement } from '../../src/core/analysis.js';
import { spanOf } from '../../src/core/span.js';

const seen: (string | null | undefined)[] = [];

vi.mock('../../src/analyze.js', () => ({
  analyze: (text: string, options: AnalyzeOptions) => {
    seen.push(options.published);
    const at = (needle: string) => spanOf(text, text.indexOf(needle), text.indexOf(needle) + needle.length);
    const statement: Statement = {
      id: 's1',
      kind: 'indirect',
      speaker: 'a1',
      source: at('Smith'),
      cue: at('said'),
      content: at('the plan works.'),
      contentParts: [at('the plan works.')],
      via: null,
      date: null,
      rule: 'attributions/en/test',
    };
    if (text.includes('CRASH')) throw new TypeError('boom');
    const smith: Actor = { id: 'a1', name: 'John Smith', kind: 'person', roles: [], mentions: [] };
    return { statements: [statement], actors: [smith] };
  },
}));

const { evaluatePolnear } = await import('../../src/eval/polnear/run-eval.js');
const { scoresOf } = await import('../../src/eval/polnear/score.js');

let dir: string;

function addArticle(id: string, text: string, ann: string | null): void {
  writeFileSync(path.join(dir, 'text', `${id}.txt`), text);
  if (ann !== null) writeFileSync(path.join(dir, 'attributions', `${id}_4b22.ann`), ann);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'whosaid-run-'));
  mkdirSync(path.join(dir, 'text'));
  mkdirSync(path.join(dir, 'attributions'));
  const ann = 'T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 25\tthe plan works\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n';
  // "Smith" again mid-sentence, so the speaker measure can tell it is a name
  addArticle('wash-post_2016-05-06_a', 'Smith said the plan works. So said Smith.', ann);
  addArticle('wash-post_2016-05-07_b', 'Smith said the plan works. So said Smith.', ann);
  addArticle('wash-post_2016-05-08_unannotated', 'Smith said the plan works.', null);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('evaluatePolnear', () => {
  it('scores the statements of every annotated article', () => {
    seen.length = 0;
    const diagnoses: unknown[] = [];
    const result = evaluatePolnear({ dir, onDiagnosis: (d) => diagnoses.push(d) });
    expect(result.counts).toEqual({ articles: 2, gold: 2, predicted: 2, unannotated: 1, spanMismatches: 0 });
    expect(seen).toEqual(['2016-05-06', '2016-05-07']);
    const scores = scoresOf(result.tally);
    // Content "the plan works." trims to the gold's "the plan works".
    expect(scores.exact.quote).toMatchObject({ tp: 2, precision: 1, recall: 1 });
    // the gold source "Smith" is a name, and the speaker John Smith shares it
    expect(result.speakers).toEqual({ judged: 2, right: 2 });
    expect(diagnoses).toHaveLength(2);
  });

  it('honours the limit and reports progress', () => {
    const progress: [number, number][] = [];
    const result = evaluatePolnear({ dir, limit: 1, onProgress: (done, total) => progress.push([done, total]) });
    expect(result.counts.articles).toBe(1);
    expect(progress).toEqual([
      [0, 1],
      [1, 1],
    ]);
  });

  it('names the article an extractor crash happened on', () => {
    addArticle('wash-post_2016-05-09_crash', 'CRASH Smith said the plan works.', 'T1\tCue 0 5\tCRASH\nE1\tAttribution:T1 Cue:T1\n');
    expect(() => evaluatePolnear({ dir })).toThrow(/analyze failed on wash-post_2016-05-09_crash/);
  });
});
