/**
 * The role tagger's features. A feature is a template over per-token values ("atoms": the word,
 * its POS, lemma, WordNet classes, suffix, shape, quote context, hand-lexicon neighbours, the
 * kind of subject before it, a "that" or colon later in the sentence, position in the sentence
 * and paragraph) read at the token and its neighbours. Neighbours do not cross sentence
 * boundaries: outside the sentence they read as `<s>` / `</s>`.
 *
 * Each feature is hashed into one of the model's buckets (featureHashes), in training and at run
 * time alike, so both read exactly the same features and the model's size is fixed.
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
import { wordInfo } from './word-classes.js';

export const ATOMS = [
  'w', 'p', 'suffix', 'shape', 'quote', 'lex', 'lexBefore', 'lexAfter', 'start', 'end', 'quoteClosed', 'quoteOpens',
  'that', 'subject', 'kind', 'colon', 'para', 'lemma', 'wn', 'wnSpeech', 'wnDerived', 'cueLeft', 'cueRight', 'prefix',
  'rule', 'ruleName',
] as const;

export type Atom = (typeof ATOMS)[number];

/** What a template's group of evidence is, for ablations. */
export type FeatureGroup = 'words' | 'affixes' | 'lemmas' | 'wordnet' | 'lexicon' | 'structure' | 'rules';

export const FEATURE_GROUPS: readonly FeatureGroup[] = ['words', 'affixes', 'lemmas', 'wordnet', 'lexicon', 'structure', 'rules'];

/** A feature template: its name, group, and the atoms it joins, each at a token offset. */
export interface Template {
  readonly name: string;
  readonly group: FeatureGroup;
  readonly parts: readonly (readonly [Atom, number])[];
}

const tpl = (group: FeatureGroup, name: string, ...parts: (readonly [Atom, number])[]): Template => ({ name, group, parts });

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
  tpl('words', 'w-2w-1', ['w', -2], ['w', -1]),
  tpl('words', 'w+1w+2', ['w', 1], ['w', 2]),
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
  tpl('wordnet', 'wnw+1', ['wn', 0], ['w', 1]),
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

export type AtomValues = Readonly<Record<Atom, readonly string[]>>;

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
    if (SUBJECT_PRONOUNS.has(word)) return `pron${d}`;
    if (ROLE_WORDS.has(word)) return `role${d}`;
    if (SOURCE_NOUNS.has(word)) return `src${d}`;
    if (p[k] === 'PROPN') return `name${d}`;
    if (p[k] === 'NOUN') return `noun${d}`;
  }
  return '-';
}

/**
 * Every atom's value at every token. "lexBefore"/"lexAfter" are the distance (1–3, 0 for none)
 * to the nearest hand-lexicon word in the sentence and "cueLeft"/"cueRight" the same at any
 * distance; "quoteClosed"/"quoteOpens" the distance back to the last quote closing and on to the
 * next quote opening in the sentence ("-" for none); "that" and "colon" the distance to the next
 * "that" or ":" in the sentence; "subject" the nearest PROPN/PRON/NOUN among the three tokens
 * before, with its distance, and "kind" what the nearest possible subject among five is
 * (subjectKind); "para" whether the sentence opens a paragraph.
 */
