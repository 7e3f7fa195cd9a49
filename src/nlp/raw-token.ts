/**
 * Tokens as the tokenizer first reads them, before sentences and paragraphs are assigned:
 * parallel arrays (one slot per token, no object each) of text, POS, start offset and what the
 * token is to sentence splitting. The arrays may be longer than `count`; slots from `count` on
 * mean nothing.
 */
export interface RawTokens {
  readonly count: number;
  readonly text: readonly string[];
  readonly pos: readonly string[];
  readonly start: Int32Array;
  readonly kind: Uint8Array;
}

/** Kind bits: whitespace (a line break token); sentence punctuation . ! ? …; closing quotes and brackets. */
export const BREAK = 1;
export const SENTENCE_END = 2;
export const CLOSER = 4;

/** The end offset of token i. */
export const endOf = (raw: RawTokens, i: number): number => (raw.start[i] as number) + (raw.text[i] as string).length;
