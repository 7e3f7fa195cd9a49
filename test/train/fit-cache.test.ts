/**
 * The fold-fit cache of npm run train: a fit is read back only when everything it reads is the
 * same, and a changed label or feature makes a new fit.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedFit } from '../../scripts/train/fit-cache.js';
import type { RoleFitSettings } from '../../scripts/train/role-model.js';
import type { RoleArticle } from '../../scripts/train/role-corpus.js';
import { TEMPLATES } from '../../src/extract/roles/features.js';

const T = TEMPLATES.length;

/** An article of n tokens whose features are given per token (the same hash for every template) and whose labels follow them. */
function article(id: string, features: readonly number[], labels: readonly number[]): RoleArticle {
  const hashes = new Uint32Array(features.length * T);
  features.forEach((f, i) => hashes.fill(Math.imul(f + 1, 0x9e3779b1) >>> 0, i * T, (i + 1) * T));
  return { id, labels: Uint8Array.from(labels), hashes, chains: [{ first: 0, last: features.length }] } as unknown as RoleArticle;
}

const settings: RoleFitSettings = { templates: TEMPLATES.slice(0, 2), bits: 8, minCount: 1, epochs: 2, rate: 0.1, l2: 1, seed: 3 };
const articles = [article('a', [0, 1, 2, 1], [0, 1, 2, 0]), article('b', [2, 1, 0], [0, 1, 0])];

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-fit-cache-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('cachedFit', () => {
  it('writes a fit once and reads the same model back for the same inputs', () => {
    const dir = tempDir();
    const lines: string[] = [];
    const first = cachedFit(articles, settings, dir, (l) => lines.push(l));
    expect(fs.readdirSync(dir)).toHaveLength(1);
    const again = cachedFit(articles, settings, dir, (l) => lines.push(l));
    expect(again).toEqual(first);
    expect(lines.at(-1)).toMatch(/the same fit is in/);
    expect(fs.readdirSync(dir)).toHaveLength(1);
  });

  it('fits afresh when a label, a feature or a setting differs', () => {
    const dir = tempDir();
    cachedFit(articles, settings, dir, () => undefined);
    cachedFit([article('a', [0, 1, 2, 1], [0, 1, 2, 1]), articles[1] as RoleArticle], settings, dir, () => undefined);
    cachedFit([article('a', [0, 1, 3, 1], [0, 1, 2, 0]), articles[1] as RoleArticle], settings, dir, () => undefined);
    cachedFit(articles, { ...settings, seed: 4 }, dir, () => undefined);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(4);
  });

  it('keeps nothing without a directory', () => {
    const model = cachedFit(articles, settings, null, () => undefined);
    expect(model.bits).toBe(8);
  });
});
