/**
 * A statement as the attribution rules find it: spans and token ranges, before actors exist.
 * resolve/ turns candidates into the document's statements.
 */
import type { Span } from '../../core/span.js';
import type { StatementKind } from '../../core/analysis.js';

export interface TokenRange {
  /** token indexes, end exclusive */
  readonly first: number;
  readonly last: number;
}

/** A setting such as "in an interview with the BBC", possibly naming the addressee. */
export interface Setting {
  readonly first: number;
  readonly last: number;
  readonly addressee: TokenRange | null;
}

export interface Candidate {
  readonly rule: string;
  readonly kind: StatementKind;
  /** the words naming the speaker here, if any */
  readonly source: Span | null;
  readonly sourceTokens: TokenRange | null;
  /** how the source refers: a relative pronoun points at `antecedent` */
  readonly antecedent: TokenRange | null;
  readonly cue: Span | null;
  readonly cueToken: number | null;
  readonly contentParts: readonly Span[];
  /** the outlet or addressee: "told Le Monde", "According to Le Monde, which cites …" */
  readonly addressee: TokenRange | null;
  /** "According to Le Monde, which cites informed sources": the sources behind the outlet */
  readonly origin: TokenRange | null;
  readonly sentence: number;
  /** the statement is reported as earlier than the article ("has previously noted") */
  readonly past: boolean;
  /** a quote with no cue of its own continues this earlier statement's speaker */
  readonly continues: Candidate | null;
}
