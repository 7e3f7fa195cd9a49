/**
 * Learned cue tagger: a logistic regression over sparse token features that gives, for each
 * token, the probability that it is part of an attribution cue as PolNeAR annotates them
 * ("said", "has said", "according to", "worried about", "called on", "made it clear", ":" …),
 * and a grouping of the tokens above a threshold into cue spans.
 *
 *   He has repeatedly said that …   → probabilities high on "has", "repeatedly", "said"
 *                                     → one span over "has repeatedly said"
 *   The report is due Monday.       → no token above the threshold
 *
 * The weights are trained offline on the PolNeAR train split only (scripts/train-cue-model.ts)
 * and shipped as a TypeScript module (src/lexicon/en/cue-model.ts), so the model works the same
 * from src/ and from dist/ and needs no file access. Features are named by templates over
 * per-token values ("atoms": the word, its POS, suffix, shape, quote context, hand-lexicon
 * neighbours, position in the sentence), read at the token and its neighbours. Training reads
 * the names (cueTokenFeatures); inference compiles the weights once into per-template tables
 * keyed by value ids and sums them without building any name. Both derive from the same
 * template list and atom values, and a test checks that they agree.
 */
import type { TextLayers, Token } from '../../nlp/tokens.js';
import type { Quote } from '../quotes/paired-quote-marks.js';
import { REPORTING_VERBS } from '../../lexicon/en/reporting-cues.js';
import { CUE_MODEL } from '../../lexicon/en/cue-model.js';
import { buildCueLexicon, type CueLexicon } from './cue-lexicon.js';

/** What the shipped weight module holds (written by scripts/train-cue-model.ts). */
export interface CueModelData {
  readonly version: number;
  readonly bias: number;
  /** the recommended probability threshold for cueSpans() */
  readonly threshold: number;
  readonly trainedOn: string;
  /** feature name → weight; features absent here weigh 0 */
  readonly features: Readonly<Record<string, number>>;
  /** measurements of the shipped model, for the record only */
  readonly metrics: Readonly<Record<string, unknown>>;
}

/** A cue as a token range: `first` inclusive, `last` exclusive (as in Sentence). */
export interface CueTokenSpan {
  readonly first: number;
  readonly last: number;
}

let lexicon: CueLexicon | undefined;

function cueLexicon(): CueLexicon {
  lexicon ??= buildCueLexicon(REPORTING_VERBS);
  return lexicon;
}

/** The probability threshold the model was shipped with. */
export const DEFAULT_CUE_THRESHOLD: number = CUE_MODEL.threshold;

