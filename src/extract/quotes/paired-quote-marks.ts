/**
 * Finds direct quotations by pairing quote marks on the raw text.
 *
 *   “We do not rule out any option,” he said.      → one quote, content "We do not rule out any option,"
 *   “First paragraph.\n\n“Second,” she said.        → one quote over two paragraphs (the open
 *                                                     paragraph-initial mark continues the quote)
 *   He called it "a sham" and left.                 → one short quote (a fragment, not a statement)
 *   It's 5' 11" tall                                → nothing usable (an unpaired mark is dropped)
 *
 * Straight double quotes (and '' doubled apostrophes) open or close by position (after a word
 * they close); typographic marks say which they are. Single quotes are left alone: they are
 * mostly apostrophes.
 */
import type { Span } from '../../core/span.js';
import { spanOf, trimmedSpan } from '../../core/span.js';

export interface Quote {
  /** offset of the opening mark */
  readonly open: number;
  /** offset just after the closing mark (or the paragraph end for an unclosed quote) */
  readonly close: number;
  /** the quoted words without marks, one part per paragraph */
  readonly parts: readonly Span[];
  readonly content: Span;
  readonly words: number;
}

const OPENERS = new Set(['“', '«', '„', '‟']);
const CLOSERS = new Set(['”', '»']);
const STRAIGHT = '"';
/** The only characters that open, close or end a quote: the marks above, apostrophes, line breaks. */
const SIGNIFICANT = new RegExp(`[\n${STRAIGHT}'${[...OPENERS, ...CLOSERS].join('')}]`, 'g');
/** A quote longer than this without a closing mark is treated as a stray mark. */
const MAX_OPEN_PARAGRAPHS = 12;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}.,!?;:…)\]-]/u.test(ch);
}

/** Content trimmed of surrounding space and the comma that English places inside the closing mark. */
function contentSpan(text: string, start: number, end: number): Span {
  const trimmed = trimmedSpan(text, start, end);
  let e = trimmed.end;
  while (e > trimmed.start && /[,\s]/.test(text[e - 1] ?? '')) e--;
  return spanOf(text, trimmed.start, e);
}

function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
}

function startsParagraph(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n';
}

/** The offset of the first significant character from `from` on, or the text's length. */
function nextSignificant(text: string, from: number): number {
  SIGNIFICANT.lastIndex = from;
  return SIGNIFICANT.exec(text)?.index ?? text.length;
}

interface OpenQuote {
  open: number;
  partStart: number;
  parts: Span[];
  paragraphs: number;
  straight: boolean;
  paragraphStart: boolean;
}

function finish(text: string, q: OpenQuote, partEnd: number, close: number): Quote | null {
  const parts = [...q.parts, contentSpan(text, q.partStart, partEnd)].filter((p) => p.end > p.start);
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) return null;
  const content = spanOf(text, first.start, last.end);
  return { open: q.open, close, parts, content, words: countWords(content.text) };
}

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let current: OpenQuote | null = null;
  for (let i = 0; i <= text.length; i++) {
    // every other character leaves the state as it is
    i = nextSignificant(text, i);
    if (i === text.length) {
      const q = current?.paragraphStart ? finish(text, current, i, i) : null;
      if (q) quotes.push(q);
      break;
    }
    const ch = text[i] as string;
    if (ch === '\n') {
      if (!current) continue;
      // a paragraph break inside a quote: it goes on only if the next paragraph opens with a mark
      let j = i;
      while (j < text.length && /\s/.test(text[j] ?? '')) j++;
      const next = text[j];
      const nextWidth = next === "'" && text[j + 1] === "'" ? 2 : 1;
      if (next !== undefined && (OPENERS.has(next) || next === STRAIGHT || nextWidth === 2) && current.paragraphs < MAX_OPEN_PARAGRAPHS) {
        current.parts.push(contentSpan(text, current.partStart, i));
        current.partStart = j + nextWidth;
        current.paragraphs++;
        current.paragraphStart = true;
        i = j;
      } else {
        // a paragraph that opens with a mark and never closes it is quoted to its end
        const q = current.paragraphStart ? finish(text, current, i, i) : null;
        if (q) quotes.push(q);
        current = null;
      }
      continue;
    }
    // two apostrophes stand for a straight double quote in some newspaper archives: ''…''
    const doubled = ch === "'" && text[i + 1] === "'";
    const straight = ch === STRAIGHT || doubled;
    // „…“ closes with “; and a misused “ glued to the words before it closes too (“…,“ said X)
    const germanClose = ch === '“' && current !== null && text[current.open] === '„';
    const gluedOpener = ch === '“' && current !== null && isWordChar(text[i - 1]) && /\s|$/.test(text[i + 1] ?? '');
    const closes = CLOSERS.has(ch) || germanClose || gluedOpener || (straight && current !== null && (current.straight || isWordChar(text[i - 1])));
    if (ch === "'" && !doubled) continue;
    // a misused ” or » that opens a paragraph right before a word ("”Fear. I am …”") opens the quote
    const strayOpener = current === null && CLOSERS.has(ch) && startsParagraph(text, i) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
    const width = doubled ? 2 : 1;
    if (current && closes) {
      const q = finish(text, current, i, i + width);
      if (q) quotes.push(q);
      current = null;
    } else if (OPENERS.has(ch) || straight || strayOpener) {
      current = { open: i, partStart: i + width, parts: [], paragraphs: 0, straight, paragraphStart: startsParagraph(text, i) };
    }
    i += width - 1;
  }
  return quotes;
}
