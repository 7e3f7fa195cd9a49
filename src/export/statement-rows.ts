/**
 * Statements as flat rows for spreadsheets and data frames: one row per statement, every
 * column a scalar, offsets kept so each row can be traced back to its words.
 */
import type { StoredStatement } from '../store/store.js';

export const STATEMENT_ROW_COLUMNS = [
  'statement_id',
  'article_id',
  'article_url',
  'outlet',
  'article_title',
  'published',
  'date',
  'date_precision',
  'date_basis',
  'kind',
  'speaker_id',
  'speaker',
  'speaker_kind',
  'role',
  'affiliation',
  'source_text',
  'source_start',
  'source_end',
  'cue',
  'cue_start',
  'cue_end',
  'content',
  'content_start',
  'content_end',
  'via_id',
  'via',
  'cluster_id',
  'cluster_carriers',
  'rule',
] as const;

export type StatementRow = Record<(typeof STATEMENT_ROW_COLUMNS)[number], string | number | null>;

export function statementRow(s: StoredStatement): StatementRow {
  const role = s.speakerRoles[0];
  return {
    statement_id: s.id,
    article_id: s.article.id,
    article_url: s.article.url,
    outlet: s.article.outlet,
    article_title: s.article.title,
    published: s.article.published,
    date: s.date?.value ?? null,
    date_precision: s.date?.precision ?? null,
    date_basis: s.date?.basis ?? null,
    kind: s.kind,
    speaker_id: s.speaker,
    speaker: s.speakerName,
    speaker_kind: s.speakerKind,
    role: role?.title ?? null,
    affiliation: role?.affiliation ?? null,
    source_text: s.source?.text ?? null,
    source_start: s.source?.start ?? null,
    source_end: s.source?.end ?? null,
    cue: s.cue?.text ?? null,
    cue_start: s.cue?.start ?? null,
    cue_end: s.cue?.end ?? null,
    content: s.content.text,
    content_start: s.content.start,
    content_end: s.content.end,
    via_id: s.via,
    via: s.viaName,
    cluster_id: s.cluster?.id ?? null,
    cluster_carriers: s.cluster?.carriers ?? null,
    rule: s.rule,
  };
}
