/** A token as the tokenizer first reads it, before sentences and paragraphs are assigned. */
export interface RawToken {
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
