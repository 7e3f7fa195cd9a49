/**
 * What resolving speakers needs to know about a language: the nouns that make a source
 * anonymous, collective, a role or an organisation, its pronouns and articles, where a source
 * phrase's core ends (a post-modifier among them) and which word is its head, demonyms, role words, the settings
 * ("in an interview with the BBC") that name an addressee, the nouns that refer back to an
 * outlet ("the paper") and the cues of a reply. The resolvers are the same for every language;
 * each pipeline hands them its own.
 */
import type { Token } from '../nlp/tokens.js';
import type { Setting, TokenRange } from '../extract/attributions/candidate.js';
import type { RuleInput } from '../extract/attributions/input.js';
import type { NameMention } from '../extract/entities/mention.js';
import type { OutletKind } from '../lexicon/en/media.js';

export interface ResolveLanguage {
  readonly anonymousNouns: ReadonlySet<string>;
  readonly groupNouns: ReadonlySet<string>;
  readonly roleNouns: ReadonlySet<string>;
  readonly organizationNouns: ReadonlySet<string>;
  /** heads that name an organisation when a name goes with them ("the Clinton campaign") */
  readonly collectiveHeads: ReadonlySet<string>;
  /** pronouns for a person, for a group or organisation, and for a thing */
  readonly singularPronouns: ReadonlySet<string>;
  readonly pluralPronouns: ReadonlySet<string>;
  readonly neuterPronouns: ReadonlySet<string>;
  /** relative pronouns that stand for the name before them ("Bloomberg, the former mayor, who …") */
  readonly relativePronouns: ReadonlySet<string>;
  /** "the minister" refers back; "a minister" is someone new */
  readonly definiteDeterminers: ReadonlySet<string>;
  /**
   * who a definite role no earlier actor holds is: a person of its own ("la présidente de la
   * Commission"), or the person named last nearby ("Marguerite Olsberg … The veteran diplomat warned")
   */
  readonly unmatchedRole: 'own person' | 'last named person';
  /** an article dropped from an organisation's name */
  readonly leadingArticle: RegExp;
  /** a word (not the first) that ends the core of a source phrase */
  readonly endsCore: (t: Token) => boolean;
  /**
   * whether token k starts a post-modifier, which also ends the core and, after an anonymous
   * source noun, belongs to its name ("people familiar with the talks")
   */
  readonly postModifies: (tokens: readonly Token[], k: number) => boolean;
  /** a common noun: its phrase may be named in apposition ("the council's finance director, Marta Lindqvist") */
  readonly isCommonNoun: (t: Token) => boolean;
  /** the head word of a core phrase; `names` are the article's name mentions */
  readonly headIndex: (tokens: readonly Token[], core: TokenRange, names: readonly NameMention[]) => number;
  readonly countryOfDemonym: (word: string) => string | undefined;
  /** the country of a demonym that names one person ("Dutchman", "German"; not "British"), which "the" makes a reference back */
  readonly personDemonym: (word: string) => string | undefined;
  /** nouns that refer back to an outlet ("the paper", "the broadcaster"), with the kinds they fit */
  readonly outletNouns: ReadonlyMap<string, readonly OutletKind[]>;
  /** what an outlet named so is, when its name tells */
  readonly outletKind: (name: string) => OutletKind | null;
  /** cue words of a reply ("replied", "retorted"): a pronoun replying is the other person of the exchange */
  readonly replyCues: ReadonlySet<string>;
  /** words right before a person who shares the scene ("standing beside Ardell"): a lone name of unknown kind after one is a person a reply may come from */
  readonly companionWords: readonly (readonly string[])[];
  /** every content word of a role or title, lower-case */
  readonly roleWords: ReadonlySet<string>;
  /** prepositions between a title and its affiliation in an appositive ("a researcher at X") */
  readonly rolePrepositions: ReadonlySet<string>;
  readonly appositiveDeterminers: ReadonlySet<string>;
  /** a setting starting at token k, before `limit` */
  readonly settingAt: (input: RuleInput, k: number, limit: number) => Setting | null;
}

/** The last word of the phrase, trailing punctuation skipped: "French Foreign Minister Jean-Noël Barrot". */
export function lastWordHead(tokens: readonly Token[], core: TokenRange): number {
  let head = core.last - 1;
  while (head > core.first && !/[\p{L}\p{N}]/u.test(tokens[head]?.text ?? '')) head--;
  return head;
}
