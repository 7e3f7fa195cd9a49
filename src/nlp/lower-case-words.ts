/**
 * The words a text writes in lower case: every maximal run of letters and digits that starts
 * with a lower-case letter. The same set as the regular expression
 * /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}]*\/gu, read by a scan that tests ASCII characters by their
 * code and only the others against Unicode's classes: most of a news text is ASCII.
 */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LOWER_CASE_LETTER = /^\p{Ll}$/u;

function isLetterOrDigit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(c));
}

function isLowerCaseLetter(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_CASE_LETTER.test(String.fromCodePoint(c));
}

export function lowerCaseWords(text: string): Set<string> {
  const words = new Set<string>();
  let i = 0;
  while (i < text.length) {
    const c = text.codePointAt(i) as number;
    const width = c > 0xffff ? 2 : 1;
    if (!isLetterOrDigit(c)) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    while (i < text.length) {
      const d = text.codePointAt(i) as number;
      if (!isLetterOrDigit(d)) break;
      i += d > 0xffff ? 2 : 1;
    }
    if (isLowerCaseLetter(c)) words.add(text.slice(start, i));
  }
  return words;
}
