/**
 * chrono's parse, with each parser scanning only the sentences that may hold what it reads.
 *
 * chrono spends its time running every parser's pattern over the whole text. A parser can only
 * return an expression that holds one of its triggers (a month name for the month parsers, a
 * digit for the numeric ones…), and most sentences of an article hold none of a given parser's.
 * So the locale says what the triggers are (`Triggers`), one pass finds them, and each parser
 * runs chrono's own loop over the stretches of text holding its triggers. The refiners then run
 * as in chrono, on every result with the whole text as context: whatever they read around a
 * result (a timezone after it, "end of" before it, the words between two results they merge) is
 * what they read before.
 *
 * The text is cut where no date expression runs across: at closing punctuation followed by
 * spaces or line breaks (the end of a sentence, a quotation, a bracket, a paragraph), unless a
 * trigger stands right before it ("in 1998. Oct. 5", which chrono reads as October 1998). A
 * line break after a word, a digit, a comma or a dash (headlines, datelines, lines broken
 * mid-sentence) is no cut. The pieces between cuts are scanned whole: a parser reads every piece
 * that holds one of its triggers (and, if the locale says so, some text every one of its
 * expressions holds). So what must hold for the results to be chrono's own is that the triggers
 * are a superset: every expression a parser returns holds one of its triggers (each locale
 * argues this parser by parser; its tests check it).
 *
 * A stretch starts at the closing punctuation before it, so that the spaces and line breaks
 * chrono takes in front of an expression ("\n\nNoon") are there and the pattern's left edge
 * sees what it sees in the whole text; it ends one space short of the next piece's first word,
 * so the spaces chrono takes after an expression are there too, as in the whole text when a
 * word follows.
 */
import { ParsingComponents, ParsingContext, ParsingResult } from 'chrono-node';
import type { Chrono, ParsedResult, Parser, ParsingOption } from 'chrono-node';

export interface Triggers {
  /**
   * A global pattern, never matching the empty string: each match is a trigger of some
   * families, or a false alarm (the search then goes on from the next character). The triggers
   * inside a match that is not a false alarm must be among its families.
   */
  readonly pattern: RegExp;
  /** The families (a bit set, 0 for a false alarm) of the trigger `match` found in `text`. */
  readonly familiesAt: (text: string, match: RegExpExecArray) => number;
  /** What `parser` needs, given the pattern it runs; null when it must read the whole text (a parser the locale does not know). */
  readonly needsOf: (parser: Parser, pattern: RegExp) => Need | null;
}

/** What a parser needs to find anything in a piece of text. */
export interface Need {
  /** a trigger of one of these families (a bit set) */
  readonly families: number;
  /** and, when given, text matching this (every expression the parser returns holds such text); not global */
  readonly holding?: RegExp;
}

/** A stretch of the text, [start, end). */
export interface Stretch {
  readonly start: number;
  readonly end: number;
}

/** Text between two cuts, trimmed. */
interface Piece {
  /** first and one past the last character that is not whitespace */
  readonly start: number;
  readonly end: number;
  /** the families of the triggers in the piece */
  families: number;
  /** whether only punctuation stands between a trigger and the end of the piece */
  endsInTrigger: boolean;
}

/**
 * Closing punctuation followed by spaces or line breaks: where a sentence, a quotation or a
 * bracket ends, and with it any date expression, unless a trigger stands right before ("in
 * 1998. Oct. 5", read by chrono as October 1998). Apostrophes are left out ("5 o' clock").
 */
const CUT = /[.!?;:"”»)\]}…]\s+/g;

/** The pieces of `text` between cuts, with the families of their triggers. */
function piecesOf(text: string, triggers: Triggers): Piece[] {
  const pieces: Piece[] = [];
  const add = (start: number, end: number): void => {
    if (end > start) pieces.push({ start, end, families: 0, endsInTrigger: false });
  };
  let start = text.length - text.trimStart().length;
  CUT.lastIndex = 0;
  for (let cut = CUT.exec(text); cut !== null; cut = CUT.exec(text)) {
    add(start, cut.index + 1);
    start = cut.index + cut[0].length;
  }
  add(start, text.trimEnd().length);
  const pattern = triggers.pattern;
  pattern.lastIndex = 0;
  let k = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const families = triggers.familiesAt(text, match);
    if (families === 0) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    const end = match.index + match[0].length;
    while (k < pieces.length && (pieces[k]?.end ?? 0) <= match.index) k++;
    for (let j = k; j < pieces.length && (pieces[j]?.start ?? 0) < end; j++) {
      const piece = pieces[j];
      if (piece === undefined) continue;
      piece.families |= families;
      if (end <= piece.end && !hasWordChar(text, end, piece.end)) piece.endsInTrigger = true;
    }
  }
  return pieces;
}

/** Whether a letter, digit or underscore stands in text[from, to). */
function hasWordChar(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) return true;
  }
  return false;
}

