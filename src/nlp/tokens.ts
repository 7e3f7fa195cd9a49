/**
 * Tokens, sentences and paragraphs with UTF-16 offsets into the text as given. wink-nlp
 * tokenises and tags; it reports no offsets, so they are rebuilt from each token's preceding
 * whitespace and value, and checked against the text.
 */
import { readDocument, wink } from './wink.js';

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

/**
 * wink's tokens as parallel arrays (one slot per token, no object each): text, POS, start
 * offset and what the token is to sentence splitting.
 */
interface WinkTokens {
  readonly count: number;
  readonly text: readonly string[];
  readonly pos: readonly string[];
  readonly start: Int32Array;
  readonly kind: Uint8Array;
}

/** Kind bits: whitespace (a line break token); sentence punctuation . ! ? …; closing quotes and brackets. */
const BREAK = 1;
const SENTENCE_END = 2;
const CLOSER = 4;

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

function readWinkTokens(text: string): WinkTokens {
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

const endOf = (raw: WinkTokens, i: number): number => (raw.start[i] as number) + (raw.text[i] as string).length;

/** After an abbreviation's full stop the sentence goes on: "(D-Md.), chair of …", "Va. and …". */
function continuesSentence(raw: WinkTokens, i: number): boolean {
  if (i + 1 >= raw.count || ((raw.kind[i + 1] as number) & BREAK) !== 0) return false;
  const next = raw.text[i + 1] as string;
  return CONTINUING_MARK.test(next) || LOWER_CASE_FIRST.test(next);
}

/** A closer ends a sentence when the glued run of closers before it starts at a full stop. */
function endsSentence(raw: WinkTokens, i: number): boolean {
  let k = i;
  while (k > 0 && ((raw.kind[k] as number) & CLOSER) !== 0 && endOf(raw, k - 1) === raw.start[k]) k--;
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
 * dateline) is its own unit in news text, and after a dateline's dash.
 */
export function tokenize(text: string): TextLayers {
  const raw = readWinkTokens(text);
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
    const gluedCloser = (nextKind & CLOSER) !== 0 && raw.start[i + 1] === end;
    const ends = (kind & SENTENCE_END) !== 0 || ((kind & CLOSER) !== 0 && endsSentence(raw, i));
    if (ends && !gluedCloser && (nextKind & SENTENCE_END) === 0 && !continuesSentence(raw, i)) {
      closeSentence();
    } else if (sentenceFirst === paragraphFirst && endsDateline(tokens, paragraphFirst, tokens[tokens.length - 1] as Token)) {
      closeSentence();
    }
  }
  closeSentence();
  return { text, tokens, sentences };
}
