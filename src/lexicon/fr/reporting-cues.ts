/**
 * French reporting verbs, listed once by lemma; lexicon/fr/inflect.ts generates the third-person
 * forms (présent, imparfait, passé simple) and the past participles. Irregular verbs give their
 * stems. Data only. Also the prepositional cues ("selon X", "d'après X").
 */
export interface FrenchReportingVerb {
  readonly lemma: string;
  /** irregular verbs: 3sg présent, 3pl présent, imparfait stem, 3sg passé simple, 3pl passé simple, participle */
  readonly irregular?: readonly [string, string, string, string, string, string];
}

const v = (lemma: string, irregular?: FrenchReportingVerb['irregular']): FrenchReportingVerb => (irregular ? { lemma, irregular } : { lemma });

export const FRENCH_REPORTING_VERBS: readonly FrenchReportingVerb[] = [
  v('déclarer'), v('affirmer'), v('assurer'), v('estimer'), v('souligner'), v('indiquer'), v('expliquer'),
  v('annoncer'), v('juger'), v('rappeler'), v('préciser'), v('insister'), v('ajouter'), v('confirmer'),
  v('dénoncer'), v('répéter'), v('considérer'), v('observer'), v('noter'), v('relever'), v('marteler'),
  v('raconter'), v('confier'), v('regretter'), v('plaider'), v('réclamer'), v('demander'), v('lancer'),
  v('constater'), v('avouer'), v('nier'), v('protester'), v('commenter'), v('résumer'), v('signaler'),
  v('prédire', ['prédit', 'prédisent', 'prédis', 'prédit', 'prédirent', 'prédit']),
  v('accuser'), v('critiquer'), v('reprocher'), v('réagir'), v('avertir'), v('prévenir', ['prévient', 'préviennent', 'préven', 'prévint', 'prévinrent', 'prévenu']),
  v('dire', ['dit', 'disent', 'dis', 'dit', 'dirent', 'dit']),
  v('reconnaître', ['reconnaît', 'reconnaissent', 'reconnaiss', 'reconnut', 'reconnurent', 'reconnu']),
  v('démentir', ['dément', 'démentent', 'dément', 'démentit', 'démentirent', 'démenti']),
  v('admettre', ['admet', 'admettent', 'admett', 'admit', 'admirent', 'admis']),
  v('promettre', ['promet', 'promettent', 'promett', 'promit', 'promirent', 'promis']),
  v('écrire', ['écrit', 'écrivent', 'écriv', 'écrivit', 'écrivirent', 'écrit']),
  v('répondre', ['répond', 'répondent', 'répond', 'répondit', 'répondirent', 'répondu']),
  v('soutenir', ['soutient', 'soutiennent', 'souten', 'soutint', 'soutinrent', 'soutenu']),
  v('exclure', ['exclut', 'excluent', 'exclu', 'exclut', 'exclurent', 'exclu']),
  v('conclure', ['conclut', 'concluent', 'conclu', 'conclut', 'conclurent', 'conclu']),
  v('poursuivre', ['poursuit', 'poursuivent', 'poursuiv', 'poursuivit', 'poursuivirent', 'poursuivi']),
];

/** Verbs of the list above that answer someone: "elle a répondu que …" is the other person speaking. */
export const REPLY_LEMMAS: readonly string[] = ['répondre'];

/** Words right before a person who shares the scene ("aux côtés de Scholz", "face à Barrot"): a reply may come from that person. */
export const COMPANION_WORDS: readonly string[] = ['avec', 'aux côtés de', 'à côté de', 'face à'];

/** Cues before their source: "selon X", "d'après X", "de source diplomatique". */
export const PREPOSITIONAL_CUES: readonly string[] = ['selon', "d'après", 'd’après'];