/** Per token: is it inside a quote, marks included (as buildRuleInput computes it). */
function insideQuotes(tokens: readonly Token[], quotes: readonly Quote[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  let qi = 0;
  for (const t of tokens) {
    while (qi < quotes.length && (quotes[qi] as Quote).close <= t.start) qi++;
    const q = quotes[qi];
    if (q !== undefined && q.open <= t.start && t.end <= q.close) inside[t.index] = 1;
  }
  return inside;
}

const BUCKETS = ['0', '1', '2', '3'];

function bucket(n: number): string {
  if (n <= 3) return BUCKETS[n] as string;
  if (n <= 6) return '4-6';
  if (n <= 12) return '7-12';
  return '13+';
}

/** Aa (capitalised), AA (all capitals), a (lower case), 0 (digit first) or p (anything else). */
function shapeOf(text: string): string {
  const c = text.charCodeAt(0);
  // ASCII first: the Unicode classes below are slow and most tokens are ASCII
  if (c >= 97 && c <= 122) return 'a';
  if (c >= 48 && c <= 57) return '0';
  const upper = c >= 65 && c <= 90 ? true : c < 128 ? false : /\p{Lu}/u.test(text.charAt(0));
  if (upper) return text.length > 1 && text === text.toUpperCase() ? 'AA' : 'Aa';
  if (c < 128) return 'p';
  if (/\p{Ll}/u.test(text.charAt(0))) return 'a';
  if (/\p{N}/u.test(text.charAt(0))) return '0';
  return 'p';
}

/**
 * The per-token values features are made of. `w` and `p` (lower-cased word, POS) are also read
 * at neighbouring tokens; the others describe the token itself.
 */
const ATOMS = [
  'w', 'p', 'suffix', 'shape', 'quote', 'lex', 'lexBefore', 'lexAfter',
  'start', 'end', 'quoteClosed', 'quoteOpens', 'that', 'subject',
] as const;

type Atom = (typeof ATOMS)[number];

/** A feature template: its name and the atoms it joins, each at a token offset. */
interface Template {
  readonly name: string;
  readonly parts: readonly (readonly [Atom, number])[];
}

const tpl = (name: string, ...parts: (readonly [Atom, number])[]): Template => ({ name, parts });

/**
 * The feature templates. A feature's name is the template name, "=", and the atoms' values
 * joined by a space (tokens hold no whitespace, so names split back unambiguously).
 */
const TEMPLATES: readonly Template[] = [
  tpl('w', ['w', 0]),
  tpl('p', ['p', 0]),
  tpl('wp', ['w', 0], ['p', 0]),
  tpl('w-1', ['w', -1]),
  tpl('w+1', ['w', 1]),
  tpl('w-2', ['w', -2]),
  tpl('w+2', ['w', 2]),
  tpl('p-1', ['p', -1]),
  tpl('p+1', ['p', 1]),
  tpl('p-2p-1', ['p', -2], ['p', -1]),
  tpl('p+1p+2', ['p', 1], ['p', 2]),
  tpl('p-1pp+1', ['p', -1], ['p', 0], ['p', 1]),
  tpl('wp+1', ['w', 0], ['p', 1]),
  tpl('wp-1', ['w', 0], ['p', -1]),
  tpl('w-1w', ['w', -1], ['w', 0]),
  tpl('ww+1', ['w', 0], ['w', 1]),
  tpl('w-2w-1', ['w', -2], ['w', -1]),
  tpl('w-2w', ['w', -2], ['w', 0]),
  tpl('ww+2', ['w', 0], ['w', 2]),
  tpl('w+1w+2', ['w', 1], ['w', 2]),
  tpl('suf3', ['suffix', 0], ['p', 0]),
  tpl('shape', ['shape', 0]),
  tpl('q', ['quote', 0], ['p', 0]),
  tpl('lex', ['lex', 0], ['lexBefore', 0], ['lexAfter', 0]),
  tpl('lexp', ['lex', 0], ['p', 0], ['quote', 0]),
  tpl('start', ['start', 0]),
  tpl('end', ['end', 0]),
  tpl('qc', ['quoteClosed', 0]),
  tpl('qo', ['quoteOpens', 0]),
  tpl('that', ['that', 0], ['p', 0]),
  tpl('subj', ['subject', 0], ['p', 0]),
  tpl('wq', ['w', 0], ['quote', 0]),
];

/** The atoms templates read at neighbouring tokens too (all others only at offset 0). */
const NEIGHBOUR_ATOMS: ReadonlySet<Atom> = new Set(TEMPLATES.flatMap((t) => t.parts.filter(([, offset]) => offset !== 0).map(([atom]) => atom)));

/** What a neighbour outside the sentence reads as. */
const BEFORE_SENTENCE = '<s>';
const AFTER_SENTENCE = '</s>';

type AtomValues = Readonly<Record<Atom, readonly string[]>>;

/**
 * Every atom's value at every token. "lexBefore"/"lexAfter" are the distance (1–3, 0 for none)
 * to the nearest hand-lexicon word in the sentence; "quoteClosed"/"quoteOpens" the distance back
 * to the last quote closing and on to the next quote opening in the sentence ("-" for none);
 * "that" the distance to a following "that" (1–4); "subject" the nearest PROPN/PRON/NOUN among
 * the three tokens before, with its distance.
 */
function atomValues(layers: TextLayers, quotes: readonly Quote[], wanted?: Uint8Array): AtomValues {
  const tokens = layers.tokens;
  const n = tokens.length;
  const lex = cueLexicon();
  const inQuote = insideQuotes(tokens, quotes);
  const make = (): string[] => new Array<string>(n).fill('-');
  const v: Record<Atom, string[]> = {
    w: make(), p: make(), suffix: make(), shape: make(), quote: make(), lex: make(), lexBefore: make(), lexAfter: make(),
    start: make(), end: make(), quoteClosed: make(), quoteOpens: make(), that: make(), subject: make(),
  };
  const inLex = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const w = /\s/.test(t.lower) ? t.lower.replace(/\s+/g, '_') : t.lower;
    v.w[i] = w;
    v.p[i] = t.pos;
    inLex[i] = lex.has(t.lower) ? 1 : 0;
    // the word and POS are read at neighbours too, the rest only at a scored token
    if (wanted !== undefined && wanted[i] !== 1) continue;
    v.suffix[i] = w.length > 3 ? w.slice(-3) : w;
    v.shape[i] = shapeOf(t.text);
    v.quote[i] = inQuote[i] === 1 ? 'Q' : 'O';
    v.lex[i] = inLex[i] === 1 ? '1' : '0';
  }
  // quote marks that open or close a quote (not stray marks, not apostrophes)
  const opens = new Set<number>();
  const closes = new Set<number>();
  for (const q of quotes) {
    opens.add(q.open);
    closes.add(q.close);
  }
  for (const s of layers.sentences) {
    let upcoming = -1;
    for (let i = s.last - 1; i >= s.first; i--) {
      if (opens.has((tokens[i] as Token).start)) upcoming = i;
      v.quoteOpens[i] = upcoming < 0 ? '-' : bucket(upcoming - i);
    }
    let lastClose = -1;
    for (let i = s.first; i < s.last; i++) {
      // the context atoms are read at the token itself only: skip the tokens nobody scores
      if (wanted !== undefined && wanted[i] !== 1) {
        if (closes.has((tokens[i] as Token).end)) lastClose = i;
        continue;
      }
      let before = 0;
      for (let k = i - 1; k >= s.first && k >= i - 3; k--) if (inLex[k] === 1) { before = i - k; break; }
      let after = 0;
      for (let k = i + 1; k < s.last && k <= i + 3; k++) if (inLex[k] === 1) { after = k - i; break; }
      let that = 0;
      for (let k = i + 1; k < s.last && k <= i + 4; k++) if (v.w[k] === 'that') { that = k - i; break; }
      let subject = '-';
      for (let k = i - 1; k >= s.first && k >= i - 3; k--) {
        const pk = v.p[k] as string;
        if (pk === 'PROPN' || pk === 'PRON' || pk === 'NOUN') { subject = `${pk}${i - k}`; break; }
      }
      v.lexBefore[i] = bucket(before);
      v.lexAfter[i] = bucket(after);
      v.that[i] = bucket(that);
      v.subject[i] = subject;
      v.start[i] = bucket(i - s.first);
      v.end[i] = bucket(s.last - 1 - i);
      v.quoteClosed[i] = lastClose < 0 ? '-' : bucket(i - lastClose);
      if (closes.has((tokens[i] as Token).end)) lastClose = i;
    }
  }
  return v;
}

