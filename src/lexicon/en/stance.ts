/**
 * English words of position-taking, for the stance rules (src/extract/stances/en/). Data only.
 * Patterns are regular-expression sources over folded text (lower case, no accents, plain
 * apostrophes); a space stands for any run of whitespace.
 */
import { pastForm, presentParticiple, thirdPerson } from './inflect.js';

export type Polarity = 'support' | 'open' | 'oppose';

/**
 * object: a verb that takes what it is about as its object ("support a deployment"); off-topic
 * unless the object is the question or a stand-in for it ("any option").
 * standalone: a full judgement in itself ("nothing is off the table", "premature").
 * predicate: needs the question in its own sentence ("troops should go", "a mistake").
 */
export type CueScope = 'object' | 'standalone' | 'predicate';

export interface StanceCueEntry {
  readonly pattern: string;
  readonly polarity: Polarity;
  readonly scope: CueScope;
  /** how much the cue alone says: the stance's confidence when it decides */
  readonly weight: number;
  /** a refusal no condition softens: "under no circumstances" */
  readonly absolute?: boolean;
}

/** Every regular form of a verb, with a particle or phrase after it: verb('rule', 'out'). */
function verb(base: string, after = '', irregular: readonly string[] = []): string {
  const forms = [base, thirdPerson(base), pastForm(base), presentParticiple(base), ...irregular];
  return `(?:${[...new Set(forms)].join('|')})${after ? ` ${after}` : ''}`;
}

const EXPLICIT = 0.85;
const EVALUATIVE = 0.7;
const MODAL = 0.6;

const entry = (polarity: Polarity, scope: CueScope, weight: number, absolute = false) =>
  (pattern: string): StanceCueEntry => ({ pattern, polarity, scope, weight, ...(absolute ? { absolute } : {}) });

export const STANCE_CUES: readonly StanceCueEntry[] = [
  ...[
    verb('rule', '(?:(?:it|this|that|them) )?out'), verb('exclude'), verb('reject'), verb('oppose'), verb('refuse'), verb('veto'), verb('block'),
    verb('dismiss'), verb('resist'), verb('object', 'to'), verb('argue', 'against'), verb('warn', 'against'),
    verb('caution', 'against'), '(?:is|are|am|was|were|be|been) (?:firmly |strongly )?against', 'opposed to', 'opposition to',
  ].map(entry('oppose', 'object', EXPLICIT)),
  ...['off the table', 'not at this stage', 'not now', 'not for now', 'premature', 'a red line', 'not the time']
    .map(entry('oppose', 'standalone', EXPLICIT)),
  ...['under no circumstances?', 'out of the question', 'no question of', 'unthinkable', 'in no way']
    .map(entry('oppose', 'standalone', 0.9, true)),
  ...[
    'an? (?:grave |serious |big |huge |terrible )?(?:mistake|error)', 'dangerous', 'reckless', 'madness', 'folly', 'irresponsible',
    'an? bad idea', 'unwise', 'counterproductive', 'impossible', 'unrealistic', 'wrong',
  ].map(entry('oppose', 'predicate', EVALUATIVE)),
  ...[
    verb('support'), verb('back'), verb('favour'), verb('favor'), verb('endorse'), verb('advocate'), verb('call', 'for'),
    verb('push', 'for'), verb('argue', 'for'), verb('urge'), verb('welcome'), verb('propose'), 'in (?:favour|favor) of',
    '(?:ready|prepared|willing|determined) to',
  ].map(entry('support', 'object', EXPLICIT)),
  ...['necessary', 'essential', 'vital', 'indispensable', 'the right (?:thing|decision|move)', 'an? good idea', 'the only way']
    .map(entry('support', 'predicate', EVALUATIVE)),
  ...['should', 'must', 'need(?:s)? to', 'ha(?:ve|s) to', 'ought to', 'will', 'shall', 'would']
    .map(entry('support', 'predicate', MODAL)),
  ...[
    verb('consider'), verb('explore'), verb('weigh'), verb('study'), verb('examine'), 'open to',
    verb('keep', '(?:all )?(?:options|the (?:option|door)) open', ['kept']), 'leave (?:the door|all options) open',
  ].map(entry('open', 'object', 0.75)),
  ...['on the table', 'an option', 'an? possibility', 'possible', 'conceivable', 'not impossible']
    .map(entry('open', 'standalone', 0.75)),
  ...['could', 'might', 'may', 'can'].map(entry('open', 'predicate', MODAL)),
  // contracted negative modals carry their own "not"
  ...["won't", "wouldn't", "shouldn't", "mustn't", "can't", 'cannot', "couldn't"].map(entry('oppose', 'predicate', MODAL)),
];

/** Words that turn a cue around when they come shortly before it in its clause. */
export const NEGATORS = new Set(['not', 'never', 'no', 'nothing', 'none', 'nobody', 'neither', 'nor', 'cannot', 'without', 'hardly']);

