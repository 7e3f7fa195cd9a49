/**
 * Fingerprints of statement contents, to find the same quote carried by several outlets even
 * when one trimmed a few words, used other quote marks or other punctuation.
 *
 * Words are normalised (case, accents, punctuation) and hashed as 4-word shingles; the
 * fingerprint keeps the hash of the whole word sequence and the shingles chosen by winnowing
 * (Schleimer, Wilkerson and Aiken, SIGMOD 2003): the smallest hash of every window of 4
 * shingles. Winnowing guarantees that two contents sharing a run of 7 words share a kept hash,
 * which a trimmed copy always does, while keeping about 40% of the shingles. Short contents,
 * where a trimmed copy may share fewer than 7 words, keep every shingle.
 */
import { normalizeName } from './name-key.js';

const SHINGLE_WORDS = 4;
const WINDOW = 4;
const KEEP_ALL_BELOW_WORDS = 16;
/** Below this, a content is too short to tell a shared quote from a shared phrase ("No comment"). */
export const MIN_QUOTE_WORDS = 4;
/** Share of the shorter content's words that must occur in the longer one. */
const MIN_CONTAINMENT = 0.85;
/** A six-word fragment of a sixty-word quote is a fragment, not the same quote. */
const MIN_LENGTH_RATIO = 0.6;

export interface QuoteFingerprint {
  readonly words: readonly string[];
  /** 48-bit integers, safe as JavaScript numbers and SQLite integers */
  readonly hashes: readonly number[];
}

/**
 * The words of a statement that travel between outlets: the quoted words of a mixed statement
 * (`told the Gazette that "borrowing against our future" was a mistake`), else the content.
 */
export function carriedWords(kind: string, content: string): string {
  if (kind !== 'mixed') return content;
  const quoted = content.match(/[“"«„‘][^“”"«»„‘’]{3,}[”"»“’]/g) ?? [];
  return quoted.reduce((longest, quote) => (quote.length > longest.length ? quote : longest), '') || content;
}

export function quoteFingerprint(content: string): QuoteFingerprint | null {
  const words = normalizeName(content).split(' ').filter((word) => word !== '');
  if (words.length < MIN_QUOTE_WORDS) return null;
  const shingles: number[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) shingles.push(hash48(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  const hashes = new Set<number>([hash48(words.join(' '))]);
  if (words.length < KEEP_ALL_BELOW_WORDS) return { words, hashes: [...hashes, ...shingles] };
  for (let i = 0; i + WINDOW <= shingles.length; i++) {
    hashes.add(Math.min(...shingles.slice(i, i + WINDOW)));
  }
  return { words, hashes: [...hashes] };
}

/** Whether two fingerprints are one quote: nearly all of the shorter in the longer, comparable lengths. */
export function sameQuote(a: QuoteFingerprint, b: QuoteFingerprint): boolean {
  const [shorter, longer] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
  if (shorter.length / longer.length < MIN_LENGTH_RATIO) return false;
  const available = new Map<string, number>();
  for (const word of longer) available.set(word, (available.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of shorter) {
    const left = available.get(word) ?? 0;
    if (left > 0) {
      shared++;
      available.set(word, left - 1);
    }
  }
  return shared / shorter.length >= MIN_CONTAINMENT;
}

/**
 * Two 32-bit FNV-1a hashes with different offsets, 48 bits kept: fast (this runs for every
 * shingle of every statement stored) and collisions rare enough that `sameQuote` settles them.
 */
function hash48(text: string): number {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return (a >>> 0) * 0x10000 + (b >>> 16);
}
