/**
 * Spans written inline in a test sentence instead of counted by hand (design guide, "Tests" 1):
 *
 *   marked('⟨Barrot⟩ ⟪stated⟫, “⟦We do not rule out any option.⟧”')
 *   → text    'Barrot stated, “We do not rule out any option.”'
 *     source  {start: 0, end: 6, text: 'Barrot'}
 *     cue     {start: 7, end: 13, text: 'stated'}
 *     content [{start: 16, end: 46, text: 'We do not rule out any option.'}]
 *
 * Markers (mathematical brackets, U+27E6–U+27EB: one UTF-16 unit each, never found in news text):
 *
 *   ⟦ … ⟧  content; may appear several times, giving the parts in order (a split quote)
 *   ⟨ … ⟩  source, at most once
 *   ⟪ … ⟫  cue, at most once
 *
 * Different kinds may nest (a cue inside a content part); a kind may not nest in itself. The
 * design guide's sketch used ⟨ ⟩ for the cue; here ⟨ ⟩ is the source and ⟪ ⟫ the cue.
 * Malformed markup throws, so a typo in a table row cannot pass as "no span expected".
 */
import { spanOf, type Span } from '../../src/core/span.js';

export interface Marked {
  /** the input with every marker removed: what the code under test reads */
  readonly text: string;
  readonly content: readonly Span[];
  readonly source: Span | null;
  readonly cue: Span | null;
}

type Kind = 'content' | 'source' | 'cue';

const OPEN: Readonly<Record<string, Kind>> = { '⟦': 'content', '⟨': 'source', '⟪': 'cue' };
const CLOSE: Readonly<Record<string, Kind>> = { '⟧': 'content', '⟩': 'source', '⟫': 'cue' };

export function marked(input: string): Marked {
  let text = '';
  const open = new Map<Kind, number>();
  const found: Record<Kind, Array<{ start: number; end: number }>> = { content: [], source: [], cue: [] };
  for (const ch of input) {
    const opens = OPEN[ch];
    const closes = CLOSE[ch];
    if (opens) {
      if (open.has(opens)) throw new Error(`marked(): nested ${opens} marker in ${JSON.stringify(input)}`);
      open.set(opens, text.length);
    } else if (closes) {
      const start = open.get(closes);
      if (start === undefined) throw new Error(`marked(): ${closes} closed but never opened in ${JSON.stringify(input)}`);
      open.delete(closes);
      found[closes].push({ start, end: text.length });
    } else {
      text += ch;
    }
  }
  const unclosed = [...open.keys()];
  if (unclosed.length > 0) throw new Error(`marked(): unclosed ${unclosed.join(', ')} marker in ${JSON.stringify(input)}`);
  for (const kind of ['source', 'cue'] as const) {
    if (found[kind].length > 1) throw new Error(`marked(): more than one ${kind} span in ${JSON.stringify(input)}`);
  }
  const toSpan = (r: { start: number; end: number }): Span => spanOf(text, r.start, r.end);
  const one = (rs: ReadonlyArray<{ start: number; end: number }>): Span | null => (rs[0] ? toSpan(rs[0]) : null);
  return { text, content: found.content.map(toSpan), source: one(found.source), cue: one(found.cue) };
}
