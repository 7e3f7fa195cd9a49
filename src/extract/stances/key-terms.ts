/**
 * The key terms of a question sentence: what a statement must mention to be about it.
 *
 * A yes/no question names an actor, an action and the thing acted on: "Should European countries
 * (subject) deploy (verb) ground troops (object) to Ukraine (setting)?". The object is the issue:
 * its noun phrase and head noun become the terms ("ground troops", "troops"). The subject names
 * who would act, the setting where, and the verb alone is too general ("deploy" missiles), so none
 * of them is a term. When the object is only a name ("Should NATO admit Ukraine?") the verb goes
 * with it ("admit Ukraine"). A question without an action ("Is a wealth tax a good idea?") is
 * about its subject. Tags come from wink-nlp, which sometimes reads a verb as a noun ("ban"); a
 * modal question then takes the word after its subject as the verb.
 */
import { tokenize, type Token } from '../../nlp/tokens.js';

export interface KeyTerms {
  /** noun phrases and head nouns to match, fullest first */
  readonly terms: readonly string[];
  /** the words an id is made of: verb and object, or the subject */
  readonly idWords: readonly string[];
}

const NOMINAL = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const MODALS = new Set(['should', 'will', 'would', 'can', 'could', 'must', 'may', 'might', 'shall']);
const LEADING = new Set(['AUX', 'PRON', 'SCONJ', 'ADV']);

export function keyTerms(sentence: string): KeyTerms {
  const tokens = tokenize(sentence).tokens.filter((t) => t.pos !== 'PUNCT');
  let first = 0;
  while (first < tokens.length && LEADING.has((tokens[first] as Token).pos)) first++;
  const modal = first > 0 && MODALS.has((tokens[0] as Token).lower);
  const body = tokens.slice(first);
  const verbAt = verbIndex(body, modal);
  if (verbAt < 0) return fromPhrase(phraseAt(body, 0));
  const object = phraseAt(body, verbAt + 1);
  const verb = body[verbAt] as Token;
  if (object.some((t) => t.pos === 'NOUN')) {
    const { terms, idWords } = fromPhrase(object);
    return { terms, idWords: [verb.lower, ...idWords] };
  }
  const named = [verb, ...object].map((t) => t.text);
  return { terms: object.length > 0 ? [named.join(' ')] : [], idWords: named.map((w) => w.toLowerCase()) };
}

/** wink tags "its", "their" … as pronouns; before a noun they do a determiner's job: "pay its share" */
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
const asDeterminer = (token: Token): boolean => token.pos === 'DET' || (token.pos === 'PRON' && POSSESSIVES.has(token.lower));

function verbIndex(body: readonly Token[], modal: boolean): number {
  const tagged = body.findIndex((t) => t.pos === 'VERB');
  if (tagged >= 0 || !modal) return tagged;
  // "the EU ban engines": the subject ends where a name is followed by a common noun
  const split = body.findIndex((t, i) => i > 0 && t.pos === 'NOUN' && body[i - 1]?.pos === 'PROPN');
  return split;
}

/** The noun phrase from `from` (determiners, adjectives, nouns, names, numbers), its determiners left out. */
function phraseAt(tokens: readonly Token[], from: number): Token[] {
  const phrase: Token[] = [];
  for (let i = from; i < tokens.length && (NOMINAL.has((tokens[i] as Token).pos) || asDeterminer(tokens[i] as Token)); i++) {
    const token = tokens[i] as Token;
    // a determiner after a noun starts the next phrase: "a wealth tax | a good idea"
    if (asDeterminer(token) && phrase.some((t) => !asDeterminer(t))) break;
    phrase.push(token);
  }
  return phrase.filter((t) => !asDeterminer(t));
}

function fromPhrase(phrase: readonly Token[]): KeyTerms {
  const words = phrase.map((t) => t.text);
  const head = [...phrase].reverse().find((t) => t.pos === 'NOUN');
  const terms = [words.join(' ')];
  if (head && words.length > 1) terms.push(head.text);
  return { terms: words.length > 0 ? terms : [], idWords: words.map((w) => w.toLowerCase()) };
}
