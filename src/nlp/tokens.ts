/**
 * Tokens, sentences and paragraphs with UTF-16 offsets into the text as given. wink-nlp
 * tokenises and tags; it reports no offsets, so they are rebuilt from each token's preceding
 * whitespace and value, and checked against the text.
 */
import { readDocument, wink } from './wink.js';
import { frenchTokens } from './french-tokens.js';
import { BREAK, CLOSER, endOf, SENTENCE_END, type RawTokens } from './raw-token.js';

export interface Token {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, PUNCT, …) */
  readonly pos: string;
  readonly sentence: number;
  readonly paragraph: number;
}

export interface Sentence {
  readonly index: number;
  /** token indexes, end exclusive */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
}

export interface TextLayers {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

/** Whether the tokens from `at` on are these lower-case words, in order ("according", "to"). */
export function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  return words.every((w, k) => tokens[at + k]?.lower === w);
}

const SPACES = /^\s+$/;
const SENTENCE_PUNCTUATION = /^[.!?…]+$/;
const CLOSERS = /^["'”’»)\]]+$/;
const CONTINUING_MARK = /^[,;:)\]]$/;
const LOWER_CASE_FIRST = /^\p{Ll}/u;

function kindOf(value: string): number {
  const c = value.charCodeAt(0);
  // most tokens start with an ASCII letter or digit, which none of the kinds can
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 0;
  return (SPACES.test(value) ? BREAK : 0) | (SENTENCE_PUNCTUATION.test(value) ? SENTENCE_END : 0) | (CLOSERS.test(value) ? CLOSER : 0);
}

function readWinkTokens(text: string): RawTokens {
  const { its } = wink();
  const winkTokens = readDocument(text).tokens();
  // wink's arrays are ours: the kept tokens are compacted into them in place
  const values = winkTokens.out() as string[];
  const spaces = winkTokens.out(its.precedingSpaces) as string[];
  const tags = winkTokens.out(its.pos) as string[];
  const start = new Int32Array(values.length);
  const kind = new Uint8Array(values.length);
  let count = 0;
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += (spaces[i] as string).length;
    const value = values[i] as string;
    // wink keeps the text verbatim; if it ever did not, resynchronise rather than emit a bad span
    if (!text.startsWith(value, offset)) {
      const found = text.indexOf(value, offset);
      if (found < 0) continue;
      offset = found;
    }
    values[count] = value;
    tags[count] = tags[i] ?? 'X';
    start[count] = offset;
    kind[count] = kindOf(value);
    count++;
    offset += value.length;
  }
  return { count, text: values, pos: tags, start, kind };
}

/** After an abbreviation's full stop the sentence goes on: "(D-Md.), chair of …", "Va. and …". */
function continuesSentence(raw: RawTokens, i: number): boolean {
  if (i + 1 >= raw.count || ((raw.kind[i + 1] as number) & BREAK) !== 0) return false;
  const next = raw.text[i + 1] as string;
  return CONTINUING_MARK.test(next) || LOWER_CASE_FIRST.test(next);
}

/** Whether closer b belongs to token a before it: glued to it, or, in French, a closing
 * guillemet after a space ("exclu. »"). */
type Glue = (raw: RawTokens, a: number, b: number) => boolean;

const gluedOnly: Glue = (raw, a, b) => endOf(raw, a) === raw.start[b];

const SPACED_GUILLEMET = /^[ \t\u00a0\u202f]+$/;

function frenchGlue(text: string): Glue {
  return (raw, a, b) => gluedOnly(raw, a, b) || (raw.text[b] === '»' && SPACED_GUILLEMET.test(text.slice(endOf(raw, a), raw.start[b])));
}

/** A closer ends a sentence when the glued run of closers before it starts at a full stop. */
function endsSentence(raw: RawTokens, i: number, glue: Glue): boolean {
  let k = i;
  while (k > 0 && ((raw.kind[k] as number) & CLOSER) !== 0 && glue(raw, k - 1, k)) k--;
  return k < i && ((raw.kind[k] as number) & SENTENCE_END) !== 0;
}

