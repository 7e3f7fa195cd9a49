/**
 * Tokens, sentences and paragraphs with UTF-16 offsets into the text as given. wink-nlp
 * tokenises and tags; it reports no offsets, so they are rebuilt from each token's preceding
 * whitespace and value, and checked against the text.
 */
import { readDocument, wink } from './wink.js';
import { frenchTokens } from './french-tokens.js';
import type { RawToken } from './raw-token.js';

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

/** Whether closer b belongs to the token before it: glued to it, or, in French, a closing
 * guillemet after a space ("exclu. »"). */
type Glue = (a: RawToken | undefined, b: RawToken | undefined) => boolean;

const gluedOnly: Glue = (a, b) => a !== undefined && b !== undefined && a.end === b.start;

function frenchGlue(text: string): Glue {
  return (a, b) => gluedOnly(a, b) || (a !== undefined && b?.text === '»' && /^[ \t\u00a0\u202f]+$/.test(text.slice(a.end, b.start)));
}

/** A closer ends a sentence when the glued run of closers before it starts at a full stop. */
function endsSentence(raw: readonly RawToken[], i: number, glue: Glue): boolean {
  let k = i;
  while (k > 0 && raw[k]?.isCloser && glue(raw[k - 1], raw[k])) k--;
  return k < i && raw[k]?.isSentenceEnd === true;
}

/**
 * Splits tokens into sentences: at sentence punctuation (plus any closing quotes or brackets
 * after it), and at every line break, since a line without final punctuation (a headline, a
 * dateline) is its own unit in news text. French text (`language` "fr") has its elisions and
 * inversions split and closed-class tags instead of wink's English ones (french-tokens.ts), and
 * keeps a closing guillemet set off by a space with its sentence.
 */
export function tokenize(text: string, language = 'en'): TextLayers {
  const french = language === 'fr';
  const raw = french ? frenchTokens(rawTokens(text), text) : rawTokens(text);
  const glue = french ? frenchGlue(text) : gluedOnly;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let sentenceFirst = 0;
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
    const gluedCloser = next !== undefined && next.isCloser && glue(r, next);
    const ends = r.isSentenceEnd || (r.isCloser && endsSentence(raw, i, glue));
    if (ends && !gluedCloser && !next?.isSentenceEnd && !continuesSentence(raw, i)) {
      closeSentence();
    }
  }
  closeSentence();
  return { text, tokens, sentences };
}
