/**
 * The role tagger's features. A feature is a template over per-token values ("atoms": the word,
 * its POS, lemma, WordNet classes, word clusters learned from the corpus, suffix, shape, quote
 * context, hand-lexicon neighbours, the
 * kind of subject before it, a "that" or colon later in the sentence, position in the sentence
 * and paragraph) read at the token and its neighbours. Neighbours do not cross sentence
 * boundaries: outside the sentence they read as `<s>` / `</s>`.
 *
 * Each feature is hashed into one of the model's buckets (featureHashes), in training and at run
 * time alike, so both read exactly the same features and the model's size is fixed. Atoms that
 * depend on the word alone are hashed once per word type; templates of such atoms at one offset
 * ("word templates") are summed once per word type by the model (model.ts).
 *
 * Templates are grouped so that training can leave a group out and measure what it brings
 * (scripts/train/, `--without`).
 */
import type { Token } from '../../nlp/tokens.js';
import type { RuleInput } from '../attributions/input.js';
import { SUBJECT_PRONOUNS } from '../../lexicon/en/grammar.js';
import { ANONYMOUS_SOURCE_NOUNS, GROUP_SOURCE_NOUNS } from '../../lexicon/en/sources.js';
import { ROLE_WORDS } from '../../lexicon/en/titles.js';
import type { RuleMarks } from './rule-marks.js';
import { wordClassesModel, wordInfo, type WordClassesData } from './word-classes.js';
import { wordClusters, wordClustersModel, type WordClustersData } from './word-clusters.js';

export const ATOMS = [
  'w', 'p', 'suffix', 'shape', 'quote', 'lex', 'lexBefore', 'lexAfter', 'start', 'end', 'quoteClosed', 'quoteOpens',
  'that', 'subject', 'kind', 'colon', 'para', 'lemma', 'wn', 'wnSpeech', 'wnDerived', 'cueLeft', 'cueRight', 'prefix',
  'rule', 'ruleName', 'clusterCoarse', 'clusterMedium', 'clusterFine',
] as const;

export type Atom = (typeof ATOMS)[number];

/** What a template's group of evidence is, for ablations. */
export type FeatureGroup = 'words' | 'affixes' | 'lemmas' | 'wordnet' | 'clusters' | 'lexicon' | 'structure' | 'rules';

export const FEATURE_GROUPS: readonly FeatureGroup[] = ['words', 'affixes', 'lemmas', 'wordnet', 'clusters', 'lexicon', 'structure', 'rules'];

/** A feature template: its name, group, and the atoms it joins, each at a token offset. */
export interface Template {
  readonly name: string;
  readonly group: FeatureGroup;
  readonly parts: readonly (readonly [Atom, number])[];
}

/** At most three atoms: featureHashes joins them unrolled. */
const tpl = (group: FeatureGroup, name: string, ...parts: [readonly [Atom, number], (readonly [Atom, number])?, (readonly [Atom, number])?]): Template => ({
  name,
  group,
  parts: parts.filter((p) => p !== undefined),
});

