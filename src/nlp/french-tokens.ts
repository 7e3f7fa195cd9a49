/**
 * French adjustments to wink's tokens (its model is English). wink keeps elisions and some
 * inversions whole and splits others; French rules want one word per token:
 *
 *   L'entourage   → L' · entourage          qu'aujourd'hui → qu' · aujourd'hui
 *   a-t-il        → a · -t-il               ajoute-t-elle (wink: ajoute - t - elle) → ajoute · -t-elle
 *   dit-il (wink: dit - il)                 → dit · -il
 *   porte-parole (wink: porte - parole)     → porte-parole (lower-case compounds; names keep their pieces)
 *
 * "aujourd'hui" stays whole: "aujourd" is no elided word. wink's English POS tags mean nothing
 * on French text, so tokens get a tag only where a closed class or the shape decides it
 * (punctuation, numbers, determiners, prepositions, pronouns, conjunctions); the rest is X,
 * capitalised words PROPN. It reads wink's tokens as parallel arrays (`RawTokens`) and gives
 * new ones; a piece keeps the kind bits of the token it comes from (letters and hyphens have none).
 */
import {
  CONJUNCTIONS,
  DETERMINERS,
  ELIDED_WORDS,
  INVERTED_CLITICS,
  PREPOSITIONS,
  PRONOUNS,
  SUBORDINATORS,
} from '../lexicon/fr/grammar.js';
import { BREAK, endOf, type RawTokens } from './raw-token.js';

const ELIDED = new Set(ELIDED_WORDS);
const CLITICS = new Set(INVERTED_CLITICS);
const ELISION = /^(\p{L}+)[’'](?=\p{L})/u;
const GLUED_INVERSION = new RegExp(`^(\\p{L}+)(-t-(?:${INVERTED_CLITICS.join('|')}))$`, 'iu');

const TAGS = new Map<string, string>();
for (const [words, tag] of [
  [CONJUNCTIONS, 'CCONJ'],
  [SUBORDINATORS, 'SCONJ'],
  [PRONOUNS, 'PRON'],
  [PREPOSITIONS, 'ADP'],
  [DETERMINERS, 'DET'],
] as const) {
  for (const w of words) TAGS.set(w, tag);
}

function tagOf(text: string): string {
  if (/^[\p{P}\p{S}]+$/u.test(text)) return 'PUNCT';
  if (/^\p{N}/u.test(text)) return 'NUM';
  const lower = text.toLowerCase();
  if (lower.startsWith('-')) return 'PRON';
  return TAGS.get(lower) ?? (/^\p{Lu}/u.test(text) ? 'PROPN' : 'X');
}

/** The French tokens as they are built: pieces of wink's tokens, each tagged by tagOf. */
class Pieces {
  readonly text: string[] = [];
  readonly pos: string[] = [];
  readonly start: number[] = [];
  readonly kind: number[] = [];

  constructor(private readonly source: string) {}

  /** Text from start to end, made of raw token i (or of tokens from i on), as one token. */
  add(raw: RawTokens, i: number, start: number, end: number): void {
    const value = this.source.slice(start, end);
    this.text.push(value);
    this.pos.push(tagOf(value));
    this.start.push(start);
    // a piece is split off or glued from letters and hyphens, which have the kind of the whole
    this.kind.push(raw.kind[i] as number);
  }

  /** Raw token i unchanged. */
  keep(raw: RawTokens, i: number): void {
    this.text.push(raw.text[i] as string);
    this.pos.push(raw.pos[i] as string);
    this.start.push(raw.start[i] as number);
    this.kind.push(raw.kind[i] as number);
  }

  tokens(): RawTokens {
    return { count: this.text.length, text: this.text, pos: this.pos, start: Int32Array.from(this.start), kind: Uint8Array.from(this.kind) };
  }
}

/** Raw token i split at its elisions and at a glued "-t-il". */
function splitWord(raw: RawTokens, i: number, text: string, out: Pieces): void {
  if (((raw.kind[i] as number) & BREAK) !== 0) {
    out.keep(raw, i);
    return;
  }
  const end = endOf(raw, i);
  let start = raw.start[i] as number;
  for (let m = ELISION.exec(raw.text[i] as string); m && ELIDED.has((m[1] ?? '').toLowerCase()); m = ELISION.exec(text.slice(start, end))) {
    const pieceEnd = start + m[0].length;
    out.add(raw, i, start, pieceEnd);
    start = pieceEnd;
  }
  const inversion = GLUED_INVERSION.exec(text.slice(start, end));
  if (inversion) {
    const verbEnd = start + (inversion[1] ?? '').length;
    out.add(raw, i, start, verbEnd);
    out.add(raw, i, verbEnd, end);
  } else {
    out.add(raw, i, start, end);
  }
}

/** The text of raw token k, or "" past either end. */
const textAt = (raw: RawTokens, k: number): string => (k >= 0 && k < raw.count ? (raw.text[k] as string) : '');
/** Whether raw token k is glued to the one before it. */
const glued = (raw: RawTokens, k: number): boolean => k > 0 && k < raw.count && endOf(raw, k - 1) === raw.start[k];

/** How many raw tokens from i spell a clitic glued to the word before: "- t - il" (4) or "- il" (2). */
function cliticLength(raw: RawTokens, i: number): number {
  if (textAt(raw, i) !== '-' || !glued(raw, i) || !/\p{L}$/u.test(textAt(raw, i - 1))) return 0;
  // every piece glued to the one before, and no letters glued after the clitic ("-il" but not "-ilot")
  const chain = (n: number): boolean => {
    for (let k = 1; k <= n; k++) if (!glued(raw, i + k)) return false;
    return !(glued(raw, i + n + 1) && /^\p{L}/u.test(textAt(raw, i + n + 1)));
  };
  if (textAt(raw, i + 1).toLowerCase() === 't' && textAt(raw, i + 2) === '-' && CLITICS.has(textAt(raw, i + 3).toLowerCase()) && chain(3)) return 4;
  return CLITICS.has(textAt(raw, i + 1).toLowerCase()) && chain(1) ? 2 : 0;
}

/** How many raw tokens from i spell a lower-case hyphenated compound: "porte - parole" (3), "état - major". */
function compoundLength(raw: RawTokens, i: number): number {
  let n = 1;
  const word = (k: number): boolean => /^\p{Ll}+$/u.test(textAt(raw, k));
  if (!word(i)) return 0;
  while (textAt(raw, i + n) === '-' && glued(raw, i + n) && glued(raw, i + n + 1) && word(i + n + 1) && cliticLength(raw, i + n) === 0) n += 2;
  return n > 1 ? n : 0;
}

export function frenchTokens(raw: RawTokens, text: string): RawTokens {
  const out = new Pieces(text);
  for (let i = 0; i < raw.count; i++) {
    const n = cliticLength(raw, i) || compoundLength(raw, i);
    if (n > 0) {
      out.add(raw, i, raw.start[i] as number, endOf(raw, i + n - 1));
      i += n - 1;
    } else {
      splitWord(raw, i, text, out);
    }
  }
  return out.tokens();
}
