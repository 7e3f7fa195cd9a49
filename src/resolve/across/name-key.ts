/**
 * Name forms → comparison keys, so "Jean-Noël Barrot", "Jean-Noel Barrot" and "JEAN-NOËL
 * BARROT" meet in the store. Accents, case, apostrophes and hyphens do not tell people apart.
 */

/** Lower case, accents removed, apostrophes dropped, every other non-letter a single space. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Generational suffixes are not surnames: "Martin Luther King Jr." is a King. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

export interface PersonName {
  /** every word, normalised */
  readonly words: readonly string[];
  /** the last word that is not a generational suffix */
  readonly surname: string;
  /** the words before the surname ("jean", "noel") */
  readonly given: readonly string[];
}

export function personName(name: string): PersonName | null {
  const words = normalizeName(name).split(' ').filter((word) => word !== '');
  let last = words.length - 1;
  while (last > 0 && SUFFIXES.has(words[last] ?? '')) last--;
  const surname = words[last];
  if (surname === undefined) return null;
  return { words, surname, given: words.slice(0, last) };
}

/**
 * Whether two given-name lists can belong to one person: a missing first name fits anything,
 * an initial fits the names it starts ("J." and "Jean-Noël"), otherwise the first names agree.
 */
export function givenNamesAgree(a: readonly string[], b: readonly string[]): boolean {
  const first = a[0];
  const other = b[0];
  if (first === undefined || other === undefined) return true;
  if (first.length === 1 || other.length === 1) return first[0] === other[0];
  return first === other;
}