/** The feature templates: a feature is a template and the values of its atoms at one token. */
export const TEMPLATES: readonly Template[] = [
  tpl('words', 'w', ['w', 0]),
  tpl('words', 'p', ['p', 0]),
  tpl('words', 'wp', ['w', 0], ['p', 0]),
  tpl('words', 'w-1', ['w', -1]),
  tpl('words', 'w+1', ['w', 1]),
  tpl('words', 'w-2', ['w', -2]),
  tpl('words', 'w+2', ['w', 2]),
  tpl('words', 'w-3', ['w', -3]),
  tpl('words', 'w+3', ['w', 3]),
  tpl('words', 'p-1', ['p', -1]),
  tpl('words', 'p+1', ['p', 1]),
  tpl('words', 'p-2p-1', ['p', -2], ['p', -1]),
  tpl('words', 'p+1p+2', ['p', 1], ['p', 2]),
  tpl('words', 'p-1pp+1', ['p', -1], ['p', 0], ['p', 1]),
  tpl('words', 'p+1p+2p+3', ['p', 1], ['p', 2], ['p', 3]),
  tpl('words', 'wp+1', ['w', 0], ['p', 1]),
  tpl('words', 'wp-1', ['w', 0], ['p', -1]),
  tpl('words', 'w-1w', ['w', -1], ['w', 0]),
  tpl('words', 'ww+1', ['w', 0], ['w', 1]),
  tpl('affixes', 'suf3', ['suffix', 0], ['p', 0]),
  tpl('affixes', 'pre3', ['prefix', 0], ['p', 0]),
  tpl('affixes', 'shape', ['shape', 0]),
  tpl('affixes', 'shape-1shape', ['shape', -1], ['shape', 0]),
  tpl('lemmas', 'l', ['lemma', 0]),
  tpl('lemmas', 'lp', ['lemma', 0], ['p', 0]),
  tpl('lemmas', 'l-1', ['lemma', -1]),
  tpl('lemmas', 'l+1', ['lemma', 1]),
  tpl('lemmas', 'll+1', ['lemma', 0], ['lemma', 1]),
  tpl('lemmas', 'lq', ['lemma', 0], ['quote', 0]),
  tpl('wordnet', 'wn', ['wn', 0], ['p', 0]),
  tpl('wordnet', 'wns', ['wnSpeech', 0], ['p', 0]),
  tpl('wordnet', 'wnd', ['wnDerived', 0], ['p', 0]),
  tpl('wordnet', 'wn-1', ['wn', -1]),
  tpl('wordnet', 'wn+1', ['wn', 1]),
  tpl('wordnet', 'wns-1', ['wnSpeech', -1]),
  tpl('wordnet', 'wnsq', ['wnSpeech', 0], ['quote', 0], ['kind', 0]),
  tpl('clusters', 'cc', ['clusterCoarse', 0], ['p', 0]),
  tpl('clusters', 'cm', ['clusterMedium', 0]),
  tpl('clusters', 'cf', ['clusterFine', 0]),
  tpl('clusters', 'cm-1', ['clusterMedium', -1]),
  tpl('clusters', 'cm+1', ['clusterMedium', 1]),
  tpl('clusters', 'cf-1', ['clusterFine', -1]),
  tpl('clusters', 'cf+1', ['clusterFine', 1]),
  tpl('clusters', 'cm-1cm', ['clusterMedium', -1], ['clusterMedium', 0]),
  tpl('clusters', 'cmcm+1', ['clusterMedium', 0], ['clusterMedium', 1]),
  tpl('clusters', 'cfq', ['clusterFine', 0], ['quote', 0]),
  tpl('clusters', 'cmkind', ['clusterMedium', 0], ['kind', 0]),
  tpl('lexicon', 'lex', ['lex', 0], ['lexBefore', 0], ['lexAfter', 0]),
  tpl('lexicon', 'lexp', ['lex', 0], ['p', 0], ['quote', 0]),
  tpl('lexicon', 'cueLR', ['cueLeft', 0], ['cueRight', 0]),
  tpl('lexicon', 'cueLq', ['cueLeft', 0], ['quote', 0], ['p', 0]),
  tpl('lexicon', 'cueRq', ['cueRight', 0], ['quote', 0], ['p', 0]),
  tpl('structure', 'q', ['quote', 0], ['p', 0]),
  tpl('structure', 'wq', ['w', 0], ['quote', 0]),
  tpl('structure', 'start', ['start', 0]),
  tpl('structure', 'end', ['end', 0]),
  tpl('structure', 'qc', ['quoteClosed', 0]),
  tpl('structure', 'qo', ['quoteOpens', 0]),
  tpl('structure', 'qcqo', ['quoteClosed', 0], ['quoteOpens', 0], ['quote', 0]),
  tpl('structure', 'that', ['that', 0], ['p', 0]),
  tpl('structure', 'thatw', ['that', 0], ['w', 0]),
  tpl('structure', 'subj', ['subject', 0], ['p', 0]),
  tpl('structure', 'kind', ['kind', 0], ['p', 0]),
  tpl('structure', 'kindw', ['kind', 0], ['w', 0]),
  tpl('structure', 'colon', ['colon', 0], ['p', 0]),
  tpl('structure', 'para', ['para', 0], ['quote', 0]),
  tpl('structure', 'startq', ['start', 0], ['quote', 0], ['para', 0]),
  tpl('rules', 'r', ['rule', 0]),
  tpl('rules', 'r-1r', ['rule', -1], ['rule', 0]),
  tpl('rules', 'rr+1', ['rule', 0], ['rule', 1]),
  tpl('rules', 'rw', ['rule', 0], ['w', 0]),
  tpl('rules', 'rp', ['rule', 0], ['p', 0], ['quote', 0]),
  tpl('rules', 'rn', ['ruleName', 0], ['rule', 0]),
  tpl('rules', 'rnw', ['ruleName', 0], ['w', 0]),
  tpl('rules', 'r-2', ['rule', -2]),
  tpl('rules', 'r+2', ['rule', 2]),
];

