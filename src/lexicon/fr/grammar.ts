/** Closed-class French words the token layer and the French rules reason with. Data only. */

/** Elided words written with an apostrophe before a vowel: "l'entourage", "qu'il", "jusqu'à". */
export const ELIDED_WORDS: readonly string[] = ['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu'];

/** Subject clitics after a hyphenated inverted verb: "déclare-t-il", "a-t-elle", "dit-il". */
export const INVERTED_CLITICS: readonly string[] = ['il', 'elle', 'ils', 'elles', 'on'];

export const DETERMINERS: readonly string[] = [
  'le', 'la', 'les', "l'", 'l’', 'un', 'une', 'des', 'du', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses',
  'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes', 'plusieurs', 'certains', 'certaines',
];
/** "des", "du", "au", "aux" are also tagged as prepositions where a phrase goes on (de + les …). */
export const PREPOSITIONS: readonly string[] = [
  'de', "d'", 'd’', 'à', 'en', 'dans', 'sur', 'sous', 'pour', 'par', 'avec', 'sans', 'chez', 'vers', 'entre', 'selon',
  'contre', 'depuis', 'pendant', 'lors', 'avant', 'après', 'malgré', 'auprès', 'près', 'parmi', 'envers',
];
export const PRONOUNS: readonly string[] = [
  'il', 'elle', 'ils', 'elles', 'on', 'je', "j'", 'j’', 'nous', 'vous', 'tu', 'qui', 'lequel', 'laquelle', 'lesquels',
  'celui', 'celle', 'ceux', 'celles', 'cela', 'ceci', 'ça', 'se', "s'", 's’', 'lui', 'leur', 'y', 'en',
];
export const CONJUNCTIONS: readonly string[] = ['et', 'ou', 'mais', 'ni', 'or', 'donc', 'car'];
export const SUBORDINATORS: readonly string[] = ['que', "qu'", 'qu’', 'si', 'quand', 'lorsque', "lorsqu'", 'lorsqu’', 'comme', 'puisque', 'parce'];

/** Subject pronouns that can stand for a speaker: "il a déclaré", "a-t-elle ajouté". */
export const PERSONAL_PRONOUNS = {
  singular: ['il', 'elle', '-t-il', '-t-elle', '-il', '-elle', 'celui-ci', 'celle-ci'],
  plural: ['ils', 'elles', '-t-ils', '-t-elles', '-ils', '-elles'],
  /** "on": an impersonal source, never a person the article named */
  impersonal: ['on', '-t-on', '-on'],
} as const;

/** Forms of "avoir" that build the passé composé and plus-que-parfait: "a déclaré", "avait estimé". */
export const AVOIR_AUXILIARIES: readonly string[] = ['a', 'ont', 'avait', 'avaient', 'aurait', 'auraient', 'aura', 'auront'];
/** Negation around the auxiliary: "n'a pas exclu", "n'a jamais caché". */
export const NEGATION_BEFORE: readonly string[] = ['ne', "n'", 'n’'];
export const NEGATION_AFTER: readonly string[] = ['pas', 'jamais', 'guère', 'plus', 'point'];
/** Adverbials between the auxiliary and the participle, or around a cue: "a également déclaré",
 * "a, pour sa part, estimé". Multi-word ones are written with single spaces. */
export const CUE_ADVERBS: readonly string[] = [
  'également', 'aussi', 'encore', 'notamment', 'ensuite', 'enfin', 'déjà', 'alors', 'toutefois', 'cependant',
  'néanmoins', 'pourtant', 'aussitôt', 'récemment', 'publiquement', 'clairement', 'fermement', 'vivement',
  'souvent', 'immédiatement', 'dernièrement', 'même', 'bien', 'pour sa part', 'par ailleurs',
  'de son côté', 'de leur côté', 'quant à lui', 'quant à elle', 'au passage', 'à nouveau', 'de nouveau',
  'une nouvelle fois', 'plusieurs fois', 'lui-même', 'elle-même',
];
/** Words that name a day or a moment, skipped between a cue and its content: "a déclaré mardi que". */
export const TIME_WORDS: readonly string[] = [
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', "aujourd'hui", 'aujourd’hui',
  'demain', 'matin', 'soir', 'après-midi', 'midi', 'soirée', 'nuit', 'dernier', 'dernière', 'prochain', 'prochaine',
  'semaine', 'mois', 'année', 'an', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
  'septembre', 'octobre', 'novembre', 'décembre', 'début', 'fin', 'mi',
];
