/** Tables for the store's answers: statements, actors, timeline, outlets, clusters. */
import type { ActorSummary, OutletSourcing, QuoteCluster, StoredStatement, TimelineDay } from '../../store/store.js';
import { contentText, count, renderGrid, roleText, type GridColumn } from './grid.js';

const STATEMENT_COLUMNS: readonly GridColumn<StoredStatement>[] = [
  { title: 'DATE', width: 10, cell: (s) => s.date?.value ?? s.article.published ?? '' },
  { title: 'OUTLET', width: 20, cell: (s) => s.article.outlet ?? '' },
  { title: 'SPEAKER', width: 20, cell: (s) => s.speakerName ?? s.source?.text ?? '' },
  { title: 'ROLE', width: 16, cell: (s) => roleText(s.speakerRoles[0]) },
  { title: 'KIND', width: 8, cell: (s) => s.kind },
  { title: 'CONTENT', width: 40, cell: contentText },
  { title: 'VIA', width: 12, cell: (s) => s.viaName ?? '' },
];

export function statementsTable(statements: readonly StoredStatement[]): string {
  if (statements.length === 0) return 'no statements match\n';
  return renderGrid(STATEMENT_COLUMNS, statements);
}

const ACTOR_COLUMNS: readonly GridColumn<ActorSummary>[] = [
  { title: 'ID', width: 7, cell: (a) => a.id },
  { title: 'NAME', width: 28, cell: (a) => a.name },
  { title: 'KIND', width: 12, cell: (a) => a.kind },
  { title: 'ROLE', width: 36, cell: (a) => roleText(a.roles[0]) },
  { title: 'ARTICLES', width: 8, cell: (a) => String(a.articles) },
  { title: 'STATEMENTS', width: 10, cell: (a) => String(a.statements) },
];

export function actorsTable(actors: readonly ActorSummary[]): string {
  if (actors.length === 0) return 'no actors match\n';
  return renderGrid(ACTOR_COLUMNS, actors);
}

export function timelineTable(days: readonly TimelineDay[]): string {
  if (days.length === 0) return 'no statements match\n';
  return renderGrid<TimelineDay>(
    [
      { title: 'DAY', width: 10, cell: (d) => d.day ?? 'undated' },
      { title: 'STATEMENTS', width: 10, cell: (d) => String(d.statements) },
      {
        title: 'SPEAKERS',
        width: 90,
        cell: (d) => d.speakers.map((s) => `${s.name ?? 'unresolved'} (${s.statements})`).join(', '),
      },
    ],
    days,
  );
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function sourcesTable(outlets: readonly OutletSourcing[]): string {
  if (outlets.length === 0) return 'no statements match\n';
  return renderGrid<OutletSourcing>(
    [
      { title: 'OUTLET', width: 24, cell: (o) => o.outlet ?? '(unknown outlet)' },
      { title: 'ARTICLES', width: 8, cell: (o) => String(o.articles) },
      { title: 'STATEMENTS', width: 10, cell: (o) => String(o.statements) },
      { title: 'ANONYMOUS', width: 9, cell: (o) => percent(o.anonymousShare) },
      { title: 'SECOND-HAND', width: 11, cell: (o) => percent(o.secondHandShare) },
    ],
    outlets,
  );
}

export function clustersTable(clusters: readonly QuoteCluster[]): string {
  if (clusters.length === 0) return 'no quote is carried by several articles\n';
  return clusters
    .map((cluster) => {
      const first = `${cluster.first.outlet ?? '(unknown outlet)'}, ${cluster.first.published ?? 'undated'}`;
      const heading = `${cluster.id}  ${cluster.speakerName ?? 'unresolved speaker'}: “${cluster.content}” — ${count(cluster.carriers, 'article')}, first ${first}`;
      return `${heading}\n${renderGrid(STATEMENT_COLUMNS, cluster.statements)}`;
    })
    .join('\n');
}