/** What a neighbour outside the sentence reads as. */
const BEFORE_SENTENCE = '<s>';
const AFTER_SENTENCE = '</s>';

/** FNV-1a over a string's UTF-16 code units. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** murmur3's finaliser: every input bit moves every output bit. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** One value into a template's running hash (murmur3's body step): cheap, since mix() at the end spreads the bits. */
function join(h: number, value: number): number {
  const k = Math.imul(value, 0xcc9e2d51);
  h ^= Math.imul((k << 15) | (k >>> 17), 0x1b873593);
  return (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
}

/** What every atom of a neighbour outside the sentence reads as. */
export const BEFORE_HASH = hashString(BEFORE_SENTENCE);
export const AFTER_HASH = hashString(AFTER_SENTENCE);
const NONE_HASH = hashString('-');

/** The hashes of a small closed set of values (rule marks, subject kinds), memoised. */
const valueHashes = new Map<string, number>();
function hashOf(value: string): number {
  let h = valueHashes.get(value);
  if (h === undefined) valueHashes.set(value, (h = hashString(value)));
  return h;
}

/** Distances read in buckets: 0, 1, 2, 3, 4-6, 7-12, 13+. */
const BUCKET_HASHES = ['0', '1', '2', '3', '4-6', '7-12', '13+'].map(hashString);

function bucketHash(n: number): number {
  return BUCKET_HASHES[n <= 3 ? n : n <= 6 ? 4 : n <= 12 ? 5 : 6] as number;
}

/** A distance, or "-" when there is nothing to measure it to. */
function distanceHash(n: number): number {
  return n < 0 ? NONE_HASH : bucketHash(n);
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

const SOURCE_NOUNS: ReadonlySet<string> = new Set([...ANONYMOUS_SOURCE_NOUNS, ...GROUP_SOURCE_NOUNS]);

/** What a word can be as a subject for "kind": a pronoun, a role word ("spokesman"), a source noun ("officials", "critics"), a name or another noun. */
const SUBJECT_KINDS = ['pron', 'role', 'src', 'name', 'noun'] as const;

/** Its index in SUBJECT_KINDS, or -1. */
function subjectKind(word: string, pos: string): number {
  if (SUBJECT_PRONOUNS.has(word)) return 0;
  if (ROLE_WORDS.has(word)) return 1;
  if (SOURCE_NOUNS.has(word)) return 2;
  if (pos === 'PROPN') return 3;
  if (pos === 'NOUN') return 4;
  return -1;
}

/** The POS tags "subject" reads: the nearest of them among the three tokens before. */
const SUBJECT_TAGS = ['PROPN', 'PRON', 'NOUN'] as const;

/** A value and distance joined ("pron2"), hashed: one row per value, one column per distance up to `reach`. */
function distanceTable(values: readonly string[], reach: number): readonly (readonly number[])[] {
  return values.map((value) => Array.from({ length: reach + 1 }, (_, d) => hashString(`${value}${d}`)));
}

const KIND_HASHES = distanceTable(SUBJECT_KINDS, 5);
const SUBJECT_HASHES = distanceTable(SUBJECT_TAGS, 3);
const QUOTE_HASHES = [hashString('O'), hashString('Q')];
const LEX_HASHES = [hashString('0'), hashString('1')];
const PARA_HASH = hashString('P');

const ATOM_INDEX: Readonly<Record<Atom, number>> = Object.fromEntries(ATOMS.map((a, i) => [a, i])) as Record<Atom, number>;

/** The atoms that depend on the word alone (its text and POS), hashed once per word type. */
const WORD_ATOMS = [
  'w', 'p', 'suffix', 'prefix', 'shape', 'lemma', 'wn', 'wnSpeech', 'wnDerived', 'clusterCoarse', 'clusterMedium', 'clusterFine',
] as const satisfies readonly Atom[];
type WordAtom = (typeof WORD_ATOMS)[number];
const WORD_ATOM_SLOT = Object.fromEntries(WORD_ATOMS.map((a, k) => [a, k])) as Readonly<Record<WordAtom, number>>;
const isWordAtom = (atom: Atom): atom is WordAtom => atom in WORD_ATOM_SLOT;
const WORD_ATOM_COLUMNS = WORD_ATOMS.map((a) => ATOM_INDEX[a]);
/** After the word atoms' hashes, a word type holds its subject kind and subject tag (indexes, -1 for none). */
const KIND_SLOT = WORD_ATOMS.length;
const TAG_SLOT = KIND_SLOT + 1;

/**
 * Word types (a text and its POS: the text gives both lower case and shape) are small integer
 * ids, and their atoms live in one pool, id-major (TYPE_SLOTS per type): reading a token's atoms
 * is then an index into one array, not a walk through an object per type, which on a news text's
 * hundreds of thousands of tokens is what the scorer would otherwise wait on.
 */
const TYPE_SLOTS = TAG_SLOT + 1;

/** The word types met so far, by POS then text; bounded so a long-running process stays small. */
const typeIds = new Map<string, Map<string, number>>();
let typeAtoms: Int32Array<ArrayBuffer> = new Int32Array(TYPE_SLOTS * 4096);
let typeCount = 0;
let typeGeneration = 0;
const WORD_TYPE_LIMIT = 200_000;
/** The word classes and clusters the types' atoms were read from. */
let typeSources: { classes: WordClassesData | null; clusters: WordClustersData | null } = { classes: null, clusters: null };

/** `pool`, or a copy at least twice as long when it holds fewer than `length` values: a pool that grows with the word types. */
export function withRoom(pool: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  if (pool.length >= length) return pool;
  const grown = new Int32Array(Math.max(pool.length * 2, length));
  grown.set(pool);
  return grown;
}

/** Bumped each time the word types start afresh: what a scorer keeps per type id must then go. */
export function wordTypeGeneration(): number {
  return typeGeneration;
}

/** How many word types there are: their ids are 0 … count − 1. */
export function wordTypeCount(): number {
  return typeCount;
}

function newWordType(t: Token): number {
  const w = t.lower;
  const info = wordInfo(w, t.pos);
  const [clusterCoarse, clusterMedium, clusterFine] = wordClusters(w) as [string, string, string];
  const values: Record<WordAtom, string> = {
    w,
    p: t.pos,
    suffix: w.length > 3 ? w.slice(-3) : w,
    prefix: w.length > 4 ? w.slice(0, 3) : '-',
    shape: shapeOf(t.text),
    lemma: info.lemma,
    wn: info.first,
    wnSpeech: info.speech,
    wnDerived: info.derived,
    clusterCoarse,
    clusterMedium,
    clusterFine,
  };
  const id = typeCount++;
  typeAtoms = withRoom(typeAtoms, typeCount * TYPE_SLOTS);
  const at = id * TYPE_SLOTS;
  WORD_ATOMS.forEach((a, k) => (typeAtoms[at + k] = hashString(values[a])));
  typeAtoms[at + KIND_SLOT] = subjectKind(w, t.pos);
  typeAtoms[at + TAG_SLOT] = (SUBJECT_TAGS as readonly string[]).indexOf(t.pos);
  return id;
}

/** The word type id of every token: featureHashes and the model's scorer share one look-up per token. */
export function wordTypesOf(tokens: readonly Token[]): Int32Array {
  // start afresh between documents only, so that every id of one document stays valid; and
  // when training swaps the word classes or clusters in, since a type's atoms are read from them
  const classes = wordClassesModel();
  const clusters = wordClustersModel();
  if (typeCount >= WORD_TYPE_LIMIT || classes !== typeSources.classes || clusters !== typeSources.clusters) {
    typeIds.clear();
    typeCount = 0;
    typeGeneration++;
    typeSources = { classes, clusters };
  }
  const ids = new Int32Array(tokens.length);
  tokens.forEach((t, i) => {
    let byText = typeIds.get(t.pos);
    if (byText === undefined) typeIds.set(t.pos, (byText = new Map()));
    let id = byText.get(t.text);
    if (id === undefined) byText.set(t.text, (id = newWordType(t)));
    ids[i] = id;
  });
  return ids;
}

/**
 * Every atom's hash at every token, atom-major (`atom · n + token`). "lexBefore"/"lexAfter" are
 * the distance (1–3, 0 for none) to the nearest hand-lexicon word in the sentence and
 * "cueLeft"/"cueRight" the same at any distance; "quoteClosed"/"quoteOpens" the distance back to
 * the last quote closing and on to the next quote opening in the sentence ("-" for none); "that"
 * and "colon" the distance to the next "that" or ":" in the sentence; "subject" the nearest
 * PROPN/PRON/NOUN among the three tokens before, with its distance, and "kind" what the nearest
 * possible subject among five is (SUBJECT_KINDS), with its distance; "para" whether the sentence
 * opens a paragraph. Of the word atoms, only those in `wordSlots` (indexes into WORD_ATOMS) are
 * copied out of the word types: the others are left 0.
 */
function atomHashes(input: RuleInput, rules: RuleMarks | null, types: Int32Array, wordSlots: readonly number[]): Uint32Array {
  const { tokens, quotes, inQuote, cues: lex } = input;
  const n = tokens.length;
  const v = new Uint32Array(ATOMS.length * n);
  // where each atom's column starts, in locals: the loops below are hot
  const col = (atom: Atom): number => ATOM_INDEX[atom] * n;
  const QUOTE = col('quote');
  const LEX = col('lex');
  const RULE = col('rule');
  const RULE_NAME = col('ruleName');
  const QUOTE_OPENS = col('quoteOpens');
  const THAT = col('that');
  const COLON = col('colon');
  const CUE_RIGHT = col('cueRight');
  const LEX_BEFORE = col('lexBefore');
  const LEX_AFTER = col('lexAfter');
  const CUE_LEFT = col('cueLeft');
  const SUBJECT = col('subject');
  const KIND = col('kind');
  const PARA = col('para');
  const START = col('start');
  const END = col('end');
  const QUOTE_CLOSED = col('quoteClosed');
  const pool = typeAtoms;
  const inLex = new Uint8Array(n);
  const kinds = new Int8Array(n);
  const tags = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const word = (types[i] as number) * TYPE_SLOTS;
    for (const a of wordSlots) v[(WORD_ATOM_COLUMNS[a] as number) * n + i] = pool[word + a] as number;
    kinds[i] = pool[word + KIND_SLOT] as number;
    tags[i] = pool[word + TAG_SLOT] as number;
    inLex[i] = lex.has(t.lower) || (t.lower === 'according' && tokens[i + 1]?.lower === 'to') ? 1 : 0;
    v[QUOTE + i] = QUOTE_HASHES[inQuote[i] ? 1 : 0] as number;
    v[LEX + i] = LEX_HASHES[inLex[i] as number] as number;
    v[RULE + i] = rules ? hashOf(rules.role[i] as string) : NONE_HASH;
    v[RULE_NAME + i] = rules ? hashOf(rules.rule[i] as string) : NONE_HASH;
  }
  // quote marks that open or close a quote (not stray marks, not apostrophes)
  const opens = new Set<number>();
  const closes = new Set<number>();
  for (const q of quotes) {
    opens.add(q.open);
    closes.add(q.close);
  }
  for (const s of input.sentences) {
    let upcoming = -1;
    let nextThat = -1;
    let nextColon = -1;
    let nextLex = -1;
    for (let i = s.last - 1; i >= s.first; i--) {
      const t = tokens[i] as Token;
      if (opens.has(t.start)) upcoming = i;
      v[QUOTE_OPENS + i] = distanceHash(upcoming < 0 ? -1 : upcoming - i);
      v[THAT + i] = bucketHash(nextThat < 0 ? 0 : nextThat - i);
      v[COLON + i] = distanceHash(nextColon < 0 ? -1 : nextColon - i);
      v[CUE_RIGHT + i] = distanceHash(nextLex < 0 ? -1 : nextLex - i);
      if (t.lower === 'that') nextThat = i;
      if (t.lower === ':') nextColon = i;
      if (inLex[i] === 1) nextLex = i;
    }
    let lastClose = -1;
    let lastLex = -1;
    const para = (tokens[s.first] as Token).paragraph !== (tokens[s.first - 1]?.paragraph ?? -1) ? PARA_HASH : NONE_HASH;
    for (let i = s.first; i < s.last; i++) {
      let before = 0;
      for (let k = i - 1; k >= s.first && k >= i - 3; k--) if (inLex[k] === 1) { before = i - k; break; }
      let after = 0;
      for (let k = i + 1; k < s.last && k <= i + 3; k++) if (inLex[k] === 1) { after = k - i; break; }
      let subject = NONE_HASH;
      for (let k = i - 1; k >= s.first && k >= i - 3; k--) if ((tags[k] as number) >= 0) { subject = (SUBJECT_HASHES[tags[k] as number] as number[])[i - k] as number; break; }
      let kind = NONE_HASH;
      for (let k = i - 1; k >= s.first && k >= i - 5; k--) if ((kinds[k] as number) >= 0) { kind = (KIND_HASHES[kinds[k] as number] as number[])[i - k] as number; break; }
      v[LEX_BEFORE + i] = bucketHash(before);
      v[LEX_AFTER + i] = bucketHash(after);
      v[CUE_LEFT + i] = distanceHash(lastLex < 0 ? -1 : i - lastLex);
      if (inLex[i] === 1) lastLex = i;
      v[SUBJECT + i] = subject;
      v[KIND + i] = kind;
      v[PARA + i] = para;
      v[START + i] = bucketHash(i - s.first);
      v[END + i] = bucketHash(s.last - 1 - i);
      v[QUOTE_CLOSED + i] = distanceHash(lastClose < 0 ? -1 : i - lastClose);
      if (closes.has((tokens[i] as Token).end)) lastClose = i;
    }
  }
  return v;
}

/** The templates of a feature set: all but those left out, named one by one or by group. */
export function templatesWithout(without: readonly string[]): Template[] {
  return TEMPLATES.filter((t) => !without.includes(t.group) && !without.includes(t.name));
}

/**
 * The features of every token as 32-bit hashes, one per template, `templates.length` per token in
 * token order: a template's hash mixes its name's hash with the hashes of its atoms' values at
 * their offsets (values outside the sentence read as `<s>` / `</s>`). The model keeps one weight
 * row per hash bucket (feature hashing), so no feature name is ever built and the model's size
 * is fixed by its bucket count, not by the vocabulary.
 */
export function featureHashes(
  input: RuleInput,
  rules: RuleMarks | null,
  templates: readonly Template[],
  types: Int32Array = wordTypesOf(input.tokens),
): Uint32Array {
  // the word atoms the templates read: at run time, the context templates read only a few
  const wordSlots = WORD_ATOMS.flatMap((atom, slot) => (templates.some((t) => t.parts.some(([a]) => a === atom)) ? [slot] : []));
  const atoms = atomHashes(input, rules, types, wordSlots);
  const n = input.tokens.length;
  const T = templates.length;
  const out = new Uint32Array(n * T);
  templates.forEach((t, k) => templateHashes(atoms, n, input.sentences, t, out, k, T));
  return out;
}

/**
 * One template's hash at every token of the sentences, into `out[token · stride + k]`. Inside a
 * sentence, where every offset falls in it, the atoms are read without edge tests; only the
 * first and last few tokens test for the sentence's edges.
 */
function templateHashes(atoms: Uint32Array, n: number, sentences: RuleInput['sentences'], t: Template, out: Uint32Array, k: number, stride: number): void {
  const seed = hashString(t.name);
  const parts = t.parts.length;
  // an absent part repeats the first and is not joined
  const [p0, p1 = p0, p2 = p0] = t.parts as readonly (readonly [Atom, number])[] as [readonly [Atom, number], ...(readonly [Atom, number])[]];
  const c0 = ATOM_INDEX[p0[0]] * n;
  const c1 = ATOM_INDEX[p1[0]] * n;
  const c2 = ATOM_INDEX[p2[0]] * n;
  const [o0, o1, o2] = [p0[1], p1[1], p2[1]];
  const low = Math.min(o0, o1, o2);
  const high = Math.max(o0, o1, o2);
  const read = (column: number, j: number, first: number, last: number): number => (j < first ? BEFORE_HASH : j >= last ? AFTER_HASH : (atoms[column + j] as number));
  const edged = (i: number, first: number, last: number): number => {
    let h = join(seed, read(c0, i + o0, first, last));
    if (parts > 1) h = join(h, read(c1, i + o1, first, last));
    if (parts > 2) h = join(h, read(c2, i + o2, first, last));
    return mix(h);
  };
  for (const { first, last } of sentences) {
    // [from, to): the tokens whose every offset stays inside the sentence
    const from = Math.min(last, Math.max(first, first - low));
    const to = Math.max(from, Math.min(last, last - high));
    for (let i = first; i < from; i++) out[i * stride + k] = edged(i, first, last);
    if (parts === 1) {
      for (let i = from; i < to; i++) out[i * stride + k] = mix(join(seed, atoms[c0 + i + o0] as number));
    } else if (parts === 2) {
      for (let i = from; i < to; i++) out[i * stride + k] = mix(join(join(seed, atoms[c0 + i + o0] as number), atoms[c1 + i + o1] as number));
    } else {
      for (let i = from; i < to; i++) {
        out[i * stride + k] = mix(join(join(join(seed, atoms[c0 + i + o0] as number), atoms[c1 + i + o1] as number), atoms[c2 + i + o2] as number));
      }
    }
    for (let i = to; i < last; i++) out[i * stride + k] = edged(i, first, last);
  }
}

/**
 * A word template reads word atoms only, all at one offset: its feature at a token depends on
 * nothing but the word type there (or on the sentence's edge), so the role model can sum such
 * templates' weights once per word type instead of once per token (model.ts).
 */
export function isWordTemplate(t: Template): boolean {
  const offset = (t.parts[0] as readonly [Atom, number])[1];
  return t.parts.every(([atom, o]) => isWordAtom(atom) && o === offset);
}

/** A word template's hash at a word of this type (an id of wordTypesOf), or, with `edge`, outside the sentence; the same as featureHashes gives it. */
export function wordTemplateHash(t: Template, type: number | null, edge: number = BEFORE_HASH): number {
  let h = hashString(t.name);
  for (const [atom] of t.parts) h = join(h, type === null ? edge : (typeAtoms[type * TYPE_SLOTS + WORD_ATOM_SLOT[atom as WordAtom]] as number));
  return mix(h);
}