/**
 * The stretches to scan for `need`. Pieces whose cut is cancelled by a trigger before it make a
 * block; a block holding what the parser needs is scanned whole, and neighbouring scanned blocks
 * make one stretch.
 */
function stretchesOf(text: string, pieces: readonly Piece[], need: Need): Stretch[] {
  const stretches: Stretch[] = [];
  let first = -1;
  let blockStart = 0;
  let blockHas = false;
  const close = (last: number): void => {
    stretches.push({ start: stretchStart(pieces[first - 1]), end: stretchEnd(text, pieces[last], pieces[last + 1]) });
    first = -1;
  };
  for (let i = 0; i < pieces.length; i++) {
    if (((pieces[i]?.families ?? 0) & need.families) !== 0) blockHas = true;
    if (i < pieces.length - 1 && pieces[i]?.endsInTrigger) continue;
    if (blockHas && need.holding !== undefined) blockHas = need.holding.test(text.slice(pieces[blockStart]?.start, pieces[i]?.end));
    if (blockHas && first === -1) first = blockStart;
    if (!blockHas && first !== -1) close(blockStart - 1);
    blockStart = i + 1;
    blockHas = false;
  }
  if (first !== -1) close(pieces.length - 1);
  return stretches;
}

/** From the closing punctuation of the piece before. */
function stretchStart(before: Piece | undefined): number {
  return before === undefined ? 0 : before.end - 1;
}

/** To the next piece, one space short of it when it starts with a word character; else to the end of the text. */
function stretchEnd(text: string, last: Piece | undefined, next: Piece | undefined): number {
  if (next === undefined) return text.length;
  return Math.max(last?.end ?? 0, /\w/.test(text[next.start] ?? '') ? next.start - 1 : next.start);
}

/**
 * The stretches of `text` a parser needing `need` scans (the filter itself, for tests).
 * @example
 * triggeredStretches('Nothing here.\n\nHe left on Tuesday.\n', ENGLISH_TRIGGERS, { families: WEEKDAY })
 * // [{ start: 12, end: 35 }]: from the "." before the sentence to the end of the text
 */
export function triggeredStretches(text: string, triggers: Triggers, need: Need): Stretch[] {
  return stretchesOf(text, piecesOf(text, triggers), need);
}

function toResult(context: ParsingContext, match: RegExpExecArray, extracted: NonNullable<ReturnType<Parser['extract']>>): ParsingResult {
  if (extracted instanceof ParsingResult) return extracted;
  if (extracted instanceof ParsingComponents) {
    const result = context.createParsingResult(match.index, match[0]);
    result.start = extracted;
    return result;
  }
  return context.createParsingResult(match.index, match[0], extracted);
}

/**
 * chrono's loop for one parser (Chrono.executeParser), over `stretches` instead of the whole
 * text: the pattern runs on what is left of the stretch, the match is moved to its place in the
 * text before the parser reads it, and the next search starts after the result, or one
 * character after a match the parser turned down.
 */
function executeParser(context: ParsingContext, parser: Parser, pattern: RegExp, stretches: readonly Stretch[]): ParsingResult[] {
  const results: ParsingResult[] = [];
  const text = context.text;
  let from = 0;
  for (const stretch of stretches) {
    from = Math.max(from, stretch.start);
    while (from < stretch.end) {
      const match = pattern.exec(text.slice(from, stretch.end));
      if (match === null) break;
      match.index += from;
      const extracted = parser.extract(context, match);
      if (!extracted) {
        from = match.index + 1;
        continue;
      }
      const result = toResult(context, match, extracted);
      results.push(result);
      from = result.index + result.text.length;
    }
  }
  return results;
}

/**
 * What `chrono.parse(text, reference, option)` returns, each parser reading only the pieces
 * holding its triggers.
 */
export function parseTriggered(
  chrono: Chrono,
  triggers: Triggers,
  text: string,
  reference: Date,
  option: ParsingOption,
): ParsedResult[] {
  const context = new ParsingContext(text, reference, option);
  const whole: Stretch[] = [{ start: 0, end: text.length }];
  let pieces: Piece[] | null = null;
  const stretches = new Map<Need, Stretch[]>();
  let results: ParsingResult[] = [];
  for (const parser of chrono.parsers) {
    const pattern = parser.pattern(context);
    const need = triggers.needsOf(parser, pattern);
    let scanned = whole;
    if (need !== null) {
      pieces ??= piecesOf(text, triggers);
      scanned = stretches.get(need) ?? stretchesOf(text, pieces, need);
      stretches.set(need, scanned);
    }
    results = results.concat(executeParser(context, parser, pattern, scanned));
  }
  results.sort((a, b) => a.index - b.index);
  for (const refiner of chrono.refiners) results = refiner.refine(context, results);
  return results;
}
