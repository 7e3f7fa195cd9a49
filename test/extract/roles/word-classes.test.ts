/**
 * Lemmas and WordNet classes, the features that carry the tagger to words it never saw, and the
 * model files' loading.
 */
import { describe, expect, it } from 'vitest';
import { wordInfo } from '../../../src/extract/roles/word-classes.js';
import { loadModel } from '../../../src/models/load.js';
import { WhosaidError } from '../../../src/core/errors.js';

describe('wordInfo', () => {
  it.each<[string, string, string, string, string]>([
    // word, POS, lemma, first sense's class, derived verb's class
    ['dubbed', 'VERB', 'dub', 'verb.communication', '-'],
    ['lobbied', 'VERB', 'lobby', 'verb.social', '-'],
    ['said', 'VERB', 'say', 'verb.communication', '-'],
    ['allegations', 'NOUN', 'allegation', 'noun.communication', 'verb.communication'],
    ['soldiers', 'NOUN', 'soldier', 'noun.person', 'verb.competition'],
  ])('%s (%s) → %s, %s, derived %s', (word, pos, lemma, first, derived) => {
    const info = wordInfo(word, pos);
    expect(info.lemma).toBe(lemma);
    expect(info.first).toBe(first);
    expect(info.derived).toBe(derived);
  });

  it('marks the speech and thought classes of any sense', () => {
    expect(wordInfo('allege', 'VERB').speech).toContain('C');
    expect(wordInfo('believe', 'VERB').speech).toContain('G');
    expect(wordInfo('table', 'NOUN').speech).toBe('-');
  });

  it('gives names, numbers and punctuation no class', () => {
    expect(wordInfo('trump', 'PROPN')).toEqual({ lemma: 'trump', first: '-', speech: '-', derived: '-' });
    expect(wordInfo('2016', 'NUM').first).toBe('-');
    expect(wordInfo('“', 'PUNCT').first).toBe('-');
  });
});

describe('loadModel', () => {
  it('reports a missing model file in one line', () => {
    let error: unknown;
    try {
      loadModel('no-such-model.json', (v) => v);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WhosaidError);
    expect((error as WhosaidError).message).toMatch(/^the model file models\/no-such-model\.json could not be loaded \(.*\); reinstall whosaid or run npm run train$/);
    expect((error as WhosaidError).message).not.toContain('\n');
  });

  it('reports a file of the wrong shape', () => {
    expect(() => loadModel('../package.json', () => {
      throw new Error('not a role model');
    })).toThrow(/package\.json could not be loaded \(not a role model\)/);
  });
});
