/**
 * Builds gold attributions from a parsed .ann file exactly as the PolNeAR README says:
 * one per E line with at least one argument; each part the hull of its fragments; Content2
 * merged into the content; the argument role, not the T label, decides the part.
 */
import { spanOf, type Span } from '../../core/span.js';
import type { GoldAttribution, PartKind } from './attribution.js';
import { codePointToUtf16 } from './code-points.js';
import type { AnnDocument, AnnEvent, AnnSpan } from './read-brat.js';

type Fragment = readonly [number, number];

// `Content2` (and any brat-style numbered repeat of a role) belongs to the same part.
const ROLE_PARTS: Readonly<Record<string, PartKind>> = { Source: 'source', Cue: 'cue', Content: 'content' };

function partOfRole(role: string): PartKind | undefined {
  return ROLE_PARTS[role.replace(/\d+$/, '')];
}

/** Gold attributions of one article, in E-line order, with UTF-16 spans into `text`. */
export function buildGold(text: string, ann: AnnDocument): GoldAttribution[] {
  const toUtf16 = codePointToUtf16(text);
  const gold: GoldAttribution[] = [];
  for (const event of ann.events) {
    const fragments = fragmentsByPart(event, ann);
    if (!fragments) continue;
    const hull = (kind: PartKind): Span | null => hullSpan(text, fragments[kind], toUtf16);
    gold.push({
      event: event.id,
      source: hull('source'),
      cue: hull('cue'),
      content: hull('content'),
      contentParts: fragments.content.map(([start, end]) => spanOf(text, toUtf16(start), toUtf16(end))),
    });
  }
  return gold;
}

/** The code-point fragments of each part of an event, or null when the event has no argument. */
function fragmentsByPart(event: AnnEvent, ann: AnnDocument): Record<PartKind, Fragment[]> | null {
  const parts: Record<PartKind, Fragment[]> = { source: [], cue: [], content: [] };
  let found = false;
  for (const arg of event.args) {
    const kind = partOfRole(arg.role);
    if (!kind) continue;
    const span = ann.spans.get(arg.ref);
    if (!span) throw new Error(`line ${event.line}: ${event.id} refers to ${arg.ref}, which does not exist`);
    parts[kind].push(...span.fragments);
    found = true;
  }
  for (const kind of Object.keys(parts) as PartKind[]) parts[kind].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return found ? parts : null;
}

function hullSpan(text: string, fragments: readonly Fragment[], toUtf16: (cp: number) => number): Span | null {
  if (fragments.length === 0) return null;
  const start = Math.min(...fragments.map((f) => f[0]));
  const end = Math.max(...fragments.map((f) => f[1]));
  return spanOf(text, toUtf16(start), toUtf16(end));
}

/**
 * T spans whose recorded text differs from the article at their offsets (fragments joined by
 * one space). Any mismatch means the offsets are misread, so the gold would be wrong.
 */
export function spanTextMismatches(text: string, ann: AnnDocument): AnnSpan[] {
  const toUtf16 = codePointToUtf16(text);
  const sliceOf = ([start, end]: Fragment): string => text.slice(toUtf16(start), toUtf16(end));
  return [...ann.spans.values()].filter((span) => {
    try {
      return span.fragments.map(sliceOf).join(' ') !== span.text;
    } catch {
      return true; // an offset beyond the end of the text
    }
  });
}
