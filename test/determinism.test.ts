/**
 * analyze() is a function of its input: what was analysed before in the same process must not
 * change the result. wink-nlp's cache learns words as it reads, which once made a PolNeAR
 * article tokenise differently the second time it was read, and a word differently on its second
 * use in one article (src/nlp/wink.ts explains the fix).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { tokenize } from '../src/nlp/tokens.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/data/polnear/train/text');
/** An article whose tokenisation changed on a second reading before the fix. */
const SENSITIVE = 'nyt_2016-01-30_traditionally-democrat-unions-ar.txt';
const hasCorpus = existsSync(path.join(corpus, SENSITIVE));

describe('analysis does not depend on what was analysed before', () => {
  it('gives the bundled example the same document before and after other texts', () => {
    const text = readFileSync(path.join(root, 'examples/eastmere-bridge.txt'), 'utf8');
    const first = analyze(text);
    for (const dir of readdirSync(path.join(root, 'test/fixtures/en'))) {
      analyze(readFileSync(path.join(root, 'test/fixtures/en', dir, 'article.txt'), 'utf8'));
    }
    expect(analyze(text)).toEqual(first);
  });

  it('tokenises a word the same way each time a document uses it', () => {
    // wink once kept "Rubio’s" whole on its second use in an article, having learned it from the first
    const words = tokenize('Rubio’s plan was new. Later, Rubio’s aides spoke.').tokens.map((t) => t.text);
    expect(words.filter((w) => w === '’s')).toHaveLength(2);
  });

  it('gives the same document after the word caches have filled and started afresh', () => {
    const text = readFileSync(path.join(root, 'examples/eastmere-bridge.txt'), 'utf8');
    const first = analyze(text);
    // more new words than wink's cache (src/nlp/wink.ts, LEARNED_LIMIT) and the role tagger's word
    // types (src/extract/roles/features.ts, WORD_TYPE_LIMIT) keep, read in a few documents
    for (let part = 0; part < 5; part++) {
      analyze(Array.from({ length: 50_000 }, (_, k) => `Zq${part}x${k.toString(36)}’s`).join(' '));
    }
    expect(analyze(text)).toEqual(first);
  }, 60_000);

  describe.skipIf(!hasCorpus)(`on a PolNeAR article (skipped when ${corpus} is absent)`, () => {
    it('gives the same document the second time it is read', () => {
      const text = readFileSync(path.join(corpus, SENSITIVE), 'utf8');
      const first = analyze(text, { published: '2016-01-30' });
      expect(analyze(text, { published: '2016-01-30' })).toEqual(first);
    });
  });
});
