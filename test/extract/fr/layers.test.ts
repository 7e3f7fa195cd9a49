/**
 * The French layers under the rules: tokens (elisions, inversions, guillemets), the verb
 * inflector, names with titles and demonyms, and dates on chrono's French parser.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/nlp/tokens.js';
import { buildFrenchCueLexicon } from '../../../src/extract/cues/fr/cue-lexicon.js';
import { findNames } from '../../../src/extract/entities/fr/names.js';
import { findTimes } from '../../../src/extract/dates/index.js';
import { parseDay } from '../../../src/extract/dates/calendar.js';
import { toCandidate } from '../../../src/extract/dates/date-candidate.js';
import { FRENCH_DATES } from '../../../src/extract/dates/fr/locale.js';

const words = (text: string): string[] => tokenize(text, 'fr').tokens.map((t) => t.text);

describe('French tokens', () => {
  it.each([
    ["L'entourage du président", ["L'", 'entourage', 'du', 'président']],
    ["qu'aujourd'hui", ["qu'", "aujourd'hui"]],
    ['a-t-il déclaré', ['a', '-t-il', 'déclaré']],
    ['ajoute-t-elle', ['ajoute', '-t-elle']],
    ['dit-il', ['dit', '-il']],
    ['le porte-parole', ['le', 'porte-parole']],
    ['Jean-Noël', ['Jean', '-', 'Noël']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('keeps a closing guillemet set off by a space with its sentence', () => {
    const text = '« Rien n’est exclu. » Puis elle est partie.';
    const { sentences } = tokenize(text, 'fr');
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['« Rien n’est exclu. »', 'Puis elle est partie.']);
  });

  it('leaves English tokens as they were', () => {
    expect(tokenize("L'entourage a-t-il", 'en').tokens.map((t) => t.text)).toEqual(tokenize("L'entourage a-t-il").tokens.map((t) => t.text));
  });
});

describe('French cue lexicon', () => {
  const lexicon = buildFrenchCueLexicon();
  it('has at least a hundred forms', () => {
    expect(lexicon.size).toBeGreaterThanOrEqual(100);
  });
  it.each(['déclare', 'déclarent', 'déclarait', 'déclara', 'déclaré', 'annonçait', 'jugea', 'répète', 'rappelle', 'avertit', 'reconnaît', 'dément', 'démenti', 'dit'])('knows %s', (form) => {
    expect(lexicon.has(form)).toBe(true);
  });
  it.each(['déclarer', 'maison', 'annonceait'])('does not know %s', (form) => {
    expect(lexicon.has(form)).toBe(false);
  });
});

describe('French names', () => {
  const names = (text: string) => {
    const { tokens, sentences } = tokenize(text, 'fr');
    return findNames(text, tokens, sentences).map((n) => ({ kind: n.kind, name: n.name, title: n.role?.title ?? null, affiliation: n.role?.affiliation ?? null }));
  };
  it.each([
    ['Hier, le ministre des Affaires étrangères Jean-Noël Barrot a parlé.', { kind: 'person', name: 'Jean-Noël Barrot', title: 'ministre des Affaires étrangères', affiliation: null }],
    ['Il a vu la cheffe de la diplomatie britannique Ann Carter.', { kind: 'person', name: 'Ann Carter', title: 'cheffe de la diplomatie britannique', affiliation: 'United Kingdom' }],
    ['Il a parlé au Monde.', { kind: 'media', name: 'Le Monde', title: null, affiliation: null }],
    ['Il est arrivé au Royaume-Uni.', { kind: 'country', name: 'United Kingdom', title: null, affiliation: null }],
    ['Il a vu Mme Leroy.', { kind: 'person', name: 'Leroy', title: null, affiliation: null }],
  ])('%s', (text, expected) => {
    expect(names(text)).toContainEqual(expected);
  });
  it('finds no name in sentence openers', () => {
    expect(names('Selon elle, mardi, rien.')).toEqual([]);
  });
});

describe('French dates', () => {
  const published = '2024-11-25'; // a Monday
  it.each([
    ['Il a parlé le 23 novembre.', '23 novembre', '2024-11-23'],
    ['Elle a déclaré mardi que tout allait bien.', 'mardi', '2024-11-19'],
    ['Hier, il est parti.', 'Hier', '2024-11-24'],
    ['Il doit se rendre à Paris mardi.', 'mardi', '2024-11-26'],
  ])('%s', (text, span, value) => {
    expect(findTimes(text, published, FRENCH_DATES).times).toContainEqual({ span: expect.objectContaining({ text: span }), value, precision: 'day' });
  });

  describe.each(FRENCH_DATES.rejectRules.map((rule) => [rule.id, rule] as const))('reject rule %s', (_id, rule) => {
    const reference = parseDay(published)!;
    const candidates = (s: string) => FRENCH_DATES.parse(s, reference).map((r) => toCandidate(s, r, FRENCH_DATES));
    it.each(rule.rejects)('rejects %s', (s) => {
      expect(candidates(s).some((c) => rule.test(c))).toBe(true);
      expect(findTimes(s, published, FRENCH_DATES).times).toEqual([]);
    });
    it.each(rule.keeps)('keeps %s', (s) => {
      expect(findTimes(s, published, FRENCH_DATES).times).not.toEqual([]);
    });
  });
});
