/**
 * Checks an analysis document against a golden expectation file in the format of the founding
 * article's /work/shared/seed/expected.json, for test/golden/seed.test.ts and
 * test/golden/fixtures.test.ts alike.
 *
 * An expectation says what must be found, not the whole output: every expected statement must be
 * matched by one statement that satisfies all of its fields at once; every expected actor and
 * date must exist. Other statements and actors the analysis finds are not judged here.
 *
 * Each check returns its problems as readable lines (empty when it holds), so a failing test
 * names the expected item and shows the closest statements the analysis did produce.
 */
import { describe, expect, it } from 'vitest';
import type { ActorKind, AnalysisDocument, Statement, StatementKind } from '../../src/core/analysis.js';
import type { Span } from '../../src/core/span.js';
import { schemaErrors } from './analysis-schema.js';

export interface ExpectedStatement {
  /** the item's number, used in test names */
  readonly n?: number;
  /** canonical actor name; a list means a hearsay chain: the speaker is any one, `via` another */
  readonly speaker?: string | readonly string[];
  /** actor name of the outlet or addressee; a list accepts any of them */
  readonly via?: string | readonly string[];
  readonly kind?: StatementKind;
  /** must occur in the cue's text */
  readonly cue_has?: string;
  /** must occur in the content span's text */
  readonly content_has: string;
  /** the statement's date value (YYYY-MM-DD, YYYY-MM or YYYY) */
  readonly date?: string;
  /** the source mention at this place, compared without regard to case */
  readonly source_text?: string;
}

export interface ExpectedActor {
  readonly name: string;
  readonly kind: ActorKind;
  /** one role's title contains this (case-insensitive) … */
  readonly role_has?: string;
  /** … and the same role's affiliation contains this (case- and diacritics-insensitive) */
  readonly affiliation_has?: string;
}

export interface ExpectedDate {
  /** the time mention's span text, exactly */
  readonly text: string;
  readonly value: string;
}

export interface ExpectedAnalysis {
  readonly article?: string;
  readonly notes?: readonly string[];
  readonly statements: readonly ExpectedStatement[];
  readonly actors: readonly ExpectedActor[];
  readonly dates: readonly ExpectedDate[];
  /** article.publishedRange.earliest; checked when present (null included) */
  readonly published_earliest?: string | null;
}

// ---------------------------------------------------------------------------------------------
// Reading expectation files strictly: an unknown or misspelt field would silently drop a check.

