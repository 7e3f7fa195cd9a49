/**
 * Regular English verb inflection, so the cue lexicon lists each verb once and still matches
 * "warn", "warns", "warned", "warning". Irregular forms are given in the lexicon itself.
 */
const VOWEL = /[aeiou]/;

function doublesFinalConsonant(base: string): boolean {
  // CVC-final one-syllable verbs and a few stressed-final ones double: "admit" → "admitted"
  return /^(?:[^aeiou]*[aeiou][bdgklmnprt])$/.test(base) || /(?:mit|fer|pel|cur|gret)$/.test(base);
}

export function thirdPerson(base: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

export function pastForm(base: string): string {
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (doublesFinalConsonant(base) && !/(?:w|x|y)$/.test(base)) return `${base}${base.at(-1)}ed`;
  return `${base}ed`;
}

export function presentParticiple(base: string): string {
  if (/ie$/.test(base)) return `${base.slice(0, -2)}ying`;
  if (/[^e]e$/.test(base) && base.length > 2 && VOWEL.test(base.slice(0, -1))) return `${base.slice(0, -1)}ing`;
  if (doublesFinalConsonant(base) && !/(?:w|x|y)$/.test(base)) return `${base}${base.at(-1)}ing`;
  return `${base}ing`;
}
