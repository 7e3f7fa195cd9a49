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

interface RawToken {
  start: number;
  end: number;
  text: string;
  pos: string;
  isBreak: boolean;
  /** sentence punctuation: . ! ? … */
  isSentenceEnd: boolean;
  /** closing quotes and brackets */
  isCloser: boolean;
}

const SPACES = /^\s+$/;
const SENTENCE_END = /^[.!?…]+$/;
const CLOSERS = /^["'”’»)\]]+$/;

function rawTokens(text: string): RawToken[] {
  const { its } = wink();
  const winkTokens = readDocument(text).tokens();
  const values = winkTokens.out() as string[];
  const spaces = winkTokens.out(its.precedingSpaces) as string[];
  const tags = winkTokens.out(its.pos) as string[];
  const out: RawToken[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += (spaces[i] ?? '').length;
    const value = values[i] ?? '';
    // wink keeps the text verbatim; if it ever did not, resynchronise rather than emit a bad span
    if (text.startsWith(value, offset) === false) {
      const found = text.indexOf(value, offset);
      if (found < 0) continue;
      offset = found;
    }
    out.push({
      start: offset,
      end: offset + value.length,
      text: value,
      pos: tags[i] ?? 'X',
      isBreak: SPACES.test(value),
      isSentenceEnd: SENTENCE_END.test(value),
      isCloser: CLOSERS.test(value),
    });
    offset += value.length;
  }
  return out;
}

/** After an abbreviation's full stop the sentence goes on: "(D-Md.), chair of …", "Va. and …". */
function continuesSentence(raw: readonly RawToken[], i: number): boolean {
  const next = raw[i + 1];
  if (!next || next.isBreak) return false;
  return /^[,;:)\]]$/.test(next.text) || /^\p{Ll}/u.test(next.text);
}

/** A closer ends a sentence when the glued run of closers before it starts at a full stop. */
function endsSentence(raw: readonly RawToken[], i: number): boolean {
  let k = i;
  while (k > 0 && raw[k]?.isCloser && raw[k - 1]?.end === raw[k]?.start) k--;
  return k < i && raw[k]?.isSentenceEnd === true;
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
  const raw = rawTokens(text);
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
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i] as RawToken;
    if (r.isBreak) {
      if (r.text.includes('\n')) {
        closeSentence();
        paragraph++;
        paragraphFirst = tokens.length;
      }
      continue;
    }
    tokens.push({
      index: tokens.length,
      start: r.start,
      end: r.end,
      text: r.text,
      lower: r.text.toLowerCase(),
      pos: r.pos,
      sentence: sentences.length,
      paragraph,
    });
    const next = raw[i + 1];
    // closing quotes and brackets glued to the full stop belong to the sentence; an opening mark
    // after a space starts the next one
    const gluedCloser = next !== undefined && next.isCloser && next.start === r.end;
    const ends = r.isSentenceEnd || (r.isCloser && endsSentence(raw, i));
    if (ends && !gluedCloser && !next?.isSentenceEnd && !continuesSentence(raw, i)) {
      closeSentence();
    } else if (sentenceFirst === paragraphFirst && endsDateline(tokens, paragraphFirst, tokens[tokens.length - 1] as Token)) {
      closeSentence();
    }
  }
  closeSentence();
  return { text, tokens, sentences };
}
