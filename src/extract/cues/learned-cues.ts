/**
 * Learned cue tagger: a linear-chain CRF over the labels O, B (first word of a cue) and I (a
 * later word) that gives, for each token, the probability that it is part of an attribution cue
 * as PolNeAR annotates them ("said", "has said", "according to", "worried about", "called on",
 * "made it clear", ":" …), the cue spans of each sentence's best labelling (cueTagging), and a
 * grouping of the tokens above a threshold into cue spans (cueSpans).
 *
 *   He has repeatedly said that …   → probabilities high on "has", "repeatedly", "said"
 *                                     → one span over "has repeatedly said"
 *   The report is due Monday.       → no token above the threshold
 *
 * The probability is the token's marginal of B or I over its sentence's labellings
 * (forward–backward, chain.ts), so a word's neighbours' labels weigh in: "called" before "on"
 * and "on" after "called" lift each other. Emission scores are sums of sparse feature weights.
 * The weights are trained offline on the PolNeAR train split only (scripts/train-cue-model.ts)
 * and shipped as a TypeScript module (src/lexicon/en/cue-model.ts), so the model works the same
 * from src/ and from dist/ and needs no file access. Features are named by templates over
 * per-token values ("atoms": the word, its POS, suffix, shape, quote context, hand-lexicon
 * neighbours, the kind of subject before it, a "that" or colon later in the sentence, position
 * in the sentence and paragraph), read at the token and its neighbours. Training reads the names
 * (cueTokenFeatures); inference compiles the weights once into per-template tables keyed by value
 * ids and sums them without building any name. Both derive from the same template list and atom
 * values, and a test checks that they agree.
 */
import type { TextLayers, Token } from '../../nlp/tokens.js';
import type { Quote } from '../quotes/paired-quote-marks.js';
import { REPORTING_VERBS } from '../../lexicon/en/reporting-cues.js';
import { CUE_MODEL } from '../../lexicon/en/cue-model.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/en/grammar.js';
import { ANONYMOUS_SOURCE_NOUNS, GROUP_SOURCE_NOUNS } from '../../lexicon/en/sources.js';
import { ROLE_WORDS } from '../../lexicon/en/titles.js';
import { buildCueLexicon, type CueLexicon } from './cue-lexicon.js';
import { cueMarginals, I, O, viterbi, type ChainWeights } from './chain.js';

