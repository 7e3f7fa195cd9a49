/**
 * French for the resolvers. A French source phrase keeps its complements ("une source proche du
 * dossier", "l'entourage du président"), so its core ends only at a comma, a bracket or "qui",
 * and its head is near the front: the name a title leads to ("le ministre des Affaires
 * étrangères Jean-Noël Barrot"), else the first source or role noun ("une source militaire
 * britannique"), else the last word.
 */
import type { Token } from '../../nlp/tokens.js';
import type { TokenRange } from '../../extract/attributions/candidate.js';
import { settingAt } from '../../extract/attributions/fr/setting.js';
import { countryOfDemonym } from '../../extract/entities/fr/names.js';
import type { NameMention } from '../../extract/entities/mention.js';
import { DETERMINERS, PERSONAL_PRONOUNS } from '../../lexicon/fr/grammar.js';
import { inflectAll } from '../../lexicon/fr/inflect.js';
import { OUTLET_NOUNS } from '../../lexicon/fr/media.js';
import { COMPANION_WORDS, FRENCH_REPORTING_VERBS, REPLY_LEMMAS } from '../../lexicon/fr/reporting-cues.js';
import { ANONYMOUS_SOURCE_NOUNS, COLLECTIVE_HEADS, GROUP_SOURCE_NOUNS, ORGANIZATION_NOUNS } from '../../lexicon/fr/sources.js';
import { ROLE_NOUNS, ROLE_WORDS } from '../../lexicon/fr/titles.js';
import { outletKind } from '../en/language.js';
import { lastWordHead, type ResolveLanguage } from '../language.js';

const ANONYMOUS = new Set(ANONYMOUS_SOURCE_NOUNS);
const GROUP = new Set(GROUP_SOURCE_NOUNS);
const ROLE = new Set(ROLE_NOUNS);
const ORGANIZATION = new Set(ORGANIZATION_NOUNS);
const COLLECTIVE = new Set(COLLECTIVE_HEADS);
const DETERMINER = new Set(DETERMINERS);
const REPLY_CUES = new Set([...inflectAll(FRENCH_REPORTING_VERBS)].filter(([, entry]) => REPLY_LEMMAS.includes(entry.verb.lemma)).map(([word]) => word));

function headIndex(tokens: readonly Token[], core: TokenRange, names: readonly NameMention[]): number {
  let first = core.first;
  while (first < core.last - 1 && DETERMINER.has(tokens[first]?.lower ?? '')) first++;
  const titled = names.find((n) => n.full.first <= first && n.tokens.first >= first && n.tokens.last <= core.last);
  if (titled) return titled.tokens.last - 1;
  for (let k = first; k < core.last; k++) {
    const lower = tokens[k]?.lower ?? '';
    if (ANONYMOUS.has(lower) || GROUP.has(lower) || ROLE.has(lower) || ORGANIZATION.has(lower) || COLLECTIVE.has(lower)) return k;
    if (names.some((n) => n.tokens.first <= k && k < n.tokens.last)) return k;
  }
  return lastWordHead(tokens, core);
}

export const FRENCH_RESOLVE: ResolveLanguage = {
  anonymousNouns: ANONYMOUS,
  groupNouns: GROUP,
  roleNouns: ROLE,
  organizationNouns: ORGANIZATION,
  collectiveHeads: COLLECTIVE,
  singularPronouns: new Set(PERSONAL_PRONOUNS.singular),
  pluralPronouns: new Set(PERSONAL_PRONOUNS.plural),
  neuterPronouns: new Set(),
  relativePronouns: new Set(['qui']),
  definiteDeterminers: new Set(['le', 'la', 'les', "l'", 'l’']),
  // French names the office-holder by the office far more than English does
  unmatchedRole: 'own person',
  leadingArticle: /^(?:le|la|les|l['’])\s*/i,
  endsCore: (t) => t.lower === 'qui' || t.lower === 'dont',
  // the core keeps its complements, "proche du dossier" among them; French tokens carry no
  // open-class tags (french-tokens.ts) to tell a post-modifier or a common noun by
  postModifies: () => false,
  isCommonNoun: () => false,
  headIndex,
  countryOfDemonym,
  // a capitalised demonym is the noun for a person ("le Néerlandais"), a lower-case one an adjective
  personDemonym: (word) => (/^\p{Lu}/u.test(word) ? countryOfDemonym(word) : undefined),
  outletNouns: new Map(Object.entries(OUTLET_NOUNS)),
  // outlets keep their names in French text
  outletKind,
  replyCues: REPLY_CUES,
  companionWords: COMPANION_WORDS.map((phrase) => phrase.split(' ')),
  roleWords: ROLE_WORDS,
  rolePrepositions: new Set(['de', 'du', 'des', "d'", 'd’', 'à', 'au', 'aux', 'chez', 'pour']),
  appositiveDeterminers: new Set(['le', 'la', 'les', "l'", 'l’', 'un', 'une']),
  settingAt,
};