const DATELINE_DASHES = new Set(['—', '–', '--', '-']);
/** Words a dateline may hold: capitalised places and months, numbers, abbreviations, brackets. */
const DATELINE_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|\d[\d/.]*|[,.()/])$/u;
const DATELINE_REACH = 12;

/**
 * The dash of a dateline opening a paragraph ("EASTMERE, March 8 (Northern Wire) —",
 * "WASHINGTON -"): every token before it looks like a place, a date or an agency. Not "Trump —
 * who …": a lower-case word or a verb before the dash makes it prose.
 */
function endsDateline(tokens: readonly Token[], paragraphFirst: number, dash: Token): boolean {
  if (!DATELINE_DASHES.has(dash.text) || dash.index - paragraphFirst > DATELINE_REACH || dash.index === paragraphFirst) return false;
  const first = tokens[paragraphFirst] as Token;
  if (!/^\p{Lu}{2}/u.test(first.text)) return false;
  for (let k = paragraphFirst; k < dash.index; k++) {
    const t = tokens[k] as Token;
    if (!DATELINE_WORD.test(t.text) || t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return true;
}

/**
 * Splits tokens into sentences: at sentence punctuation (plus any closing quotes or brackets
 * after it), at every line break, since a line without final punctuation (a headline, a
 * dateline) is its own unit in news text, and after a dateline's dash. French text (`language`
 * "fr") has its elisions and inversions split and closed-class tags instead of wink's English
 * ones (french-tokens.ts), and keeps a closing guillemet set off by a space with its sentence.
 */
export function tokenize(text: string, language = 'en'): TextLayers {
  const french = language === 'fr';
  const raw = french ? frenchTokens(readWinkTokens(text), text) : readWinkTokens(text);
  const glue = french ? frenchGlue(text) : gluedOnly;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let sentenceFirst = 0;
  let paragraphFirst = 0;
  const closeSentence = (): void => {
    if (tokens.length === sentenceFirst) return;
    const first = tokens[sentenceFirst] as Token;
    const last = tokens[tokens.length - 1] as Token;
    sentences.push({
      index: sentences.length,
      first: sentenceFirst,
      last: tokens.length,
      start: first.start,
      end: last.end,
      paragraph,
    });
    sentenceFirst = tokens.length;
  };
  for (let i = 0; i < raw.count; i++) {
    const value = raw.text[i] as string;
    const kind = raw.kind[i] as number;
    if ((kind & BREAK) !== 0) {
      if (value.includes('\n')) {
        closeSentence();
        paragraph++;
        paragraphFirst = tokens.length;
      }
      continue;
    }
    const start = raw.start[i] as number;
    const end = start + value.length;
    tokens.push({
      index: tokens.length,
      start,
      end,
      text: value,
      lower: value.toLowerCase(),
      pos: raw.pos[i] as string,
      sentence: sentences.length,
      paragraph,
    });
    const hasNext = i + 1 < raw.count;
    const nextKind = hasNext ? (raw.kind[i + 1] as number) : 0;
    // closing quotes and brackets glued to the full stop belong to the sentence; an opening mark
    // after a space starts the next one
    const gluedCloser = (nextKind & CLOSER) !== 0 && glue(raw, i, i + 1);
    const ends = (kind & SENTENCE_END) !== 0 || ((kind & CLOSER) !== 0 && endsSentence(raw, i, glue));
    if (ends && !gluedCloser && (nextKind & SENTENCE_END) === 0 && !continuesSentence(raw, i)) {
      closeSentence();
    } else if (sentenceFirst === paragraphFirst && endsDateline(tokens, paragraphFirst, tokens[tokens.length - 1] as Token)) {
      closeSentence();
    }
  }
  closeSentence();
  return { text, tokens, sentences };
}