/** What the shipped weight module holds (written by scripts/train-cue-model.ts). */
export interface CueModelData {
  readonly version: number;
  /** the B and I scores' biases (O scores 0) */
  readonly bias: readonly [number, number];
  /** a sentence's first label (O, B, I) */
  readonly start: readonly number[];
  /** neighbouring labels, from · 3 + to */
  readonly transition: readonly number[];
  /** the recommended probability threshold for cueSpans() */
  readonly threshold: number;
  readonly trainedOn: string;
  /** feature name → its B and I weights; features absent here weigh 0 */
  readonly features: Readonly<Record<string, readonly [number, number]>>;
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

const PRONOUN_SUBJECTS: ReadonlySet<string> = SUBJECT_PRONOUNS;
const SOURCE_NOUNS: ReadonlySet<string> = new Set([...ANONYMOUS_SOURCE_NOUNS, ...GROUP_SOURCE_NOUNS]);

/**
 * What the nearest word that could be a subject among the five before token i is, and how far:
 * a pronoun, a role word ("spokesman"), a source noun ("officials", "critics"), a name or another
 * noun. "-" when none.
 */
function subjectKind(w: readonly string[], p: readonly string[], first: number, i: number): string {
  for (let k = i - 1; k >= first && k >= i - 5; k--) {
    const word = w[k] as string;
    const d = i - k;
    if (PRONOUN_SUBJECTS.has(word)) return `pron${d}`;
    if (ROLE_WORDS.has(word)) return `role${d}`;
    if (SOURCE_NOUNS.has(word)) return `src${d}`;
    if (p[k] === 'PROPN') return `name${d}`;
    if (p[k] === 'NOUN') return `noun${d}`;
  }
  return '-';
}

/**
 * The per-token values features are made of. `w` and `p` (lower-cased word, POS) are also read
 * at neighbouring tokens; the others describe the token itself.
 */
const ATOMS = [
  'w', 'p', 'suffix', 'shape', 'quote', 'lex', 'lexBefore', 'lexAfter',
  'start', 'end', 'quoteClosed', 'quoteOpens', 'that', 'subject', 'kind', 'colon', 'para',
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
  tpl('w-3', ['w', -3]),
  tpl('w+3', ['w', 3]),
  tpl('p+1p+2p+3', ['p', 1], ['p', 2], ['p', 3]),
  tpl('kind', ['kind', 0], ['p', 0]),
  tpl('kindw', ['kind', 0], ['w', 0]),
  tpl('colon', ['colon', 0], ['p', 0]),
  tpl('thatw', ['that', 0], ['w', 0]),
  tpl('para', ['para', 0], ['quote', 0]),
];

/** What a neighbour outside the sentence reads as. */
const BEFORE_SENTENCE = '<s>';
const AFTER_SENTENCE = '</s>';

type AtomValues = Readonly<Record<Atom, readonly string[]>>;

/**
 * Every atom's value at every token. "lexBefore"/"lexAfter" are the distance (1–3, 0 for none)
 * to the nearest hand-lexicon word in the sentence; "quoteClosed"/"quoteOpens" the distance back
 * to the last quote closing and on to the next quote opening in the sentence ("-" for none);
 * "that" and "colon" the distance to the next "that" or ":" in the sentence; "subject" the nearest
 * PROPN/PRON/NOUN among the three tokens before, with its distance, and "kind" what the nearest
 * possible subject among five is (subjectKind); "para" whether the sentence opens a paragraph.
 */
function atomValues(layers: TextLayers, quotes: readonly Quote[]): AtomValues {
  const tokens = layers.tokens;
  const n = tokens.length;
  const lex = cueLexicon();
  const inQuote = insideQuotes(tokens, quotes);
  const make = (): string[] => new Array<string>(n).fill('-');
  const v: Record<Atom, string[]> = {
    w: make(), p: make(), suffix: make(), shape: make(), quote: make(), lex: make(), lexBefore: make(), lexAfter: make(),
    start: make(), end: make(), quoteClosed: make(), quoteOpens: make(), that: make(), subject: make(),
    kind: make(), colon: make(), para: make(),
  };
  const inLex = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const w = /\s/.test(t.lower) ? t.lower.replace(/\s+/g, '_') : t.lower;
    v.w[i] = w;
    v.p[i] = t.pos;
    inLex[i] = lex.has(t.lower) ? 1 : 0;
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
    let nextThat = -1;
    let nextColon = -1;
    for (let i = s.last - 1; i >= s.first; i--) {
      if (opens.has((tokens[i] as Token).start)) upcoming = i;
      v.quoteOpens[i] = upcoming < 0 ? '-' : bucket(upcoming - i);
      v.that[i] = nextThat < 0 ? '0' : bucket(nextThat - i);
      v.colon[i] = nextColon < 0 ? '-' : bucket(nextColon - i);
      if (v.w[i] === 'that') nextThat = i;
      if (v.w[i] === ':') nextColon = i;
    }
    let lastClose = -1;
    for (let i = s.first; i < s.last; i++) {
      let before = 0;
      for (let k = i - 1; k >= s.first && k >= i - 3; k--) if (inLex[k] === 1) { before = i - k; break; }
      let after = 0;
      for (let k = i + 1; k < s.last && k <= i + 3; k++) if (inLex[k] === 1) { after = k - i; break; }
      let subject = '-';
      for (let k = i - 1; k >= s.first && k >= i - 3; k--) {
        const pk = v.p[k] as string;
        if (pk === 'PROPN' || pk === 'PRON' || pk === 'NOUN') { subject = `${pk}${i - k}`; break; }
      }
      v.lexBefore[i] = bucket(before);
      v.lexAfter[i] = bucket(after);
      v.subject[i] = subject;
      v.kind[i] = subjectKind(v.w, v.p, s.first, i);
      v.para[i] = (tokens[s.first] as Token).paragraph !== (tokens[s.first - 1]?.paragraph ?? -1) ? 'P' : '-';
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
   * the slot's B and I weights are at 2 · slot and 2 · slot + 1 in `weights`. Arrays over every
   * key would take megabytes and miss the cache on most reads.
   */
  readonly keys: Int32Array;
  readonly weights: Float64Array;
  readonly shift: number;
}

interface Compiled {
  readonly model: CueModelData;
  /** per atom (index into ATOMS): value → id */
  readonly vocab: readonly Map<string, number>[];
  /** the (atom index, offset) pairs the tables read, each computed once per text */
  readonly columns: readonly (readonly [number, number])[];
  readonly tables: readonly Table[];
}

/** The slot a key's probe starts at (Fibonacci hashing over 2^(32 − shift) slots). */
const slotOf = (key: number, shift: number): number => Math.imul(key, 0x9e3779b1) >>> shift;

/** A table of `entries` weight pairs, at most half full. */
function hashTable(entries: readonly { key: number; weight: readonly [number, number] }[]): Pick<Table, 'keys' | 'weights' | 'shift'> {
  let bits = 1;
  while (1 << bits < entries.length * 2) bits++;
  const keys = new Int32Array(1 << bits);
  const weights = new Float64Array(2 << bits);
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  for (const { key, weight } of entries) {
    // keys are stored as key + 1 in 32 bits; word × word tables stay far below this
    if (key >= 0x7fffffff) throw new Error(`cue model: a table key (${key}) does not fit in 31 bits`);
    let slot = slotOf(key, shift);
    while (keys[slot] !== 0 && keys[slot] !== key + 1) slot = (slot + 1) & mask;
    keys[slot] = key + 1;
    weights[2 * slot] = weight[0];
    weights[2 * slot + 1] = weight[1];
  }
  return { keys, weights, shift };
}

/** The slot of `key` in the table, -1 when it has none. */
function slotIn(table: Table, key: number): number {
  const { keys, shift } = table;
  const mask = keys.length - 1;
  for (let slot = slotOf(key, shift); ; slot = (slot + 1) & mask) {
    const k = keys[slot] as number;
    if (k === key + 1) return slot;
    if (k === 0) return -1;
  }
}

/** Turns the weights by name into per-template tables over value ids. */
function compile(model: CueModelData): Compiled {
  const atomIndex = new Map<Atom, number>(ATOMS.map((a, i) => [a, i]));
  const byName = new Map(TEMPLATES.map((t) => [t.name, t]));
  const vocab = ATOMS.map(() => new Map<string, number>());
  const parsed = new Map<Template, { ids: number[]; weight: readonly [number, number] }[]>();
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
    let list = parsed.get(template);
    if (!list) parsed.set(template, (list = []));
    list.push({ ids, weight });
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
  return { model, vocab, columns, tables };
}

let compiled: Compiled | undefined;

/**
 * Adds one table's weights to the emission scores (three per token: O, B, I); an unknown value
 * adds nothing.
 */
function addTable(table: Table, cols: readonly Int32Array[], emit: Float64Array): void {
  const c0 = cols[table.columns[0] as number] as Int32Array;
  const c1 = table.columns.length > 1 ? (cols[table.columns[1] as number] as Int32Array) : null;
  const c2 = table.columns.length > 2 ? (cols[table.columns[2] as number] as Int32Array) : null;
  const r1 = table.radix[1] ?? 1;
  const r2 = table.radix[2] ?? 1;
  for (let k = 0; k < c0.length; k++) {
    const a = c0[k] as number;
    const b = c1 ? (c1[k] as number) : 0;
    const c = c2 ? (c2[k] as number) : 0;
    if (a < 0 || b < 0 || c < 0) continue;
    const slot = slotIn(table, c2 ? (a * r1 + b) * r2 + c : c1 ? a * r1 + b : a);
    if (slot < 0) continue;
    emit[k * 3 + 1] = (emit[k * 3 + 1] as number) + (table.weights[2 * slot] as number);
    emit[k * 3 + 2] = (emit[k * 3 + 2] as number) + (table.weights[2 * slot + 1] as number);
  }
}

/**
 * Per token, three emission scores (O, B, I) for the chain: the same sums of weights as over
 * cueTokenFeatures(), without building the names. Each atom value is looked up once per token,
 * and each template's weights are read from a table keyed by the value ids.
 */
export function cueEmissions(layers: TextLayers, quotes: readonly Quote[]): Float64Array {
  compiled ??= compile(CUE_MODEL);
  const { vocab, columns, tables, model } = compiled;
  const { tokens, sentences } = layers;
  const n = tokens.length;
  const values = atomValues(layers, quotes);
  const ids = ATOMS.map((atom, a) => {
    const map = vocab[a] as Map<string, number>;
    const column = values[atom];
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = map.get(column[i] as string) ?? -1;
    return out;
  });
  // each column, per token: the atom's id at the token + offset, or the sentence-edge id outside
  // the sentence (tokens outside every sentence, none in practice, read only edges)
  const cols = columns.map(([a, offset]) => {
    const own = ids[a] as Int32Array;
    const map = vocab[a] as Map<string, number>;
    const edge = map.get(offset < 0 ? BEFORE_SENTENCE : AFTER_SENTENCE) ?? -1;
    const out = new Int32Array(n).fill(edge);
    for (const s of sentences) {
      for (let i = s.first; i < s.last; i++) {
        const j = i + offset;
        if (j >= s.first && j < s.last) out[i] = own[j] as number;
      }
    }
    return out;
  });
  const emit = new Float64Array(n * 3);
  for (let i = 0; i < n; i++) {
    emit[i * 3 + 1] = model.bias[0];
    emit[i * 3 + 2] = model.bias[1];
  }
  for (const table of tables) addTable(table, cols, emit);
  return emit;
}

/**
 * Per token, the probability in [0, 1] that the token is part of a cue: its marginal probability
 * of B or I in its sentence's chain.
 */
export function cueProbabilities(layers: TextLayers, quotes: readonly Quote[]): Float64Array {
  return cueTagging(layers, quotes).probabilities;
}

/** What the tagger gives the rules: per-token probabilities and the best labelling's spans. */
export interface CueTagging {
  readonly probabilities: Float64Array;
  readonly spans: readonly CueTokenSpan[];
}

export function cueTagging(layers: TextLayers, quotes: readonly Quote[]): CueTagging {
  const emit = cueEmissions(layers, quotes);
  return { probabilities: cueMarginals(emit, layers.sentences, layers.tokens.length, CUE_MODEL), spans: bestCueSpans(layers, emit, CUE_MODEL) };
}

/**
 * The cue spans of each sentence's best labelling (Viterbi): a B or a stray I and the I tokens
 * after it. They match gold spans more often than thresholded marginals do (held-out train tenth).
 */
export function bestCueSpans(layers: TextLayers, emit: Float64Array, weights: ChainWeights): CueTokenSpan[] {
  const labels = new Uint8Array(layers.tokens.length);
  for (const s of layers.sentences) viterbi(emit, s.first, s.last, weights, labels);
  const spans: CueTokenSpan[] = [];
  for (const s of layers.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (labels[i] === O) continue;
      let last = i + 1;
      while (last < s.last && labels[last] === I) last++;
      spans.push({ first: i, last });
      i = last - 1;
    }
  }
  return spans;
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
