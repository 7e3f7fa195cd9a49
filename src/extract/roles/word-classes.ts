/**
 * What a word is beyond its spelling, for the role tagger's features: its lemma (wink-lemmatizer,
 * by part of speech) and its WordNet lexicographer classes (models/en-wordnet-classes.json, built
 * from WordNet 3.1 by npm run train). "dubbed" → dub → verb.communication, "allegations" →
 * allegation → noun.communication, derived from a verb.communication: words the annotations never
 * showed as cues share features with the ones they did.
 */
import lemmatizer from 'wink-lemmatizer';
import { loadModel } from '../../models/load.js';

export const WORD_CLASSES_FILE = 'en-wordnet-classes.json';

export interface WordClassesData {
  readonly lexnames: readonly string[];
  readonly words: Readonly<Record<'n' | 'v' | 'a', Readonly<Record<string, string>>>>;
}

function checkWordClasses(value: unknown): WordClassesData {
  const v = value as Partial<WordClassesData> | null;
  if (!v || !Array.isArray(v.lexnames) || typeof v.words !== 'object' || v.words === null) throw new Error('not a word classes file');
  return v as WordClassesData;
}

/** What the features read of one word. '-' means none. */
export interface WordInfo {
  readonly lemma: string;
  /** the class of the most frequent sense, e.g. "verb.communication" */
  readonly first: string;
  /** the classes of any sense that speech, thought and stance words fall in, as one value */
  readonly speech: string;
  /** the class of the first verb a noun or adjective derives from */
  readonly derived: string;
}

const NONE: WordInfo = { lemma: '-', first: '-', speech: '-', derived: '-' };

/** Classes whose words report speech, thought, feeling or an act towards others. */
const SPEECH_CLASSES: Readonly<Record<string, string>> = {
  'verb.communication': 'C', 'verb.cognition': 'G', 'verb.emotion': 'E', 'verb.perception': 'P', 'verb.social': 'S',
  'noun.communication': 'C', 'noun.cognition': 'G', 'noun.feeling': 'E', 'noun.act': 'A', 'noun.person': 'H',
};

function posKey(pos: string): 'n' | 'v' | 'a' | null {
  if (pos === 'VERB' || pos === 'AUX') return 'v';
  // names are left out: "Trump" is not the card game's trump
  if (pos === 'NOUN') return 'n';
  if (pos === 'ADJ') return 'a';
  return null;
}

function lemmaOf(word: string, key: 'n' | 'v' | 'a' | null): string {
  if (key === null || !/^[a-z][a-z'-]*$/.test(word)) return word;
  if (key === 'v') return lemmatizer.verb(word);
  if (key === 'n') return lemmatizer.noun(word);
  return lemmatizer.adjective(word);
}

/** The word classes in use: the shipped file, or what training put in its place (useModel). */
export function wordClassesModel(): WordClassesData {
  return loadModel(WORD_CLASSES_FILE, checkWordClasses);
}

/** The classes the memo was filled from. */
let data: WordClassesData | undefined;
/** Memo by "pos word": a news vocabulary repeats; bounded so a long-running process stays small. */
const memo = new Map<string, WordInfo>();
const MEMO_LIMIT = 200_000;

/** The lemma and classes of a lower-case word read with a universal POS tag. */
export function wordInfo(lower: string, pos: string): WordInfo {
  const classes = wordClassesModel();
  if (classes !== data) {
    memo.clear();
    data = classes;
  }
  const key = posKey(pos);
  const memoKey = `${pos} ${lower}`;
  const known = memo.get(memoKey);
  if (known) return known;
  const lemma = lemmaOf(lower, key);
  let info: WordInfo = { ...NONE, lemma };
  if (key !== null) {
    const entry = data.words[key][lemma] ?? (lemma === lower ? undefined : data.words[key][lower]);
    if (entry !== undefined) {
      const [own = '', derived = ''] = entry.split('/');
      const names = own.split(',').map((n) => data?.lexnames[Number(n)] ?? '-');
      const speech = [...new Set(names.map((n) => SPEECH_CLASSES[n] ?? '').filter((c) => c !== ''))].sort().join('');
      const derivedFirst = derived === '' ? '-' : (data.lexnames[Number(derived.split(',')[0])] ?? '-');
      info = { lemma, first: names[0] ?? '-', speech: speech === '' ? '-' : speech, derived: derivedFirst };
    }
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(memoKey, info);
  return info;
}
