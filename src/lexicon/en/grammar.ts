/** Closed-class English words the attribution rules reason with. Data only. */
export const AUXILIARIES = new Set([
  'has', 'have', 'had', 'having', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'shall', 'should',
  'did', 'does', 'do', "'d", '’d', "'ll", '’ll', 'wo', 'ca', "didn't", "doesn't", "don't", 'not', "n't", 'never', 'also', 'later', 'previously',
  'earlier', 'repeatedly', 'recently', 'once', 'then', 'again', 'often', 'reportedly', 'allegedly', 'publicly',
  'privately', 'further', 'firmly', 'flatly', 'bluntly', 'simply', 'just', 'already', 'only', 'long',
]);
export const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', 'get', 'got']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
/** Quantifiers that stand alone as subjects: "Some said …", "Others say …". */
export const QUANTIFIER_SUBJECTS = new Set(['some', 'many', 'most', 'others', 'both', 'all', 'few', 'several', 'none', 'one', 'each', 'either', 'neither']);
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
export const NOUN_PHRASE_PREPOSITIONS = new Set(['of', 'at', 'for', 'from', 'in', 'with', 'on', 'to']);
/** Particles and words that belong to the cue: "pointed out", "called for", "made it clear",
 * "expressed concern about" (longest first where one starts another). */
export const CUE_PARTICLES: Readonly<Record<string, readonly string[]>> = {
  point: ['out', 'to'], call: ['for', 'on'], weigh: ['in'], speak: ['out', 'about', 'of'], lash: ['out'], refer: ['to'],
  talk: ['about', 'up'], vote: ['for', 'against'], push: ['for'], argue: ['for', 'against'],
  say: ['about'], warn: ['of', 'about', 'against'], ask: ['for', 'about'], brag: ['about'], boast: ['about', 'of'],
  write: ['about', 'of'], complain: ['about'], rail: ['against'], respond: ['to'], testify: ['about'],
  focus: ['on'], accuse: ['of'], agree: ['with'], care: ['about'], think: ['about', 'of'], aim: ['at'],
  advocate: ['for'], worry: ['about'], balk: ['at'], comment: ['on'],
  look: ['at'], believe: ['in'],
  make: ['it clear', 'clear'], put: ['it'], distance: ['himself from', 'herself from', 'themselves from', 'itself from'],
  express: ['concern about', 'concerns about', 'concern', 'concerns', 'confidence in', 'confidence', 'support for', 'frustration with', 'doubts about', 'outrage'],
};
/** Verbs of doing that the tagger may take for cues but that report only inside a phrase
 * ("made it clear", "issued a statement saying"): alone they are no cue ("made the comments"). */
export const LIGHT_VERB_FORMS: ReadonlySet<string> = new Set([
  'make', 'makes', 'made', 'making', 'give', 'gives', 'gave', 'given', 'giving', 'use', 'uses', 'used', 'using',
  'issue', 'issues', 'issued', 'issuing', 'release', 'releases', 'released', 'releasing', 'put', 'puts', 'putting',
]);
/** Verbs outside the reporting lexicon whose cue phrases CUE_PARTICLES lists, by word form. */
export const PARTICLE_VERB_FORMS: Readonly<Record<string, string>> = {
  make: 'make', makes: 'make', made: 'make', making: 'make', put: 'put', puts: 'put', putting: 'put',
  distance: 'distance', distances: 'distance', distanced: 'distance', distancing: 'distance',
};
/** Prepositions before a gerund cue that shares the sentence's subject: "by saying", "after telling". */
export const GERUND_PREPOSITIONS = new Set(['by', 'after', 'before', 'upon', 'while', 'when', 'without']);
/** Starts of adverbials that sit between a cue and its content: "said on Tuesday that …". */
export const ADVERBIAL_PREPOSITIONS = new Set(['on', 'in', 'during', 'at', 'to', 'after', 'before', 'last', 'this', 'earlier', 'late', 'early', 'via', 'through', 'over']);
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend', 'recently', 'later', 'earlier',
]);

/** Verbs that can follow their own content with the subject after them: "“…,” said Barrot". */
export const INVERTING_VERBS: readonly string[] = [
  'say', 'tell', 'write', 'add', 'ask', 'explain', 'note', 'continue', 'recall', 'reply', 'respond', 'insist',
  'argue', 'declare', 'state', 'warn', 'quip', 'joke', 'remark', 'exclaim', 'observe', 'conclude', 'answer',
  'announce', 'report', 'tweet', 'post', 'read', 'admit', 'acknowledge', 'concede', 'counter', 'retort', 'claim',
  'predict', 'promise', 'suggest', 'complain', 'agree', 'confirm', 'cry', 'shout', 'whisper', 'muse', 'wonder',
];
/**
 * Sentence adverbials set off by commas ("Clinton, however, said …"): they belong to the clause,
 * not to the noun phrase before them, so a source ends before them. Each is its words in order.
 */
export const SENTENCE_ADVERBIALS: readonly (readonly string[])[] = [
  'however', 'meanwhile', 'too', 'though', 'instead', 'nonetheless', 'moreover',
  'for example', 'for instance', 'for his part', 'for her part', 'for their part', 'for its part', 'in contrast', 'in turn', 'in fact',
].map((phrase) => phrase.split(' '));
