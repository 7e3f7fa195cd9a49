/**
 * Parser for brat standoff (.ann) files as PolNeAR ships them: T lines (text-bound spans,
 * possibly discontinuous), E lines (events tying source, cue and content together), and notes.
 * Offsets are kept as brat wrote them (code points); gold.ts converts them.
 */

/** A text-bound annotation: `T12<TAB>Content 1775 1995;1998 2184<TAB>text`. */
export interface AnnSpan {
  readonly id: string;
  readonly label: string;
  /** [start, end) pairs in code points, in file order */
  readonly fragments: readonly (readonly [number, number])[];
  /** the covered text as recorded: fragments joined by one space */
  readonly text: string;
  /** 1-based line of the record's first physical line, for error messages */
  readonly line: number;
}

export interface AnnArgument {
  /** as written: `Source`, `Cue`, `Content`, `Content2`, ... */
  readonly role: string;
  readonly ref: string;
}

/** An event: `E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`. */
export interface AnnEvent {
  readonly id: string;
  /** `Attribution` or `Attribution-no-source` */
  readonly type: string;
  readonly trigger: string;
  readonly args: readonly AnnArgument[];
  readonly line: number;
}

export interface AnnDocument {
  readonly spans: ReadonlyMap<string, AnnSpan>;
  readonly events: readonly AnnEvent[];
}

interface RawRecord {
  text: string;
  line: number;
}

// brat record ids: T, E, R, A, M, N followed by digits, `#` notes and `*` equivalences.
const RECORD_START = /^(?:[A-Z]\d+|#\d*|\*)\t/;

/** Parses a whole .ann file; throws an Error naming the line on malformed records. */
export function parseAnn(source: string): AnnDocument {
  const spans = new Map<string, AnnSpan>();
  const events: AnnEvent[] = [];
  for (const record of splitRecords(source)) {
    const kind = record.text[0];
    if (kind === 'T') {
      const span = parseSpan(record);
      spans.set(span.id, span);
    } else if (kind === 'E') {
      events.push(parseEvent(record));
    }
    // Notes (#), relations and attributes carry nothing the gold attributions need.
  }
  return { spans, events };
}

/**
 * Groups physical lines into records. A span whose text contains line breaks runs over several
 * lines; every line that does not start with a record id continues the previous record, and the
 * line break is part of the text.
 */
function splitRecords(source: string): RawRecord[] {
  const lines = source.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const records: RawRecord[] = [];
  lines.forEach((text, index) => {
    const previous = records[records.length - 1];
    if (RECORD_START.test(text)) records.push({ text, line: index + 1 });
    else if (previous) previous.text += `\n${text}`;
    else if (text.trim() !== '') throw new Error(`line ${index + 1}: text before the first record`);
  });
  return records;
}

function parseSpan(record: RawRecord): AnnSpan {
  const [id = '', header = '', ...rest] = record.text.split('\t');
  const fail = (why: string): never => {
    throw new Error(`line ${record.line}: ${id}: ${why}`);
  };
  const firstSpace = header.indexOf(' ');
  if (firstSpace <= 0) fail(`no label and offsets in "${header}"`);
  const label = header.slice(0, firstSpace);
  const fragments = header
    .slice(firstSpace + 1)
    .split(';')
    .map((pair) => parseFragment(pair) ?? fail(`bad offsets "${pair}"`));
  // Tabs inside the covered text would have been split off with the fields: put them back.
  return { id, label, fragments, text: rest.join('\t'), line: record.line };
}

function parseFragment(pair: string): [number, number] | null {
  const match = /^\s*(\d+) (\d+)\s*$/.exec(pair);
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return start <= end ? [start, end] : null;
}

function parseEvent(record: RawRecord): AnnEvent {
  const [id = '', body = ''] = record.text.split('\t');
  // Trigger-only events end with a space, so empty items are dropped.
  const items = body.split(/\s+/).filter((item) => item !== '');
  const pairs = items.map((item) => {
    const colon = item.lastIndexOf(':');
    if (colon <= 0 || colon === item.length - 1) {
      throw new Error(`line ${record.line}: ${id}: bad argument "${item}"`);
    }
    return { role: item.slice(0, colon), ref: item.slice(colon + 1) };
  });
  const [trigger, ...args] = pairs;
  if (!trigger) throw new Error(`line ${record.line}: ${id}: event without a trigger`);
  return { id, type: trigger.role, trigger: trigger.ref, args, line: record.line };
}
