import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/analysis.js';
import { fullerName, matchPerson, nameKey, type StoredCandidate } from '../../src/resolve/across/actor-match.js';
import { givenNamesAgree, normalizeName, personName } from '../../src/resolve/across/name-key.js';

const role = (title: string | null, affiliation: string | null): Role => ({ title, affiliation });
const stored = (ref: number, name: string, roles: Role[] = [], articles = 1): StoredCandidate => ({ ref, name, kind: 'person', roles, articles });

describe('normalizeName', () => {
  it.each([
    ['Jean-Noël Barrot', 'jean noel barrot'],
    ['Jean-Noel Barrot', 'jean noel barrot'],
    ['JEAN-NOËL BARROT', 'jean noel barrot'],
    ['Conan O’Brien', 'conan obrien'],
    ['  Łukasz   Nowak ', 'łukasz nowak'],
    ['NATO’s Military Committee', 'natos military committee'],
  ])('%s → %s', (name, key) => expect(normalizeName(name)).toBe(key));
});

describe('personName and givenNamesAgree', () => {
  it('takes the last word as the surname, skipping generational suffixes', () => {
    expect(personName('Martin Luther King Jr.')).toMatchObject({ surname: 'king', given: ['martin', 'luther'] });
    expect(personName('Barrot')).toMatchObject({ surname: 'barrot', given: [] });
    expect(personName('  ')).toBeNull();
  });

  it.each([
    [['jean', 'noel'], ['jean', 'noel'], true],
    [['j'], ['jean', 'noel'], true],
    [[], ['hillary'], true],
    [['bill'], ['hillary'], false],
    [['d'], ['anna'], false],
  ])('%j and %j agree: %s', (a, b, agree) => expect(givenNamesAgree(a, b)).toBe(agree));
});

describe('matchPerson', () => {
  const barrot = stored(1, 'Jean-Noël Barrot', [role('Foreign Minister', 'France')]);
  const hillary = stored(2, 'Hillary Clinton', [role('Secretary of State', 'United States')], 40);
  const bill = stored(3, 'Bill Clinton', [role('President', 'United States')], 12);

  it.each([
    ['a bare surname finds the one namesake', 'Barrot', [], [barrot], 1],
    ['an unaccented spelling is the same person', 'Jean-Noel Barrot', [], [barrot], 1],
    ['an initial fits the first name', 'J. Barrot', [], [barrot], 1],
    ['a different first name is a different person', 'Bill Clinton', [], [hillary], null],
    ['a contradicting affiliation keeps namesakes apart', 'Barrot', [role('Senator', 'United States')], [barrot], null],
    ['a shared title picks between namesakes', 'Clinton', [role('President', null)], [hillary, bill], 3],
    ['with nothing to choose by, the more prominent namesake', 'Clinton', [], [bill, hillary], 2],
    ['another surname is never a match', 'Macron', [], [barrot], null],
  ])('%s', (_, name, roles, candidates, expected) => {
    expect(matchPerson({ name, kind: 'person', roles }, candidates)?.ref ?? null).toBe(expected);
  });
});

describe('nameKey and fullerName', () => {
  it('files names by kind and normalised form', () => {
    expect(nameKey('person', 'Jean-Noël Barrot')).toBe(nameKey('person', 'jean-noel BARROT'));
    expect(nameKey('media', 'BBC')).not.toBe(nameKey('organization', 'BBC'));
  });

  it('prefers more words, then more letters', () => {
    expect(fullerName('Barrot', 'Jean-Noël Barrot')).toBe('Jean-Noël Barrot');
    expect(fullerName('Jean-Noël Barrot', 'Barrot')).toBe('Jean-Noël Barrot');
    expect(fullerName('J. Barrot', 'Jean Barrot')).toBe('Jean Barrot');
  });
});