function atomValues(input: RuleInput, rules: RuleMarks | null): AtomValues {
  const { tokens, quotes, inQuote, cues: lex } = input;
  const n = tokens.length;
  const make = (): string[] => new Array<string>(n).fill('-');
  const v: Record<Atom, string[]> = {
    w: make(), p: make(), suffix: make(), shape: make(), quote: make(), lex: make(), lexBefore: make(), lexAfter: make(),
    start: make(), end: make(), quoteClosed: make(), quoteOpens: make(), that: make(), subject: make(),
    kind: make(), colon: make(), para: make(), lemma: make(), wn: make(), wnSpeech: make(), wnDerived: make(),
    cueLeft: make(), cueRight: make(), prefix: make(), rule: rules ? [...rules.role] : make(), ruleName: rules ? [...rules.rule] : make(),
  };
  const inLex = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const w = t.lower;
    v.w[i] = w;
    v.p[i] = t.pos;
    inLex[i] = lex.has(t.lower) || (t.lower === 'according' && tokens[i + 1]?.lower === 'to') ? 1 : 0;
    v.suffix[i] = w.length > 3 ? w.slice(-3) : w;
    v.prefix[i] = w.length > 4 ? w.slice(0, 3) : '-';
    v.shape[i] = shapeOf(t.text);
    v.quote[i] = inQuote[i] ? 'Q' : 'O';
    v.lex[i] = inLex[i] === 1 ? '1' : '0';
    const info = wordInfo(t.lower, t.pos);
    v.lemma[i] = info.lemma;
    v.wn[i] = info.first;
    v.wnSpeech[i] = info.speech;
    v.wnDerived[i] = info.derived;
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
      if (opens.has((tokens[i] as Token).start)) upcoming = i;
      v.quoteOpens[i] = upcoming < 0 ? '-' : bucket(upcoming - i);
      v.that[i] = nextThat < 0 ? '0' : bucket(nextThat - i);
      v.colon[i] = nextColon < 0 ? '-' : bucket(nextColon - i);
      v.cueRight[i] = nextLex < 0 ? '-' : bucket(nextLex - i);
      if (v.w[i] === 'that') nextThat = i;
      if (v.w[i] === ':') nextColon = i;
      if (inLex[i] === 1) nextLex = i;
    }
    let lastClose = -1;
    let lastLex = -1;
    const para = (tokens[s.first] as Token).paragraph !== (tokens[s.first - 1]?.paragraph ?? -1) ? 'P' : '-';
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
      v.cueLeft[i] = lastLex < 0 ? '-' : bucket(i - lastLex);
      if (inLex[i] === 1) lastLex = i;
      v.subject[i] = subject;
      v.kind[i] = subjectKind(v.w, v.p, s.first, i);
      v.para[i] = para;
      v.start[i] = bucket(i - s.first);
      v.end[i] = bucket(s.last - 1 - i);
      v.quoteClosed[i] = lastClose < 0 ? '-' : bucket(i - lastClose);
      if (closes.has((tokens[i] as Token).end)) lastClose = i;
    }
  }
  return v;
}

/** The templates of a feature set: all but those of the groups left out. */
export function templatesWithout(without: readonly FeatureGroup[]): Template[] {
  return TEMPLATES.filter((t) => !without.includes(t.group));
}

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

const BEFORE_HASH = hashString(BEFORE_SENTENCE);
const AFTER_HASH = hashString(AFTER_SENTENCE);

/**
 * The features of every token as 32-bit hashes, one per template, `templates.length` per token in
 * token order: a template's hash mixes its name's hash with the hashes of its atoms' values at
 * their offsets (values outside the sentence read as `<s>` / `</s>`). The model keeps one weight
 * row per hash bucket (feature hashing), so no feature name is ever built and the model's size
 * is fixed by its bucket count, not by the vocabulary.
 */
export function featureHashes(input: RuleInput, rules: RuleMarks | null, templates: readonly Template[]): Uint32Array {
  const v = atomValues(input, rules);
  const n = input.tokens.length;
  const memo = new Map<string, number>();
  const hashes = ATOMS.map((atom) => {
    const column = v[atom];
    const out = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const value = column[i] as string;
      let h = memo.get(value);
      if (h === undefined) memo.set(value, (h = hashString(value)));
      out[i] = h;
    }
    return out;
  });
  const atomIndex = new Map<Atom, number>(ATOMS.map((a, i) => [a, i]));
  const T = templates.length;
  const out = new Uint32Array(n * T);
  // template by template, token by token: the columns and offsets stay in registers
  templates.forEach((t, k) => {
    const seed = hashString(t.name);
    const columns = t.parts.map(([atom]) => hashes[atomIndex.get(atom) as number] as Uint32Array);
    const offsets = t.parts.map(([, offset]) => offset);
    for (const s of input.sentences) {
      for (let i = s.first; i < s.last; i++) {
        let h = seed;
        for (let p = 0; p < columns.length; p++) {
          const j = i + (offsets[p] as number);
          const value = j < s.first ? BEFORE_HASH : j >= s.last ? AFTER_HASH : ((columns[p] as Uint32Array)[j] as number);
          h = Math.imul(mix(h ^ value), 0x01000193) >>> 0;
        }
        out[i * T + k] = mix(h);
      }
    }
  });
  return out;
}