const STATEMENT_KEYS = new Set(['n', 'speaker', 'via', 'kind', 'cue_has', 'content_has', 'date', 'source_text']);
const ACTOR_KEYS = new Set(['name', 'kind', 'role_has', 'affiliation_has']);
const DATE_KEYS = new Set(['text', 'value']);
const TOP_KEYS = new Set(['article', 'notes', 'statements', 'actors', 'dates', 'published_earliest']);
const STATEMENT_KINDS = new Set(['direct', 'indirect', 'mixed']);
const ACTOR_KINDS = new Set(['person', 'organization', 'country', 'media', 'anonymous', 'group']);

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNames(value: unknown): boolean {
  return typeof value === 'string' || (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string'));
}

function fieldProblems(where: string, item: unknown, keys: ReadonlySet<string>, required: readonly string[]): string[] {
  if (!isRecord(item)) return [`${where}: not an object`];
  const unknown = Object.keys(item).filter((k) => !keys.has(k));
  const missing = required.filter((k) => !(k in item));
  return [...unknown.map((k) => `${where}: unknown field "${k}"`), ...missing.map((k) => `${where}: missing field "${k}"`)];
}

/** Validates the parsed JSON of an expectation file; throws one error listing every problem. */
export function parseExpected(json: unknown, file: string): ExpectedAnalysis {
  const problems = fieldProblems(file, json, TOP_KEYS, ['statements', 'actors', 'dates']);
  if (!isRecord(json)) throw new Error(problems.join('\n'));
  const list = (key: string): unknown[] => (Array.isArray(json[key]) ? (json[key] as unknown[]) : (problems.push(`${file}: "${key}" is not an array`), []));
  list('statements').forEach((s, i) => {
    const where = `${file} statements[${i}]`;
    problems.push(...fieldProblems(where, s, STATEMENT_KEYS, ['content_has']));
    if (!isRecord(s)) return;
    if (typeof s['content_has'] !== 'string' || s['content_has'] === '') problems.push(`${where}: content_has must be a non-empty string`);
    if ('speaker' in s && !isNames(s['speaker'])) problems.push(`${where}: speaker must be a name or a list of names`);
    if ('via' in s && !isNames(s['via'])) problems.push(`${where}: via must be a name or a list of names`);
    if ('kind' in s && !STATEMENT_KINDS.has(String(s['kind']))) problems.push(`${where}: unknown kind ${String(s['kind'])}`);
    for (const key of ['cue_has', 'date', 'source_text']) {
      if (key in s && typeof s[key] !== 'string') problems.push(`${where}: ${key} must be a string`);
    }
  });
  list('actors').forEach((a, i) => {
    const where = `${file} actors[${i}]`;
    problems.push(...fieldProblems(where, a, ACTOR_KEYS, ['name', 'kind']));
    if (isRecord(a) && !ACTOR_KINDS.has(String(a['kind']))) problems.push(`${where}: unknown kind ${String(a['kind'])}`);
  });
  list('dates').forEach((d, i) => problems.push(...fieldProblems(`${file} dates[${i}]`, d, DATE_KEYS, ['text', 'value'])));
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return json as unknown as ExpectedAnalysis;
}

// ---------------------------------------------------------------------------------------------
// Matching

/** Name comparison that ignores case, diacritics and runs of whitespace. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  return a != null && b != null && foldName(a) === foldName(b);
}

function names(value: string | readonly string[]): readonly string[] {
  return typeof value === 'string' ? [value] : value;
}

function actorName(doc: AnalysisDocument, id: string | null): string | null {
  if (id === null) return null;
  return doc.actors.find((a) => a.id === id)?.name ?? `<unknown actor id ${id}>`;
}

const quoted = (s: string | null | undefined): string => (s == null ? 'null' : JSON.stringify(s));

/** What stops statement `s` from matching `e`; empty when it matches. */
export function statementMismatches(doc: AnalysisDocument, e: ExpectedStatement, s: Statement): string[] {
  const out: string[] = [];
  if (!s.content.text.includes(e.content_has)) out.push(`content does not contain ${quoted(e.content_has)}`);
  if (e.cue_has !== undefined && !(s.cue?.text ?? '').includes(e.cue_has)) out.push(`cue ${quoted(s.cue?.text)} does not contain ${quoted(e.cue_has)}`);
  if (e.kind !== undefined && s.kind !== e.kind) out.push(`kind is ${s.kind}, expected ${e.kind}`);
  const speaker = actorName(doc, s.speaker);
  const via = actorName(doc, s.via);
  let viaChoices = e.via === undefined ? null : names(e.via);
  if (e.speaker !== undefined) {
    const choices = names(e.speaker);
    const at = choices.findIndex((c) => sameName(c, speaker));
    if (at < 0) out.push(`speaker is ${quoted(speaker)}, expected ${choices.map(quoted).join(' or ')}`);
    else if (choices.length > 1) {
      // a hearsay chain: whichever of the list speaks, another one of it must be the via
      const others = choices.filter((_, i) => i !== at);
      viaChoices = viaChoices ? viaChoices.filter((v) => others.some((o) => sameName(o, v))) : others;
    }
  }
  if (viaChoices !== null && !viaChoices.some((v) => sameName(v, via))) {
    out.push(`via is ${quoted(via)}, expected ${viaChoices.length > 0 ? viaChoices.map(quoted).join(' or ') : '(no consistent choice)'}`);
  }
  if (e.date !== undefined && s.date?.value !== e.date) out.push(`date is ${quoted(s.date?.value)}, expected ${quoted(e.date)}`);
  if (e.source_text !== undefined && (s.source === null || s.source.text.toLowerCase() !== e.source_text.toLowerCase())) {
    out.push(`source is ${quoted(s.source?.text)}, expected ${quoted(e.source_text)}`);
  }
  return out;
}

export function describeStatement(doc: AnalysisDocument, s: Statement): string {
  const parts = [
    `${s.id} [${s.rule}] ${s.kind}`,
    `speaker ${quoted(actorName(doc, s.speaker))}`,
    `source ${quoted(s.source?.text)}`,
    `cue ${quoted(s.cue?.text)}`,
    `via ${quoted(actorName(doc, s.via))}`,
    `date ${quoted(s.date?.value)}`,
    `content ${quoted(s.content.text)}`,
  ];
  return parts.join(' · ');
}

/**
 * Empty when some statement matches every field of `e`; otherwise why not, with the closest
 * statements (fewest mismatches, content matches first) and what each got wrong.
 */
export function statementProblems(doc: AnalysisDocument, e: ExpectedStatement): string[] {
  const scored = doc.statements.map((s) => ({ s, wrong: statementMismatches(doc, e, s) }));
  if (scored.some((x) => x.wrong.length === 0)) return [];
  if (scored.length === 0) return ['the analysis found no statements at all'];
  const contentOk = (x: { s: Statement }): number => (x.s.content.text.includes(e.content_has) ? 0 : 1);
  const closest = [...scored].sort((a, b) => contentOk(a) - contentOk(b) || a.wrong.length - b.wrong.length).slice(0, 3);
  return [
    `no statement matches; closest of ${doc.statements.length}:`,
    ...closest.flatMap((x) => [`  ${describeStatement(doc, x.s)}`, ...x.wrong.map((w) => `      ✗ ${w}`)]),
  ];
}

export function actorProblems(doc: AnalysisDocument, e: ExpectedActor): string[] {
  const named = doc.actors.filter((a) => sameName(a.name, e.name));
  const show = (a: (typeof doc.actors)[number]): string => `  ${a.id} ${quoted(a.name)} ${a.kind} roles ${JSON.stringify(a.roles)}`;
  if (named.length === 0) return [`no actor named ${quoted(e.name)}; actors: ${doc.actors.map((a) => `${a.name} (${a.kind})`).join(', ')}`];
  const ok = named.filter((a) => a.kind === e.kind);
  if (ok.length === 0) return [`actor ${quoted(e.name)} has the wrong kind, expected ${e.kind}:`, ...named.map(show)];
  if (e.role_has === undefined && e.affiliation_has === undefined) return [];
  const fits = ok.some((a) =>
    a.roles.some(
      (r) =>
        (e.role_has === undefined || (r.title ?? '').toLowerCase().includes(e.role_has.toLowerCase())) &&
        (e.affiliation_has === undefined || foldName(r.affiliation ?? '').includes(foldName(e.affiliation_has))),
    ),
  );
  return fits ? [] : [`no role with title ~ ${quoted(e.role_has)} and affiliation ~ ${quoted(e.affiliation_has)}:`, ...ok.map(show)];
}

export function dateProblems(doc: AnalysisDocument, e: ExpectedDate): string[] {
  if (doc.times.some((t) => t.span.text === e.text && t.value === e.value)) return [];
  return [`no time mention ${quoted(e.text)} = ${e.value}; times: ${JSON.stringify(doc.times.map((t) => [t.span.text, t.value]))}`];
}

/** Every {start, end, text} object anywhere in the document. */
export function spansIn(value: unknown, found: Span[] = []): Span[] {
  if (Array.isArray(value)) {
    for (const item of value) spansIn(item, found);
  } else if (isRecord(value)) {
    if ('start' in value && 'end' in value && 'text' in value) found.push(value as unknown as Span);
    for (const child of Object.values(value)) spansIn(child, found);
  }
  return found;
}

export function spanProblems(doc: AnalysisDocument): string[] {
  const text = doc.article.text;
  return spansIn(doc)
    .filter((s) => !(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length && text.slice(s.start, s.end) === s.text))
    .map((s) => `span ${JSON.stringify(s)} is not the text it covers: ${quoted(text.slice(s.start, s.end))}`);
}

/**
 * Actors a note says are silent, e.g. "Donald Trump says nothing in this article: no statement
 * may have him as speaker." → ["Donald Trump"].
 */
export function silentActors(expected: ExpectedAnalysis): string[] {
  return (expected.notes ?? []).flatMap((note) => {
    // the note must open with the name: "<Name> says nothing …", no clause before it
    const m = /^([^\s:;,.][^:;,.]*?) says nothing\b/u.exec(note);
    return m?.[1] ? [m[1]] : [];
  });
}

export function silenceProblems(doc: AnalysisDocument, expected: ExpectedAnalysis, name: string): string[] {
  const problems: string[] = [];
  if (!expected.actors.some((a) => sameName(a.name, name))) problems.push(`the expectation lists no actor named ${quoted(name)}`);
  if (!doc.actors.some((a) => sameName(a.name, name))) problems.push(`the analysis has no actor named ${quoted(name)}`);
  for (const s of doc.statements) {
    if (sameName(actorName(doc, s.speaker), name)) problems.push(`${name} is the speaker of ${describeStatement(doc, s)}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Test registration, shared by the golden suites

function short(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function statementLabel(e: ExpectedStatement, index: number): string {
  const speaker = e.speaker === undefined ? '?' : names(e.speaker).join(' | ');
  const via = e.via === undefined ? '' : ` via ${names(e.via).join(' | ')}`;
  const cue = e.cue_has === undefined ? '' : ` "${e.cue_has}"`;
  return `statement ${e.n ?? index + 1}: ${speaker}${cue}${via} (${e.kind ?? 'any kind'}) “${short(e.content_has)}”`;
}

function actorLabel(e: ExpectedActor): string {
  const role = [e.role_has, e.affiliation_has].filter((x) => x !== undefined).join(', ');
  return `actor ${e.name} (${e.kind}${role ? `; ${role}` : ''})`;
}

/**
 * Registers one test per expected item (statements, actors, dates, silent actors, published
 * range) plus the document-wide checks, in the current describe block. `analysis` is called
 * lazily and should memoise.
 */
export function goldenTests(analysis: () => AnalysisDocument, expected: ExpectedAnalysis): void {
  it('is a valid document under schema/analysis.schema.json', () => {
    expect(schemaErrors(analysis())).toEqual([]);
  });
  it('has every span carrying the text it covers', () => {
    expect(spanProblems(analysis())).toEqual([]);
  });

  const statements = expected.statements.map((e, i) => [statementLabel(e, i), e] as const);
  if (statements.length > 0) {
    describe('statements', () => {
      it.each(statements)('%s', (_label, e) => {
        expect(statementProblems(analysis(), e)).toEqual([]);
      });
    });
  }
  const actors = expected.actors.map((e) => [actorLabel(e), e] as const);
  if (actors.length > 0) {
    describe('actors', () => {
      it.each(actors)('%s', (_label, e) => {
        expect(actorProblems(analysis(), e)).toEqual([]);
      });
    });
  }
  const dates = expected.dates.map((e) => [`time "${e.text}" = ${e.value}`, e] as const);
  if (dates.length > 0) {
    describe('dates', () => {
      it.each(dates)('%s', (_label, e) => {
        expect(dateProblems(analysis(), e)).toEqual([]);
      });
    });
  }
  const silent = silentActors(expected);
  if (silent.length > 0) {
    it.each(silent)('%s says nothing: no statement has them as speaker (from the notes)', (name) => {
      expect(silenceProblems(analysis(), expected, name)).toEqual([]);
    });
  }
  if (expected.published_earliest !== undefined) {
    it(`infers published_earliest = ${String(expected.published_earliest)}`, () => {
      expect(analysis().article.publishedRange?.earliest ?? null).toBe(expected.published_earliest);
    });
  }
}
