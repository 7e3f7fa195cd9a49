/**
 * The cue lexicon: buildCueLexicon() over the English reporting verbs, and the size of the
 * English cue inventory (verbs, prepositional cues and reporting nouns).
 */
import { describe, expect, it } from 'vitest';
import { buildCueLexicon, type VerbForm } from '../../src/extract/cues/cue-lexicon.js';
import { PREPOSITIONAL_CUES, REPORTING_NOUNS, REPORTING_VERBS } from '../../src/lexicon/en/reporting-cues.js';

const lexicon = buildCueLexicon(REPORTING_VERBS);

describe('the English cue inventory', () => {
  it('holds at least 150 cues (reporting verbs + prepositional cues + reporting nouns)', () => {
    expect(REPORTING_VERBS.length + PREPOSITIONAL_CUES.length + REPORTING_NOUNS.length).toBeGreaterThanOrEqual(150);
  });

  it('lists each verb once', () => {
    const bases = REPORTING_VERBS.map((v) => v.base);
    expect(bases.filter((b, i) => bases.indexOf(b) !== i)).toEqual([]);
  });

  it('leaves out the forms marked ambiguous', () => {
    const leaked = REPORTING_VERBS.flatMap((v) => (v.ambiguous ?? []).filter((form) => lexicon.get(form)?.verb === v));
    expect(leaked).toEqual([]);
  });

  it('maps every base form to its own verb, except forms marked ambiguous', () => {
    const listed = REPORTING_VERBS.filter((v) => !v.ambiguous?.includes(v.base));
    const wrong = listed.filter((v) => lexicon.get(v.base)?.verb.base !== v.base || lexicon.get(v.base)?.form !== 'base');
    expect(wrong.map((v) => v.base)).toEqual([]);
  });
});

describe('buildCueLexicon', () => {
  it.each<[string, string, VerbForm]>([
    ['said', 'say', 'past'],
    ['says', 'say', 'third'],
    ['saying', 'say', 'participle'],
    ['say', 'say', 'base'],
    ['told', 'tell', 'past'],
    ['tells', 'tell', 'third'],
    ['warned', 'warn', 'past'],
    ['warns', 'warn', 'third'],
    ['warning', 'warn', 'participle'],
    ['denied', 'deny', 'past'],
    ['denies', 'deny', 'third'],
    ['denying', 'deny', 'participle'],
    ['admitted', 'admit', 'past'],
    ['admits', 'admit', 'third'],
    ['admitting', 'admit', 'participle'],
    ['underscored', 'underscore', 'past'],
    ['underscores', 'underscore', 'third'],
    ['underscoring', 'underscore', 'participle'],
    ['reaffirmed', 'reaffirm', 'past'],
    ['stated', 'state', 'past'],
    ['declared', 'declare', 'past'],
    ['noted', 'note', 'past'],
    ['suggested', 'suggest', 'past'],
    ['stressed', 'stress', 'past'],
    ['stresses', 'stress', 'third'],
    ['replied', 'reply', 'past'],
    ['wrote', 'write', 'past'],
    ['writes', 'write', 'third'],
    ['quipped', 'quip', 'past'],
    ['echoes', 'echo', 'third'],
    ['argued', 'argue', 'past'],
    ['arguing', 'argue', 'participle'],
  ])('%s → %s (%s)', (word, base, form) => {
    const entry = lexicon.get(word);
    expect(entry?.verb.base).toBe(base);
    expect(entry?.form).toBe(form);
  });

  it.each(['sayed', 'telled', 'denyed', 'admited', 'warnning', 'underscoreed', 'stateing', 'sayes', 'statement', 'the'])(
    'has no entry for %s',
    (word) => {
      expect(lexicon.get(word)).toBeUndefined();
    },
  );

  it('builds the same lexicon every time', () => {
    expect([...buildCueLexicon(REPORTING_VERBS).entries()]).toEqual([...lexicon.entries()]);
  });
});
