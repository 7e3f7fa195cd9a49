/**
 * The article text cut into segments for highlighting: each statement's speaker mention, cue
 * and content parts become marks; the text between mark boundaries becomes one segment with
 * the mark that wins there (the chosen statement's, else the shortest: the innermost). Pure,
 * so it is tested without a DOM; the view renders each segment as a text node.
 */
import type { Statement } from './api.js';

export type Role = 'speaker' | 'cue' | 'content';

export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly role: Role;
  readonly statement: string;
  /** the speaker's actor id, for its colour; null when unknown */
  readonly actor: string | null;
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly mark: Mark | null;
}

export function marksOf(statements: readonly Statement[]): Mark[] {
  const marks: Mark[] = [];
  for (const s of statements) {
    const base = { statement: s.id, actor: s.speaker };
    if (s.source !== null) marks.push({ ...base, start: s.source.start, end: s.source.end, role: 'speaker' });
    if (s.cue !== null) marks.push({ ...base, start: s.cue.start, end: s.cue.end, role: 'cue' });
    const parts = s.contentParts.length > 0 ? s.contentParts : [s.content];
    for (const part of parts) marks.push({ ...base, start: part.start, end: part.end, role: 'content' });
  }
  return marks.filter((m) => m.end > m.start);
}

export function segments(text: string, marks: readonly Mark[], chosen: string | null = null): Segment[] {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    let best: Mark | null = null;
    for (const m of valid) {
      if (m.start > start || m.end < end) continue;
      if (best === null || wins(m, best, chosen)) best = m;
    }
    const last = out[out.length - 1];
    // neighbouring pieces of one mark (cut by another mark's edge elsewhere) stay one segment
    if (last !== undefined && last.mark === best) out[out.length - 1] = { ...last, end, text: text.slice(last.start, end) };
    else out.push({ start, end, text: text.slice(start, end), mark: best });
  }
  return out;
}

function wins(candidate: Mark, best: Mark, chosen: string | null): boolean {
  const c = candidate.statement === chosen;
  const b = best.statement === chosen;
  if (c !== b) return c;
  return candidate.end - candidate.start < best.end - best.start;
}

/** A stable colour for an actor: a hue from its id (HSL), grey when unknown. */
export function actorHue(actor: string | null): number | null {
  if (actor === null) return null;
  let hash = 0;
  for (let i = 0; i < actor.length; i++) hash = (hash * 31 + actor.charCodeAt(i)) >>> 0;
  // golden-angle steps spread ids that differ by one digit
  return Math.round((hash * 137.508) % 360);
}
