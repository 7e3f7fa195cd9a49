/**
 * Typed errors for bad input and misuse. Text-level problems are never thrown: they are
 * diagnostics in the analysis document. Each code maps to one CLI exit code (docs/errors.md).
 */
export const ERROR_CODES = {
  E_USAGE: { exitCode: 2, summary: 'the command line is wrong' },
  E_INPUT_NOT_FOUND: { exitCode: 3, summary: 'an input path does not exist' },
  E_INPUT_IS_DIRECTORY: { exitCode: 3, summary: 'an input path is a directory' },
  E_INPUT_UNREADABLE: { exitCode: 3, summary: 'an input could not be read' },
  E_INPUT_TOO_LARGE: { exitCode: 3, summary: 'an input is larger than the size limit' },
  E_INPUT_BINARY: { exitCode: 3, summary: 'an input is binary data, not text' },
  E_INPUT_ENCODING: { exitCode: 3, summary: 'an input could not be decoded as text' },
  E_INPUT_FORMAT: { exitCode: 3, summary: 'an input is not in a format whosaid can read' },
  E_FETCH: { exitCode: 3, summary: 'a URL could not be fetched' },
  E_FETCH_REFUSED: { exitCode: 3, summary: 'a URL was not fetched because it is not allowed' },
  E_OUTPUT: { exitCode: 3, summary: 'an output file could not be written' },
  E_STORE: { exitCode: 3, summary: 'the store could not be opened or is not a whosaid store' },
  E_QUESTIONS: { exitCode: 3, summary: 'a questions file or question is not usable' },
  E_AMBIGUOUS: { exitCode: 2, summary: 'a name given on the command line names several actors' },
  E_NOT_FOUND: { exitCode: 4, summary: 'nothing in the store matches what was named' },
  E_INTERNAL: { exitCode: 1, summary: 'a bug in whosaid' },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class WhosaidError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WhosaidError';
    this.code = code;
  }

  get exitCode(): number {
    return ERROR_CODES[this.code].exitCode;
  }
}
