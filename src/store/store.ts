/**
 * The store contract: what the CLI, the jobs and (later) the server may ask of a store of
 * analysed articles. It speaks in the analysis document's shapes and in filters, never in SQL,
 * so a PostgreSQL implementation can replace the SQLite one without touching a caller.
 */
import type { ActorKind, AnalysisDocument, Role, Statement, StatementKind } from '../core/analysis.js';
import type { Span } from '../core/span.js';

/** What a source told us about an article beyond the analysis document. */
export interface ArticleExtras {
  readonly authors: readonly string[];
  /** where it was read from: a path, "items.jsonl:12", a URL */
  readonly origin: string;
  /** the analyser that produced the document (see ANALYZER_VERSION) */
  readonly analyzerVersion: string;
}

export interface ArticleRef {
  readonly id: string;
  readonly url: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly published: string | null;
}

export type AddStatus = 'added' | 'unchanged';

export interface AddOutcome {
  readonly status: AddStatus;
  readonly articleId: string;
  readonly statements: number;
}

/** An article as stored: enough to analyse it again. */
export interface StoredArticle extends ArticleRef {
  readonly text: string;
  readonly language: string;
  readonly authors: readonly string[];
  readonly origin: string;
  readonly analyzerVersion: string;
}

/** The first article that carried a quote, and how many carried it. */
export interface ClusterInfo {
  readonly id: string;
  readonly carriers: number;
  readonly first: { readonly articleId: string; readonly outlet: string | null; readonly published: string | null };
}

/**
 * A statement as the analysis document has it, with store-wide actor ids in `speaker` and
 * `via`, their names beside them, and the article it came from.
 */
export interface StoredStatement extends Statement {
  readonly speakerName: string | null;
  readonly speakerKind: ActorKind | null;
  readonly speakerRoles: readonly Role[];
  readonly viaName: string | null;
  readonly article: ArticleRef;
  readonly cluster: ClusterInfo | null;
}

export type StatementOrder = 'oldest' | 'newest';

/** An article's text and language: what its spans point into and how to read it. */
export interface ArticleText {
  readonly id: string;
  readonly text: string;
  readonly language: string;
}

export interface StatementFilter {
  /** an actor id, or a name (any form: "Barrot", "Jean-Noel Barrot") */
  readonly speaker?: string;
  readonly actorKind?: ActorKind;
  readonly outlet?: string;
  /** full-text match on the statement's content */
  readonly about?: string;
  /** YYYY-MM-DD, inclusive, on the statement's date (else its article's) */
  readonly since?: string;
  readonly until?: string;
  readonly kind?: StatementKind;
  /** only statements whose speaker is an anonymous source */
  readonly anonymous?: boolean;
  readonly articleId?: string;
  /** only statements of these articles (a caller's own selection, such as articlesWithWords) */
  readonly articleIds?: readonly string[];
  /** the listing order by day: oldest first (the default) or newest first; undated statements come last either way */
  readonly order?: StatementOrder;
  /** statements after this cursor, as returned in `StatementPage.next` (of a listing in the same order) */
  readonly after?: string;
  readonly limit?: number;
}

export interface StatementPage {
  readonly statements: readonly StoredStatement[];
  /** pass as `after` for the next page; null when there is none */
  readonly next: string | null;
}

export interface RoleSeen extends Role {
  /** YYYY-MM-DD of the first and last article that gave the role (null when undated) */
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly articles: number;
}

export interface ActorSummary {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly roles: readonly RoleSeen[];
  readonly articles: number;
  readonly statements: number;
}

export interface ActorFilter {
  readonly kind?: ActorKind;
  /** name or id, any form */
  readonly name?: string;
  readonly limit?: number;
}

export interface ActorMention extends Span {
  readonly articleId: string;
}

export interface OutletCount {
  readonly outlet: string | null;
  readonly statements: number;
  readonly articles: number;
}

export interface ActorDetail {
  readonly actor: ActorSummary;
  /** every name form seen, fullest first */
  readonly names: readonly string[];
  readonly mentions: readonly ActorMention[];
  readonly statements: readonly StoredStatement[];
  /** the outlets that quoted the actor, most statements first */
  readonly outlets: readonly OutletCount[];
}

export interface TimelineDay {
  readonly day: string | null;
  readonly statements: number;
  readonly speakers: readonly { readonly id: string | null; readonly name: string | null; readonly statements: number }[];
}

export interface OutletSourcing {
  readonly outlet: string | null;
  readonly articles: number;
  readonly statements: number;
  /** share of statements whose speaker is an anonymous source */
  readonly anonymousShare: number;
  /** share of statements that came through another outlet ("according to Le Monde", "told the BBC") */
  readonly secondHandShare: number;
}