/**
 * The feature names of every token (training reads these; inference computes the same
 * features through compiled lookup tables). Neighbours do not cross sentence boundaries:
 * outside the sentence they read as `<s>` / `</s>`.
 */
export function cueTokenFeatures(layers: TextLayers, quotes: readonly Quote[]): string[][] {
  const v = atomValues(layers, quotes);
  const out: string[][] = new Array<string[]>(layers.tokens.length);
  for (const s of layers.sentences) {
    for (let i = s.first; i < s.last; i++) {
      out[i] = TEMPLATES.map((t) => {
        const values = t.parts.map(([atom, offset]) => {
          const j = i + offset;
          if (j < s.first) return BEFORE_SENTENCE;
          if (j >= s.last) return AFTER_SENTENCE;
          return v[atom][j] as string;
        });
        return `${t.name}=${values.join(' ')}`;
      });
    }
  }
  // tokens outside every sentence (none in practice) get no features
  for (let i = 0; i < out.length; i++) out[i] ??= [];
  return out;
}

/**
 * One template's weights, keyed by its atoms' value ids in mixed radix: key = (id0 · r1 + id1) · r2 + id2.
 * `columns` name the (atom, offset) columns the ids are read from.
 */
interface Table {
  readonly columns: readonly number[];
  readonly radix: readonly number[];
  /**
   * The weights as an open-addressing hash: `keys` holds key + 1 (0 marks an empty slot), and
   * the slot's weight is in `weights`. A few hundred kilobytes for all tables, where arrays over
   * every key would take megabytes and miss the cache on most reads.
   */
  readonly keys: Int32Array;
  readonly weights: Float64Array;
  readonly shift: number;
}

interface Compiled {
  readonly bias: number;
  /** per atom (index into ATOMS): value → id */
  readonly vocab: readonly Map<string, number>[];
  /** the (atom index, offset) pairs the tables read, each computed once per text */
  readonly columns: readonly (readonly [number, number])[];
  readonly tables: readonly Table[];
}

/** The slot a key's probe starts at (Fibonacci hashing over 2^(32 − shift) slots). */
const slotOf = (key: number, shift: number): number => Math.imul(key, 0x9e3779b1) >>> shift;

