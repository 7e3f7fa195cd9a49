/**
 * The analysis document: the contract between the analysis core and everything that consumes it
 * (CLI, store, server, web). Described for outside readers by schema/analysis.schema.json.
 */
import type { Span } from './span.js';
import type { StatementStance } from './stance.js';

export const SCHEMA_VERSION = 'whosaid.analysis/1' as const;

/** ISO 639-1 code of the article's language ("en", "fr"); analysed when a pipeline exists for it. */
export type Language = string;

export type ActorKind = 'person' | 'organization' | 'country' | 'media' | 'anonymous' | 'group';

export interface Role {
  /** e.g. "Foreign Minister", "researcher", "Chair of the Military Committee" */
  readonly title: string | null;
  /** the country or organisation the role belongs to, e.g. "France", "NATO" */
  readonly affiliation: string | null;
}

export interface Actor {
  readonly id: string;
  /** canonical name: the fullest form used in the article */
  readonly name: string;
  readonly kind: ActorKind;
  readonly roles: readonly Role[];
  readonly mentions: readonly Span[];
}

export type StatementKind = 'direct' | 'indirect' | 'mixed';

export type DatePrecision = 'day' | 'month' | 'year';

export interface StatementDate {
  /** YYYY-MM-DD, YYYY-MM or YYYY according to precision */
  readonly value: string;
  readonly precision: DatePrecision;
  /** text: a date expression in the article; publication: the article's publication date */
  readonly basis: 'text' | 'publication';
}

export interface Statement {
  readonly id: string;
  readonly kind: StatementKind;
  /** actor id of the speaker, or null when none could be found */
  readonly speaker: string | null;
  /** the mention of the speaker at this place ("He", "a British military source") */
  readonly source: Span | null;
  /** the words signalling the attribution ("stated", "told", "According to") */
  readonly cue: Span | null;
  /** the reported words; direct quotes without their marks, split quotes from first to last word */
  readonly content: Span;
  /** the pieces of a quote split by its attribution; one element otherwise */
  readonly contentParts: readonly Span[];
  /** actor id of the outlet or addressee the statement went through */
  readonly via: string | null;
  readonly date: StatementDate | null;
  /** id of the rule that found the statement, for explanation and debugging */
  readonly rule: string;
  /** where the statement stands on each question it is about; present only when questions were given */
  readonly stances?: readonly StatementStance[];
}

export interface TimeMention {
  readonly span: Span;
  readonly value: string;
  readonly precision: DatePrecision;
}

export interface PublishedRange {
  /** YYYY-MM-DD: the article cannot be older than this */
  readonly earliest: string | null;
  /** YYYY-MM-DD: the article cannot be newer than this */
  readonly latest: string | null;
}

export interface ArticleInfo {
  /** sha-256 of the text, hex */
  readonly id: string;
  readonly text: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly language: Language;
  /** YYYY-MM-DD as given by the user or the source */
  readonly published: string | null;
  /** inferred from the text when no publication date is given; null when one is */
  readonly publishedRange: PublishedRange | null;
}

export interface Diagnostic {
  readonly severity: 'warning' | 'info';
  readonly code: string;
  readonly message: string;
  readonly span?: Span;
}

export interface AnalysisDocument {
  readonly schema: typeof SCHEMA_VERSION;
  /** the input as named by the user (file path or "-"), when analysed from the CLI */
  readonly input?: string;
  /** the character encoding the input bytes were decoded from, when analysed from bytes */
  readonly encoding?: string;
  readonly article: ArticleInfo;
  readonly actors: readonly Actor[];
  readonly statements: readonly Statement[];
  readonly times: readonly TimeMention[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface AnalyzeOptions {
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly url?: string | null;
  /** YYYY-MM-DD */
  readonly published?: string | null;
  readonly language?: Language;
}
