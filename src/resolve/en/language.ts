/** English for the resolvers: lexicon/en lists, wink's POS tags, the head at the end of the phrase, "gave an interview to". */
import type { Token } from '../../nlp/tokens.js';
import type { Setting } from '../../extract/attributions/candidate.js';
import { settingAt } from '../../extract/attributions/en/clause.js';
import { phraseAfter } from '../../extract/attributions/en/noun-phrase.js';
import type { RuleInput } from '../../extract/attributions/input.js';
import { ENGLISH_CUES } from '../../extract/cues/cue-lexicon.js';
import { countryOfDemonym } from '../../extract/entities/en/names.js';
import { thirdPerson } from '../../lexicon/en/inflect.js';
import { MEDIA_HEAD_KINDS, OUTLET_NOUNS, OUTLETS_BY_KIND, type OutletKind } from '../../lexicon/en/media.js';
import { ORGANIZATION_NOUNS } from '../../lexicon/en/organizations.js';
import { COMPANION_WORDS, REPLY_VERBS, REPORTING_NOUNS } from '../../lexicon/en/reporting-cues.js';
import { ANONYMOUS_SOURCE_NOUNS, GROUP_SOURCE_NOUNS, PERSONAL_PRONOUNS } from '../../lexicon/en/sources.js';
import { ROLE_NOUNS, ROLE_TITLES, ROLE_WORDS } from '../../lexicon/en/titles.js';
import { lastWordHead, type ResolveLanguage } from '../language.js';

const INTERVIEW_NOUNS = new Set(REPORTING_NOUNS.filter((n) => !n.includes(' ')));

/** "the councillors who opposed it", "ministers": a role's plural names a group (a regular noun's
 * plural is spelled like a verb's third person). */
const ROLE_PLURALS = [...ROLE_NOUNS, ...ROLE_TITLES.map((t) => t.toLowerCase())].filter((r) => /^[a-z-]+$/.test(r)).map(thirdPerson);

/** Demonyms in -ese, -ish, -ch, -ss, -sh name a people ("the British", "the Swiss"); the others also one person ("the German", "the Dutchman"). */
const PEOPLE_ONLY_DEMONYM = /(?:ese|ish|ch|ss|sh)$/;

const KIND_OF_OUTLET = new Map<string, OutletKind>(
  (Object.entries(OUTLETS_BY_KIND) as Array<[OutletKind, readonly string[]]>).flatMap(([kind, names]) => names.map((n): [string, OutletKind] => [n, kind])),
);
const KIND_OF_MEDIA_HEAD = new Map(Object.entries(MEDIA_HEAD_KINDS));

/** A listed outlet's kind, else its last word's ("the Eastmere Gazette"). */
export function outletKind(name: string): OutletKind | null {
  return KIND_OF_OUTLET.get(name) ?? KIND_OF_MEDIA_HEAD.get(name.slice(name.lastIndexOf(' ') + 1)) ?? null;
}

const REPLY_CUES = new Set([...ENGLISH_CUES].filter(([, entry]) => REPLY_VERBS.includes(entry.verb.base)).map(([word]) => word));
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its']);

/** "gave an interview to the BBC", "granted an interview with Le Monde": a setting as an object. */
function grantedSetting(input: RuleInput, k: number, limit: number): Setting | null {
  const { tokens } = input;
  if (!DETERMINERS.has(tokens[k]?.lower ?? '') || tokens[k - 1]?.pos !== 'VERB') return null;
  for (let m = k + 1; m < Math.min(limit, k + 4); m++) {
    if (!INTERVIEW_NOUNS.has(tokens[m]?.lower ?? '')) continue;
    const link = tokens[m + 1]?.lower;
    const addressee = link === 'to' || link === 'with' ? phraseAfter(tokens, m + 2, limit) : null;
    return addressee ? { first: k, last: addressee.last, addressee } : null;
  }
  return null;
}

/** An adjective or participle that takes a preposition after the noun: "familiar with", "briefed on", "close to". */
function postModifies(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  return (t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'ADV') && tokens[k + 1]?.pos === 'ADP';
}

export const ENGLISH_RESOLVE: ResolveLanguage = {
  anonymousNouns: new Set(ANONYMOUS_SOURCE_NOUNS),
  groupNouns: new Set([...GROUP_SOURCE_NOUNS, ...ROLE_PLURALS]),
  roleNouns: new Set(ROLE_NOUNS),
  organizationNouns: new Set(ORGANIZATION_NOUNS),
  collectiveHeads: new Set(['campaign', 'team', 'office', 'administration', 'government', 'committee', 'party']),
  singularPronouns: new Set(PERSONAL_PRONOUNS.singular),
  pluralPronouns: new Set(PERSONAL_PRONOUNS.plural),
  neuterPronouns: new Set(['it', 'its']),
  relativePronouns: new Set(['who', 'which']),
  definiteDeterminers: new Set(['the']),
  unmatchedRole: 'last named person',
  leadingArticle: /^the\s+/i,
  endsCore: (t) => t.pos === 'ADP' || t.lower === 'who',
  postModifies,
  isCommonNoun: (t) => t.pos === 'NOUN',
  headIndex: lastWordHead,
  countryOfDemonym,
  personDemonym: (word) => (/^\p{Lu}\p{Ll}+$/u.test(word) && !PEOPLE_ONLY_DEMONYM.test(word) ? countryOfDemonym(word) : undefined),
  outletNouns: new Map(Object.entries(OUTLET_NOUNS)),
  outletKind,
  replyCues: REPLY_CUES,
  companionWords: COMPANION_WORDS.map((phrase) => phrase.split(' ')),
  roleWords: ROLE_WORDS,
  rolePrepositions: new Set(['at', 'of', 'for', 'with', 'in', 'to']),
  appositiveDeterminers: new Set(['a', 'an', 'the']),
  settingAt: (input, k, limit) => settingAt(input, k, limit) ?? grantedSetting(input, k, limit),
};