/** A table of `entries` weights, at most half full. */
function hashTable(entries: readonly { key: number; weight: number }[]): Pick<Table, 'keys' | 'weights' | 'shift'> {
  let bits = 1;
  while (1 << bits < entries.length * 2) bits++;
  const keys = new Int32Array(1 << bits);
  const weights = new Float64Array(1 << bits);
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  for (const { key, weight } of entries) {
    // keys are stored as key + 1 in 32 bits; word × word tables stay far below this
    if (key >= 0x7fffffff) throw new Error(`cue model: a table key (${key}) does not fit in 31 bits`);
    let slot = slotOf(key, shift);
    while (keys[slot] !== 0 && keys[slot] !== key + 1) slot = (slot + 1) & mask;
    keys[slot] = key + 1;
    weights[slot] = weight;
  }
  return { keys, weights, shift };
}

/** The weight of `key` in the table, 0 when it has none. */
function weightOf(table: Table, key: number): number {
  const { keys, weights, shift } = table;
  const mask = keys.length - 1;
  for (let slot = slotOf(key, shift); ; slot = (slot + 1) & mask) {
    const k = keys[slot] as number;
    if (k === key + 1) return weights[slot] as number;
    if (k === 0) return 0;
  }
}

/** Turns the weights by name into per-template tables over value ids. */
function compile(model: CueModelData): Compiled {
  const atomIndex = new Map<Atom, number>(ATOMS.map((a, i) => [a, i]));
  const byName = new Map(TEMPLATES.map((t) => [t.name, t]));
  const vocab = ATOMS.map(() => new Map<string, number>());
  const parsed = new Map<Template, { ids: number[]; weight: number }[]>();
  for (const [name, weight] of Object.entries(model.features)) {
    const cut = name.indexOf('=');
    const template = byName.get(name.slice(0, cut));
    const values = name.slice(cut + 1).split(' ');
    if (!template || cut < 0 || values.length !== template.parts.length) continue;
    const ids = template.parts.map(([atom], k) => {
      const map = vocab[atomIndex.get(atom) as number] as Map<string, number>;
      const value = values[k] as string;
      let id = map.get(value);
      if (id === undefined) {
        id = map.size;
        map.set(value, id);
      }
      return id;
    });
    parsed.set(template, [...(parsed.get(template) ?? []), { ids, weight }]);
  }
  const columns: [number, number][] = [];
  const columnOf = (atom: number, offset: number): number => {
    let c = columns.findIndex(([a, o]) => a === atom && o === offset);
    if (c < 0) c = columns.push([atom, offset]) - 1;
    return c;
  };
  const tables: Table[] = [];
  for (const template of TEMPLATES) {
    const entries = parsed.get(template);
    if (!entries) continue;
    const atoms = template.parts.map(([atom]) => atomIndex.get(atom) as number);
    const radix = atoms.map((a) => Math.max(1, (vocab[a] as Map<string, number>).size));
    const keyed = entries.map(({ ids, weight }) => ({ key: ids.reduce((key, id, k) => key * (radix[k] as number) + id, 0), weight }));
    const cols = template.parts.map(([, offset], k) => columnOf(atoms[k] as number, offset));
    tables.push({ columns: cols, radix, ...hashTable(keyed) });
  }
  return { bias: model.bias, vocab, columns, tables };
}

let compiled: Compiled | undefined;

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/**
 * Adds one table's weights to the scores of the scored tokens; an unknown value adds nothing.
 * Columns and scores are indexed by scored token, not by token.
 */
function addTable(table: Table, cols: readonly Int32Array[], z: Float64Array): void {
  const c0 = cols[table.columns[0] as number] as Int32Array;
  const c1 = table.columns.length > 1 ? (cols[table.columns[1] as number] as Int32Array) : null;
  const c2 = table.columns.length > 2 ? (cols[table.columns[2] as number] as Int32Array) : null;
  const r1 = table.radix[1] ?? 1;
  const r2 = table.radix[2] ?? 1;
  for (let k = 0; k < z.length; k++) {
    const a = c0[k] as number;
    const b = c1 ? (c1[k] as number) : 0;
    const c = c2 ? (c2[k] as number) : 0;
    if (a < 0 || b < 0 || c < 0) continue;
    const key = c2 ? (a * r1 + b) * r2 + c : c1 ? a * r1 + b : a;
    z[k] = (z[k] as number) + weightOf(table, key);
  }
}

/**
 * Per token, the probability in [0, 1] that the token is part of a cue. The same sum of weights
 * as over cueTokenFeatures(), without building the names: each atom value is looked up once per
 * token, and each template's weights are read from a table keyed by the value ids. With `wanted`,
 * only the tokens it accepts are scored (the others get 0): callers that consult a few kinds of
 * token save most of the work.
 */