/** Objects that stand for whatever is being discussed: "we do not rule out any option". */
export const GENERIC_OBJECTS = new Set([
  'option', 'options', 'anything', 'nothing', 'it', 'this', 'that', 'them', 'idea', 'possibility', 'possibilities',
  'scenario', 'scenarios', 'move', 'step', 'steps', 'proposal', 'plan', 'such', 'everything',
]);

/** Words that end a clause for negation and object scope. */
export const CLAUSE_WORDS = new Set(['but', 'and', 'or', 'because', 'which', 'who', 'whereas', 'while', 'although', 'though', 'if', 'unless']);

/** "A but B", "A; however, B": B is what the speaker stands by. */
export const CONTRAST_MARKERS = ['but', 'however', 'yet', 'nevertheless', 'nonetheless', 'that said', 'even so'];
/** "Although A, B" (A yields to B) and "B, although A". */
export const CONCESSIVE_OPENERS = ['although', 'though', 'even though', 'while', 'whereas', 'despite', 'even if'];

/** Marks of a condition or a deterrent, longest first where they share words; `phrase` starts after the marker. */
export interface ConditionMarker {
  readonly pattern: string;
  readonly kind: 'condition' | 'deterrent';
}

const DEPENDS = '(?:depend|depends|depended|depending|conditional|contingent|conditioned) (?:up)?on';
const RISK = '(?= (?:the )?(?:risks?|threats?|dangers?|fears?|prospects?) )';

export const CONDITION_MARKERS: readonly ConditionMarker[] = [
  { pattern: '(?:were it not|if it were not|if it had not been|had it not been|if not) for', kind: 'deterrent' },
  { pattern: 'but for(?! (?:now|the moment|the time being|this|that))', kind: 'deterrent' },
  { pattern: `(?:because of|due to|owing to|given|in view of)${RISK}`, kind: 'deterrent' },
  { pattern: 'for fear of', kind: 'deterrent' },
  {
    pattern: `${DEPENDS} (?:(?:specific|certain|some|several|a number of|clear|a set of) )?(?:conditions|factors|circumstances|prerequisites),? (?:such as|including|like|notably|namely)`,
    kind: 'condition',
  },
  { pattern: DEPENDS, kind: 'condition' },
  { pattern: 'only (?:if|after|once|when|with|in the event of)', kind: 'condition' },
  { pattern: 'not (?:without|until|before)', kind: 'condition' },
  { pattern: '(?:provided|providing|on (?:the )?condition)(?: that)?', kind: 'condition' },
  { pattern: '(?:as|so) long as(?! (?:necessary|needed|required|it takes|possible))', kind: 'condition' },
  { pattern: 'subject to|in the event of|in case of|unless', kind: 'condition' },
  { pattern: '(?<!(?:even|as) )if(?! (?:necessary|needed|need be|possible|any|so|not|only)\\b)', kind: 'condition' },
  { pattern: '(?<!(?:at|all at) )once(?! (?:again|more|upon)\\b)', kind: 'condition' },
];

/** Nouns a deterrent is named by; their "the" is dropped: "the risk of escalation" → "risk of escalation". */
export const DETERRENT_NOUNS = new Set(['risk', 'risks', 'threat', 'threats', 'danger', 'dangers', 'fear', 'fears', 'prospect', 'prospects']);

/** Where a condition's words stop: punctuation, or a word that starts another clause. */
export const CONDITION_END = '[,.;:!?()\\[\\]"“”«»—–]| (?:but|which|who|while|whereas|although|though|because|so that|then)(?![\\p{L}])';

/** Third parties whose view a speaker may pass on: "critics argue that …". */
export const REPORTED_SUBJECTS = new Set([
  'critics', 'opponents', 'sceptics', 'skeptics', 'some', 'others', 'many', 'analysts', 'experts', 'observers',
  'commentators', 'hawks', 'doves', 'detractors', 'supporters', 'proponents', 'advocates', 'those', 'people', 'allies',
  'partners', 'officials', 'diplomats', 'colleagues',
]);

/** Pronouns "he", "she" and "they" in indirect speech usually are the speaker: they count only before a verb of saying. */
export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'they']);
export const FIRST_PERSON = new Set(['i', 'we', 'our', 'my', 'us']);

export const SAY_VERBS = new Set(
  ['say', 'argue', 'claim', 'believe', 'think', 'insist', 'contend', 'maintain', 'suggest', 'warn', 'fear', 'assert', 'feel', 'hold', 'tell', 'want']
    .flatMap((base) => [base, thirdPerson(base), pastForm(base)])
    .concat(['said', 'thought', 'felt', 'held', 'told']),
);

/** Words that may sit between a subject and its verb: "critics have long argued". */
export const SUBJECT_GAP_WORDS = new Set([
  'has', 'have', 'had', 'do', 'does', 'did', 'also', 'long', 'already', 'repeatedly', 'firmly', 'strongly', 'still', 'now',
  'openly', 'publicly', 'privately', 'often', 'always', 'would', 'will', 'may', 'might', 'must', 'should', 'can', 'could',
  'continue', 'continues', 'to',
]);