export interface ArticleHit extends ArticleRef {
  /** the matching passage, with the matched words in [brackets] */
  readonly snippet: string;
}

export interface SearchResult {
  readonly statements: readonly StoredStatement[];
  readonly articles: readonly ArticleHit[];
}

export interface QuoteCluster extends ClusterInfo {
  readonly content: string;
  readonly speakerName: string | null;
  readonly statements: readonly StoredStatement[];
}

/**
 * A node of the network: an actor, or an outlet. An actor that is an outlet (of kind media, or
 * named like the outlet of a stored article) is drawn as that outlet, so "the Northern Wire
 * quoted the Eastmere Gazette" joins two outlets; `actorId` then still leads to its actor page.
 */
export interface NetworkNode {
  /** the actor id ("A12"), or "outlet:" and the outlet's name in lower case */
  readonly id: string;
  readonly kind: 'actor' | 'outlet';
  readonly label: string;
  readonly actorId: string | null;
  readonly actorKind: ActorKind | null;
  /** matching statements the node made (as speaker) or carried (as the article's outlet) */
  readonly statements: number;
}

/**
 * - `quoted`: the outlet (source) carried statements by the actor (target); weight = statements.
 * - `via`: the speaker (source) spoke through the actor or outlet (target): "told Le Monde",
 *   "according to Le Monde, which cites …"; weight = statements.
 * - `together`: two speakers (source id < target id, undirected) spoke in the same articles;
 *   weight = articles. Anonymous and group sources are left out: they are actors of one article,
 *   so they would only add a clique per article and never a tie across articles.
 */
export type NetworkEdgeKind = 'quoted' | 'via' | 'together';
/** the kinds in the order `network` lists edges */
export const NETWORK_EDGE_KINDS: readonly NetworkEdgeKind[] = ['quoted', 'via', 'together'];

export interface NetworkEdge {
  readonly kind: NetworkEdgeKind;
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

export interface NetworkGraph {
  /** the nodes of the edges, most statements first */
  readonly nodes: readonly NetworkNode[];
  /** by kind (quoted, via, together), heaviest first */
  readonly edges: readonly NetworkEdge[];
}

export interface StoreCounts {
  readonly articles: number;
  readonly statements: number;
  readonly actors: number;
}

export interface Store {
  /** the file (or connection) the store lives in, for messages */
  readonly location: string;
  hasArticle(id: string): boolean;
  /** Stores an analysed article in one transaction; the same text again is `unchanged`. */
  addArticle(document: AnalysisDocument, extras: ArticleExtras): AddOutcome;
  /** Replaces an article's analysis (same text), keeping manual actor corrections. */
  replaceAnalysis(document: AnalysisDocument, analyzerVersion: string): void;
  /** Articles whose analysis was made by another analyser version (all with `all`). */
  articlesToReanalyze(analyzerVersion: string, all: boolean): readonly StoredArticle[];
  article(id: string): (StoredArticle & { readonly document: AnalysisDocument }) | null;
  /**
   * The articles (id, text, language) that contain, for at least one group, a word starting with
   * each of the group's prefixes (accents and case ignored): a cheap superset of the articles a
   * question's terms can match, with what judging their statements needs and no more.
   */
  articlesWithWords(groups: readonly (readonly string[])[]): ArticleText[];
  counts(): StoreCounts;
  /**
   * A token that changes whenever what the store holds changes, by this connection or another
   * (another server process, a `whosaid ingest` beside the server): what answers derived from
   * the store can be cached under.
   */
  revision(): string;

  statements(filter: StatementFilter): StatementPage;
  actors(filter: ActorFilter): readonly ActorSummary[];
  actor(idOrName: string): ActorDetail | null;
  timeline(filter: StatementFilter): readonly TimelineDay[];
  sources(filter: StatementFilter): readonly OutletSourcing[];
  search(text: string, limit?: number): SearchResult;
  clusters(filter: StatementFilter & { readonly minCarriers?: number }): readonly QuoteCluster[];
  /** Outlets and actors of the matching statements; `limit` keeps the heaviest edges of each kind. */
  network(filter: StatementFilter): NetworkGraph;

  /** `absorbed` becomes part of `kept`, now and after any re-analysis. */
  mergeActors(kept: string, absorbed: string): ActorSummary;
  /** Moves the mentions under one name form (or in one article) to a new actor, for good. */
  splitActor(actor: string, by: { readonly name?: string; readonly articleId?: string }): ActorSummary;
  renameActor(actor: string, name: string): ActorSummary;

  close(): void;
}