export function cueProbabilities(layers: TextLayers, quotes: readonly Quote[], wanted?: (t: Token) => boolean): Float64Array {
  compiled ??= compile(CUE_MODEL);
  const model = compiled;
  const { tokens, sentences } = layers;
  const n = tokens.length;
  const mask = new Uint8Array(n);
  let scored = 0;
  for (const t of tokens) {
    if (wanted !== undefined && !wanted(t)) continue;
    mask[t.index] = 1;
    scored++;
  }
  // the scored tokens and the bounds of their sentences, in token order
  const at = new Int32Array(scored);
  const sentenceFirst = new Int32Array(scored);
  const sentenceLast = new Int32Array(scored);
  // tokens outside every sentence (none in practice) have no features
  const inSentence = new Uint8Array(scored);
  for (let i = 0, k = 0; i < n; i++) {
    if (mask[i] !== 1) continue;
    const s = sentences[(tokens[i] as Token).sentence];
    at[k] = i;
    if (s !== undefined && s.first <= i && i < s.last) {
      sentenceFirst[k] = s.first;
      sentenceLast[k] = s.last;
      inSentence[k] = 1;
    }
    k++;
  }
  const values = atomValues(layers, quotes, wanted === undefined ? undefined : mask);
  const ids = new Map<number, Int32Array>();
  const idsOf = (a: number): Int32Array => {
    let out = ids.get(a);
    if (!out) {
      const map = model.vocab[a] as Map<string, number>;
      const column = values[ATOMS[a] as Atom];
      // word and POS are read at neighbours too; the other atoms only where a token is scored
      const everywhere = NEIGHBOUR_ATOMS.has(ATOMS[a] as Atom);
      out = new Int32Array(n).fill(-1);
      if (everywhere) for (let i = 0; i < n; i++) out[i] = map.get(column[i] as string) ?? -1;
      else for (const i of at) out[i] = map.get(column[i] as string) ?? -1;
      ids.set(a, out);
    }
    return out;
  };
  // each column, per scored token: the atom's id at the token + offset, or the sentence-edge id
  // outside the sentence
  const cols = model.columns.map(([a, offset]) => {
    const own = idsOf(a);
    const map = model.vocab[a] as Map<string, number>;
    const edge = map.get(offset < 0 ? BEFORE_SENTENCE : AFTER_SENTENCE) ?? -1;
    const out = new Int32Array(scored);
    for (let k = 0; k < scored; k++) {
      const j = (at[k] as number) + offset;
      out[k] = j < (sentenceFirst[k] as number) || j >= (sentenceLast[k] as number) ? edge : (own[j] as number);
    }
    return out;
  });
  const z = new Float64Array(scored).fill(model.bias);
  for (const table of model.tables) addTable(table, cols, z);
  const probs = new Float64Array(n);
  for (let k = 0; k < scored; k++) probs[at[k] as number] = sigmoid(inSentence[k] === 1 ? (z[k] as number) : model.bias);
  return probs;
}

/** Words that may sit inside a cue between two cue words: "has repeatedly said", "did not respond". */
const BRIDGE_POS = new Set(['ADV', 'AUX', 'PART']);

/**
 * Groups the tokens whose probability reaches `threshold` into cue spans: adjacent cue tokens
 * of one sentence form one span, and a single adverb, auxiliary or particle between two cue
 * tokens joins them when its own probability reaches half the threshold.
 */
export function cueSpans(layers: TextLayers, probs: Float64Array, threshold: number = DEFAULT_CUE_THRESHOLD): CueTokenSpan[] {
  const tokens = layers.tokens;
  const spans: CueTokenSpan[] = [];
  const isCue = (i: number): boolean => (probs[i] ?? 0) >= threshold;
  let i = 0;
  while (i < tokens.length) {
    if (!isCue(i)) {
      i++;
      continue;
    }
    const sentence = (tokens[i] as Token).sentence;
    let last = i + 1;
    for (;;) {
      const next = tokens[last];
      if (next === undefined || next.sentence !== sentence) break;
      if (isCue(last)) {
        last++;
        continue;
      }
      const after = tokens[last + 1];
      if (
        BRIDGE_POS.has(next.pos) &&
        (probs[last] ?? 0) >= threshold / 2 &&
        after !== undefined &&
        after.sentence === sentence &&
        isCue(last + 1)
      ) {
        last += 2;
        continue;
      }
      break;
    }
    spans.push({ first: i, last });
    i = last;
  }
  return spans;
}
